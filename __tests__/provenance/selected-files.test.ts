// One image run as several instances, each choosing one implementation by an argument: a file of an alternative the
// instance did not choose is not its egress.
import { describe, expect, it } from "vitest";
import knowledge from "../../src/knowledge/selected-files.json" with { type: "json" };
import schema from "../../src/knowledge/selected-files.schema.json" with { type: "json" };
import { choiceWords, withSelectedFiles } from "../../src/provenance/selected-files.js";
import type { CodePlacement, Provenance } from "../../src/provenance/types.js";
import { callersOf } from "../../src/rules/callers.js";
import { scanSource } from "../../src/scan/index.js";
import { expectUnique, expectValidTable } from "../helpers/knowledge.js";
import { modelOf, yamlDocs } from "../helpers/model.js";

const TREE: Record<string, string> = {
  "bridge/main.go": 'package main\nvar providers = map[string]provider.Provider{"google": nil, "slack": nil}\n',
  "bridge/debug.go": 'package main\nconst pprofDocs = "x"\nvar status = "https://status.debug-vendor.io/api"\n',
  "bridge/provider/provider.go": 'package provider\nconst ua = "https://api.shared-vendor.io/v1"\n',
  "bridge/provider/google.go": 'package provider\nconst token = "https://oauth2.google-vendor.io/token"\n',
  "bridge/provider/slack.go": 'package provider\nconst token = "https://api.slack-vendor.io/oauth.v2.access"\n',
  "bridge/provider/spotify.go": 'package provider\nconst token = "https://accounts.spotify-vendor.io/api/token"\n',
  "bridge/provider/slack_test.go": 'package provider\nconst t = "https://api.slack-vendor.io/test"\n',
};

function placement(workload: string): CodePlacement {
  return {
    namespace: workload,
    workload,
    container: "bridge",
    image: "ghcr.io/acme/bridge:1",
    how: "build-definition",
    dockerfile: "bridge/Dockerfile",
    context: "bridge",
    ships: ["bridge/**"],
    excludes: ["bridge/**/*_test.go"],
    servesStaticFiles: false,
    evidence: [],
  };
}

function deployment(name: string, args: string[]) {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${name}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: bridge, image: "ghcr.io/acme/bridge:1", args: ${JSON.stringify(args)}}]`;
}

function judge(instances: Record<string, string[]>) {
  const names = Object.keys(instances);
  const provenance: Provenance = { placements: names.map(placement), unplaced: [], problems: [] };
  const model = modelOf({ "deploy/bridge.yaml": yamlDocs(...names.map((n) => deployment(n, instances[n]!))) });
  model.provenance = provenance;
  const commands = new Map(names.map((n) => [`${n}/${n}/bridge`, { command: [], args: instances[n]! }]));
  const refs = Object.entries(TREE).flatMap(([path, text]) => scanSource({ path, text }));
  const judged = withSelectedFiles(refs, provenance, Object.keys(TREE).sort(), commands);
  const callers = (host: string) => {
    const ref = judged.find((r) => r.host === host)!;
    return ref.unread ? "unread" : callersOf(ref, model).map((c) => c.workload);
  };
  return { judged, callers };
}

describe("an implementation chosen by a container's arguments", () => {
  it("is the only one of its folder that instance runs; one no instance chooses is nobody's", () => {
    const { judged, callers } = judge({
      "slack-bridge": ["--client-id=123.456", "--base-url=https://bridge.acme.io", "slack"],
      "spotify-bridge": ["--log-level", "debug", "--provider=spotify"],
    });
    expect(callers("api.slack-vendor.io")).toEqual(["slack-bridge"]);
    expect(callers("accounts.spotify-vendor.io")).toEqual(["spotify-bridge"]);
    expect(callers("oauth2.google-vendor.io")).toBe("unread");
    expect(judged.find((r) => r.host === "oauth2.google-vendor.io")!.reason).toContain(
      "the arguments of slack-bridge/slack-bridge, spotify-bridge/spotify-bridge choose bridge/provider/slack.go, bridge/provider/spotify.go among the files beside it",
    );
    // The interface every alternative uses, and the program's own folder (`debug` is a log level here), still run.
    expect(callers("api.shared-vendor.io")).toEqual(["slack-bridge", "spotify-bridge"]);
    expect(callers("status.debug-vendor.io")).toEqual(["slack-bridge", "spotify-bridge"]);
  });

  it("is no choice at all where the arguments name none of the files, or more than one", () => {
    const { callers } = judge({ plain: ["--port=8080"], both: ["slack", "spotify"] });
    for (const host of ["api.slack-vendor.io", "accounts.spotify-vendor.io", "oauth2.google-vendor.io"])
      expect(callers(host)).toEqual(["both", "plain"]);
  });

  it("reads bare arguments and option values, after the program when the manifest names one", () => {
    expect([...choiceWords({ command: ["/bridge", "serve"], args: ["--mode=Fast", "-v", "x.y", "/data"] })]).toEqual([
      "serve",
      "fast",
    ]);
    expect([...choiceWords({ command: [], args: ["slack", "--region", "eu-west-1"] })]).toEqual(["slack", "eu-west-1"]);
  });

  it("keeps its exceptions as reviewed data", () => {
    expectValidTable(schema, knowledge, true);
    expectUnique([...knowledge.shared, ...knowledge.entry]);
  });
});
