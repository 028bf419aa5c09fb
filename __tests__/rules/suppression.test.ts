// Every way to switch a finding off, each shown to work and to leave other findings alone.
import { describe, expect, it } from "vitest";
import { docs, meshMode, ref, rowsOf, serviceEntry } from "./helpers.js";

const registryOnly = meshMode("REGISTRY_ONLY");
const tcp443 = (annotation = "") =>
  serviceEntry(
    "google",
    "default",
    "hosts: [google.com]\nports: [{number: 443, name: tcp, protocol: TCP}]",
    annotation,
  );
const calls = [
  ref("https://api.stripe.com", { file: "src/pay.ts" }),
  ref("https://api.test.example.com", { file: "src/test.ts" }),
  ref("https://api.stripe.com", { file: "src/testdata/fake.ts" }),
];
const hostsOf = (rows: { host?: string; file: string }[]) => rows.map((r) => `${r.file} ${r.host}`);

describe("suppression", () => {
  it("baseline: without suppression every call is reported", () => {
    expect(hostsOf(rowsOf("unregistered-host", { manifests: registryOnly, references: calls }))).toEqual([
      "src/pay.ts api.stripe.com",
      "src/test.ts api.test.example.com",
      "src/testdata/fake.ts api.stripe.com",
    ]);
  });

  it("allowlist ignore.rules switches a rule off", () => {
    const allowlist = "version: 1\nignore:\n  rules: [unregistered-host, tcp-on-443]\n";
    expect(rowsOf("unregistered-host", { manifests: registryOnly, references: calls, allowlist })).toEqual([]);
    expect(rowsOf("tcp-on-443", { manifests: tcp443(), allowlist })).toEqual([]);
  });

  it("allowlist ignore.hosts drops references and findings for matching hosts", () => {
    const allowlist = "version: 1\nignore:\n  hosts: ['*.example.com', google.com]\n";
    expect(hostsOf(rowsOf("unregistered-host", { manifests: registryOnly, references: calls, allowlist }))).toEqual([
      "src/pay.ts api.stripe.com",
      "src/testdata/fake.ts api.stripe.com",
    ]);
    expect(rowsOf("tcp-on-443", { manifests: tcp443(), allowlist })).toEqual([]);
  });

  it("allowlist ignore.paths drops references from matching files", () => {
    const allowlist = "version: 1\nignore:\n  paths: ['**/testdata/**']\n";
    expect(hostsOf(rowsOf("unregistered-host", { manifests: registryOnly, references: calls, allowlist }))).toEqual([
      "src/pay.ts api.stripe.com",
      "src/test.ts api.test.example.com",
    ]);
  });

  it("an inline egress-lint-ignore names one rule, or * for all", () => {
    const named = [ref("https://api.stripe.com", { ignoredRules: ["unregistered-host"] })];
    const other = [ref("https://api.stripe.com", { ignoredRules: ["wildcard-apex"] })];
    const all = [ref("https://api.stripe.com", { ignoredRules: ["*"] })];
    expect(rowsOf("unregistered-host", { manifests: registryOnly, references: named })).toEqual([]);
    expect(rowsOf("unregistered-host", { manifests: registryOnly, references: other })).toHaveLength(1);
    expect(rowsOf("unregistered-host", { manifests: registryOnly, references: all })).toEqual([]);
  });

  it("the egress-lint/ignore annotation silences a rule for that ServiceEntry only", () => {
    expect(rowsOf("tcp-on-443", { manifests: tcp443("tcp-on-443") })).toEqual([]);
    expect(rowsOf("tcp-on-443", { manifests: tcp443("http-on-tls-port") })).toHaveLength(1);
    expect(rowsOf("tcp-on-443", { manifests: tcp443("*") })).toEqual([]);
  });

  it("an annotation on the blamed ServiceEntry or Sidecar silences reachability findings", () => {
    const entry = (annotation: string) =>
      serviceEntry(
        "stripe",
        "egress",
        "hosts: [api.stripe.com]\nports: [{number: 443, name: https, protocol: HTTPS}]\nexportTo: ['.']",
        annotation,
      );
    const call = [ref("https://api.stripe.com", { namespace: "shop" })];
    expect(rowsOf("not-exported", { manifests: docs(registryOnly, entry("")), references: call })).toHaveLength(1);
    expect(rowsOf("not-exported", { manifests: docs(registryOnly, entry("not-exported")), references: call })).toEqual(
      [],
    );
    const sidecar = (annotation: string) => `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata:
  name: default
  namespace: shop
  annotations: {egress-lint/ignore: "${annotation}"}
spec:
  egress: [{hosts: ["./*"]}]
  outboundTrafficPolicy: {}`;
    const open = serviceEntry(
      "stripe",
      "egress",
      "hosts: [api.stripe.com]\nports: [{number: 443, name: https, protocol: HTTPS}]",
    );
    expect(rowsOf("hidden-by-sidecar", { manifests: docs(open, sidecar("")), references: call })).toHaveLength(1);
    expect(rowsOf("invalid-outbound-policy", { manifests: docs(open, sidecar("")) })).toHaveLength(1);
    expect(
      rowsOf("hidden-by-sidecar", {
        manifests: docs(open, sidecar("hidden-by-sidecar, invalid-outbound-policy")),
        references: call,
      }),
    ).toEqual([]);
    expect(
      rowsOf("invalid-outbound-policy", {
        manifests: docs(open, sidecar("hidden-by-sidecar, invalid-outbound-policy")),
      }),
    ).toEqual([]);
  });
});
