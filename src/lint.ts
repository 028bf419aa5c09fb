// The pure pipeline: a repository snapshot in, a Report out. No I/O here: callers read files and print results.
import type { Allowlist } from "./allowlist/types.js";
import type { RepoSnapshot } from "./discover/snapshot.js";
import { cmp, normalizeFindings, type Finding } from "./findings.js";
import { loadManifests, type LoadOptions, type TextFile } from "./manifests/load.js";
import { buildModel } from "./model/build.js";
import { installScriptsFrom, type InstallScripts } from "./model/script-texts.js";
import { buildProvenance, type Provenance, unreadVariables } from "./provenance/index.js";
import { pythonRuns, withPythonRuns } from "./provenance/python-runs.js";
import { withShellRuns } from "./provenance/shell-runs.js";
import { withSelectedFiles } from "./provenance/selected-files.js";
import { modulesNotRun, withModulesNotRun } from "./provenance/unimported-modules.js";
import { withUndeclaredPackages } from "./provenance/undeclared-packages.js";
import { withUnreadDefinitions } from "./provenance/unread-definitions.js";
import { withRequestFreeReaders } from "./provenance/request-free-readers.js";
import { meshSourceFromFile } from "./model/mesh-policy.js";
import { mergeRendered } from "./render/merge.js";
import { inlineMeshDocuments } from "./render/unrendered-values.js";
import type { EgressModel } from "./model/types.js";
import { summarizeEgress } from "./report/egress.js";
import { summarizeHosts } from "./report/hosts.js";
import { describeModel } from "./report/model-summary.js";
import type { Report } from "./report/types.js";
import {
  buildClusterTable,
  buildRouteTable,
  diffClusterTables,
  diffRouteTables,
  proxyViews,
  type RouteOptions,
} from "./routes/index.js";
import { ruleMeta } from "./rules/catalog.js";
import { runRules } from "./rules/registry.js";
import { collectReferences } from "./scan/collect.js";
import { judgedReferences, type UnplacedMode } from "./rules/judged-references.js";
import { countReferences, notJudged } from "./report/not-judged.js";
import type { HostReference } from "./scan/types.js";
import type { ScanScope } from "./settings.js";
import { VERSION } from "./version.js";

export interface LintInput {
  snapshot: RepoSnapshot;
  allowlist?: Allowlist;
  meshConfig?: TextFile;
  defaultNamespace: string;
  /** "ns/workload" proxies whose route tables go into the report; empty = one per distinct sidecar view. */
  proxies: readonly string[];
  routeOptions: RouteOptions;
  /** A lint of the same manifests and renders (`sameManifests`): its model and route tables are taken as they are. */
  sameManifestsAs?: LintResult;
  /** The model and route tables of this snapshot's manifests and renders, built before its sources were scanned. */
  prebuilt?: PrebuiltModel;
  /** Parsed manifests by text, shared by the head's and the base's lint (`LoadOptions.parsed`). */
  parsed?: LoadOptions["parsed"];
  /** `changed`: the snapshot scanned only the files a change touched, so nothing can be said of what no file calls. */
  scope?: ScanScope;
  /**
   * False for a base commit's lint, of which only the findings and the tables are compared: the report's `hosts` and
   * `egress` are then left empty rather than worked out for nobody.
   */
  summaries?: boolean;
  /** What to do with references in code no workload is known to run (default `report`). */
  unplaced?: UnplacedMode;
  /** `owner/name` on GitHub, when known: what a workflow's `${{ github.repository }}` builds. */
  repository?: string;
}

/** What `buildEgressModel` and `routeTablesFor` give for a snapshot's manifests and renders, whatever its sources hold. */
export interface PrebuiltModel {
  model: EgressModel;
  manifestFindings: Finding[];
  routeTables: Report["routeTables"];
}

/** The model and route tables of a snapshot's manifests and renders: its sources may still be unscanned. */
export function prebuiltModel(
  snapshot: RepoSnapshot,
  input: Pick<LintInput, "defaultNamespace" | "meshConfig" | "parsed" | "repository" | "proxies" | "routeOptions">,
): PrebuiltModel {
  const built = buildEgressModel(snapshot, input.defaultNamespace, input.meshConfig, input.parsed, input.repository);
  return {
    model: built.model,
    manifestFindings: built.manifestFindings,
    routeTables: routeTablesFor(built.model, input.proxies, input.routeOptions),
  };
}

export interface LintResult {
  model: EgressModel;
  report: Report;
  /** What the rules judged: the outbound host references in sources and manifest values. */
  references: HostReference[];
  /** What loading the manifests and charts found wrong (the model's own findings, before any rule). */
  manifestFindings: Finding[];
}

/** The model, and the findings of reading files (`snapshot.findings`) and loading manifests (`manifestFindings`). */
export function buildEgressModel(
  snapshot: RepoSnapshot,
  defaultNamespace: string,
  meshConfig?: TextFile,
  parsed?: LoadOptions["parsed"],
  repository?: string,
): { model: EgressModel; findings: Finding[]; manifestFindings: Finding[] } {
  const loaded = mergeRendered(
    loadManifests(snapshot.manifests, { defaultNamespace, ...(parsed ? { parsed } : {}) }),
    snapshot.rendered ?? {
      resources: [],
      meshDocuments: inlineMeshDocuments(snapshot.manifests, snapshot.files ?? []),
      findings: [],
    },
  );
  const override = meshConfig ? meshSourceFromFile(meshConfig.path, meshConfig.text) : undefined;
  const model = buildModel(loaded, override, installScriptsOf(snapshot));
  if (snapshot.buildFiles)
    model.provenance = provenanceOf(model, snapshot.files ?? [], snapshot.buildFiles, repository);
  const manifestFindings = [...loaded.findings, ...snapshot.skippedCharts.map(chartSkipped)];
  return { model, findings: [...snapshot.findings, ...manifestFindings], manifestFindings };
}

/** The snapshot's scripts, and the YAML files as read (before renders took theirs) for the `-f FILE` they name. */
function installScriptsOf(snapshot: RepoSnapshot): InstallScripts | undefined {
  if (!snapshot.buildFiles) return undefined;
  return installScriptsFrom(snapshot.buildFiles, snapshot.manifestRead?.manifests ?? snapshot.manifests);
}

/**
 * Whether two snapshots hold the same manifests, renders and charts: then they make the same model. A change that
 * touches only code leaves the base's manifests as they are, and its model need not be built twice.
 */
export function sameManifests(a: RepoSnapshot, b: RepoSnapshot): boolean {
  if (a.manifests.length !== b.manifests.length) return false;
  if (a.manifests.some((f, i) => f.path !== b.manifests[i]!.path || f.text !== b.manifests[i]!.text)) return false;
  // Scripts set the mesh policy and namespace labels too.
  return (
    JSON.stringify([a.skippedCharts, a.rendered ?? null, a.buildFiles ?? null]) ===
    JSON.stringify([b.skippedCharts, b.rendered ?? null, b.buildFiles ?? null])
  );
}

/** Which files each workload container's image ships, from the repository's build definitions and conventions. */
function provenanceOf(
  model: EgressModel,
  files: readonly string[],
  buildFiles: readonly TextFile[],
  repository: string | undefined,
): Provenance {
  const images = model.workloads.flatMap((w) =>
    w.containers
      .filter((c) => c.image !== "")
      .map((c) => ({
        namespace: w.namespace,
        workload: w.name,
        container: c.name,
        image: c.image,
        file: c.imageLoc.file,
        line: c.imageLoc.line,
      })),
  );
  return buildProvenance({ files, buildFiles, images, ...(repository ? { repository } : {}) });
}

/** Each container's `command` and `args` as the manifests write them, by `namespace/workload/container`. */
function containerCommandsByKey(model: EgressModel): Map<string, { command: string[]; args: string[] }> {
  const out = new Map<string, { command: string[]; args: string[] }>();
  for (const w of model.workloads)
    for (const c of w.containers)
      out.set(`${w.namespace}/${w.name}/${c.name}`, {
        command: c.command.map((a) => a.value),
        args: c.args.map((a) => a.value),
      });
  return out;
}

/** Every container's command line (`command` then `args`), as the manifests write it. */
function containerCommands(model: EgressModel): string[] {
  return model.workloads.flatMap((w) =>
    w.containers.flatMap((c) => {
      const words = [...c.command, ...c.args].map((a) => a.value);
      return words.length ? [words.join(" ")] : [];
    }),
  );
}

function chartSkipped(dir: string): Finding {
  const meta = ruleMeta("render-fallback");
  return {
    rule: meta.name,
    code: meta.code,
    severity: meta.severity,
    message: `Helm chart ${dir}: templates are not plain YAML and were not read`,
    file: `${dir === "." ? "" : `${dir}/`}Chart.yaml`,
    line: 1,
  };
}

export function lint(input: LintInput): LintResult {
  const same = input.sameManifestsAs;
  const known: PrebuiltModel | undefined = same
    ? { model: same.model, manifestFindings: same.manifestFindings, routeTables: same.report.routeTables }
    : input.prebuilt;
  const {
    model,
    findings: loadFindings,
    manifestFindings,
  } = known
    ? {
        model: known.model,
        findings: [...input.snapshot.findings, ...known.manifestFindings],
        manifestFindings: known.manifestFindings,
      }
    : buildEgressModel(input.snapshot, input.defaultNamespace, input.meshConfig, input.parsed, input.repository);
  const scope = input.scope ?? "all";
  // With only the changed files scanned, a name no scanned file holds may still be read by the others.
  const { environment, scanned, files, imports, buildFiles } = input.snapshot;
  const unread =
    scope === "all" && environment && files ? unreadVariables(model, { environment, scanned, files }) : undefined;
  // Likewise, a module no scanned file imports may be imported by one the scan left out.
  const notRun =
    scope === "all" && imports && files && buildFiles
      ? modulesNotRun({ imports, files, buildFiles, commands: containerCommands(model) }).notRun
      : undefined;
  const commands = containerCommandsByKey(model);
  const python =
    scope === "all" && imports && files && buildFiles && model.provenance
      ? pythonRuns({
          provenance: model.provenance,
          files,
          imports,
          buildFiles,
          commands,
        })
      : undefined;
  // Like the variables above: only a full scan can tell that no other file names a definition.
  const definedRefs =
    scope === "all" && environment && files
      ? withUnreadDefinitions(input.snapshot.references, environment, files)
      : input.snapshot.references;
  // Likewise: a file the scan left out may name the field and send the request.
  const keptRefs =
    scope === "all" && imports && files ? withRequestFreeReaders(definedRefs, imports, files) : definedRefs;
  // Needs only the package.json files, which every scan reads.
  const installedRefs = buildFiles ? withUndeclaredPackages(keptRefs, buildFiles) : keptRefs;
  const jsRefs = notRun ? withModulesNotRun(installedRefs, notRun) : installedRefs;
  const pythonRefs = python && model.provenance ? withPythonRuns(jsRefs, model.provenance, python) : jsRefs;
  const shellRefs =
    scope === "all" && imports && buildFiles && model.provenance
      ? withShellRuns(pythonRefs, model.provenance, {
          imports,
          // As read, before renders took their inputs: a Kustomize base's probe may name the script.
          texts: [...buildFiles, ...(input.snapshot.manifestRead?.manifests ?? input.snapshot.manifests)],
          commands: containerCommands(model),
        })
      : pythonRefs;
  // Needs only the listing, so a scan of the changed files decides alike.
  const scannedRefs =
    files && model.provenance ? withSelectedFiles(shellRefs, model.provenance, files, commands) : shellRefs;
  const found = judgedReferences(
    collectReferences(model, scannedRefs, input.allowlist, unread),
    model,
    input.allowlist,
    input.unplaced,
  );
  const references = found.judged;
  const ruleFindings = runRules({ model, references, allowlist: input.allowlist, partialScan: scope === "changed" });
  const findings = normalizeFindings([...loadFindings, ...ruleFindings]);
  const report: Report = {
    version: VERSION,
    ...describeModel(model),
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      infos: findings.filter((f) => f.severity === "info").length,
    },
    findings,
    scan: { scope, files: input.snapshot.scanned.length, references: countReferences(found) },
    hosts: input.summaries === false ? [] : summarizeHosts(model, references, input.allowlist),
    routeTables: known ? known.routeTables : routeTablesFor(model, input.proxies, input.routeOptions),
    egress: input.summaries === false ? [] : summarizeEgress(model, references, input.allowlist),
    notJudged: input.summaries === false ? [] : notJudged(found),
  };
  return { model, report, references, manifestFindings };
}

function routeTablesFor(model: EgressModel, proxies: readonly string[], options: RouteOptions): Report["routeTables"] {
  if (proxies.length === 0) {
    return proxyViews(model, options).map((v) => ({
      proxy: v.proxy,
      proxies: v.proxies,
      rows: v.routes.rows,
      clusters: v.clusters.rows,
    }));
  }
  return proxies.flatMap((p) => {
    const w = model.workloads.find((x) => `${x.namespace}/${x.name}` === p);
    if (!w) return [];
    return [
      {
        proxy: p,
        proxies: [p],
        rows: buildRouteTable(model, w, options).rows,
        clusters: buildClusterTable(model, w, options).rows,
      },
    ];
  });
}

/**
 * Adds the diff against the base commit's tables, per proxy of the head. Both reports already hold every proxy's
 * tables (grouped by view), so nothing is simulated again here, and proxies that share a view in the head and in
 * the base share one diff.
 */
export function withBaseDiff(head: Report, base: Report): Report {
  // A base with the head's manifests took the head's tables as they are.
  if (base.routeTables === head.routeTables) return { ...head, routeDiff: [], clusterDiff: [] };
  const baseTables = tablesByProxy(base);
  const diffs = new Map<
    string,
    { routes: ReturnType<typeof diffRouteTables>; clusters: ReturnType<typeof diffClusterTables> }
  >();
  const routeDiff = [];
  const clusterDiff = [];
  for (const [proxy, h] of [...tablesByProxy(head)].sort(([a], [b]) => cmp(a, b))) {
    const b = baseTables.get(proxy);
    const pair = `${h.index}\u0000${b?.index ?? -1}`;
    let diff = diffs.get(pair);
    if (!diff) {
      diff = {
        routes: diffRouteTables(b && { proxy, rows: b.table.rows }, { proxy, rows: h.table.rows }),
        clusters: diffClusterTables(b && { proxy, rows: b.table.clusters }, { proxy, rows: h.table.clusters }),
      };
      diffs.set(pair, diff);
    }
    if (diff.routes.added.length || diff.routes.removed.length) routeDiff.push({ ...diff.routes, proxy });
    if (diff.clusters.added.length || diff.clusters.removed.length) clusterDiff.push({ ...diff.clusters, proxy });
  }
  return { ...head, routeDiff, clusterDiff };
}

function tablesByProxy(report: Report): Map<string, { table: Report["routeTables"][number]; index: number }> {
  return new Map(
    report.routeTables.flatMap((table, index) => table.proxies.map((p) => [p, { table, index }] as const)),
  );
}
