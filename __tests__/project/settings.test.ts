import { describe, expect, it } from "vitest";
import { gate } from "../../src/engine.js";
import type { Finding } from "../../src/findings.js";
import { parseSettings, SettingsError } from "../../src/settings.js";

describe("settings", () => {
  it("fills the defaults of the design", () => {
    expect(parseSettings({})).toMatchObject({
      root: ".",
      allowlist: "egress-allowlist.yaml",
      allowlistExplicit: false,
      manifests: ["**/*.yaml", "**/*.yml", "**/*.json"],
      sources: ["**/*"],
      exclude: [],
      proxies: [],
      format: "text",
      failOn: "error",
      defaultNamespace: "default",
      maxFileBytes: 5 * 1024 * 1024,
    });
  });

  it("splits list inputs on commas and newlines, and sorts and deduplicates proxies", () => {
    const s = parseSettings({
      manifests: "deploy/**/*.yaml,\n charts/**/*.yaml\n",
      proxies: ["shop/web", "default/curl, shop/web"],
    });
    expect(s.manifests).toEqual(["deploy/**/*.yaml", "charts/**/*.yaml"]);
    expect(s.proxies).toEqual(["default/curl", "shop/web"]);
  });

  it.each([
    [{ format: "xml" }, 'format must be one of text, json, markdown, sarif; got "xml"'],
    [{ failOn: "errors" }, 'fail-on must be one of error, warning, never; got "errors"'],
    [{ proxies: "curl" }, 'proxy must be NAMESPACE/WORKLOAD; got "curl"'],
    [{ istioVersion: "1.25.3" }, 'istio-version must look like 1.25; got "1.25.3"'],
    [{ baseRef: "main", baseDir: "../base" }, "give either a base ref or a base directory, not both"],
    [{ maxFileBytes: "5MB" }, 'max-file-size must be a positive number of bytes; got "5MB"'],
    [{ scan: "diff" }, 'scan must be one of all, changed; got "diff"'],
    [{ jobs: "0" }, 'jobs must be auto or a number of threads from 1 to 64; got "0"'],
  ])("rejects %o, quoting the bad value", (raw, message) => {
    expect(() => parseSettings(raw)).toThrow(new SettingsError(message));
  });

  it("marks a named allowlist as explicit, so a missing file is an error", () => {
    expect(parseSettings({ allowlist: "policy/egress.yaml" })).toMatchObject({
      allowlist: "policy/egress.yaml",
      allowlistExplicit: true,
    });
  });
});

describe("the gate", () => {
  const f = (severity: Finding["severity"]): Finding => ({
    rule: "r",
    code: "EGR000",
    severity,
    message: "m",
    file: "f",
    line: 1,
  });
  it("fails at or above the threshold only", () => {
    expect(gate([f("warning")], "error")).toBe(0);
    expect(gate([f("error")], "error")).toBe(1);
    expect(gate([f("warning")], "warning")).toBe(1);
    expect(gate([f("info")], "warning")).toBe(0);
    expect(gate([f("error")], "never")).toBe(0);
    expect(gate([], "warning")).toBe(0);
  });
});
