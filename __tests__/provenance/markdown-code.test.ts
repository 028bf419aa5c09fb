import { describe, expect, it } from "vitest";
import { executedSnippets } from "../../src/provenance/markdown-code.js";

describe("a tutorial step's executed commands", () => {
  it("reads code spans marked {{execute}} or {{exec}}, each at its line, and not copied or unmarked code", () => {
    const step = [
      "Install the mesh: `istioctl install -y --set meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY`{{execute}}",
      "",
      "Type `y`{{copy}} when asked. The profile is `demo`, see `istioctl profile list`.",
      "Then `kubectl label ns shop istio-injection=enabled`{{exec}} and ``kubectl get ns -o `json` ``{{execute T2}}",
    ].join("\n");
    expect(executedSnippets(step)).toEqual([
      { text: "istioctl install -y --set meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY", firstLine: 1 },
      { text: "kubectl label ns shop istio-injection=enabled", firstLine: 4 },
      { text: "kubectl get ns -o `json`", firstLine: 4 },
    ]);
  });

  it("reads a fenced block whose closing fence carries the marker, without prompts, and not other blocks", () => {
    const step = [
      "```",
      "✔ Istio core installed",
      "```",
      "```bash",
      "$ kubectl create ns shop",
      "kubectl apply -f app.yaml",
      "```{{execute}}",
      "~~~",
      "kubectl delete ns shop",
      "~~~{{copy}}",
    ].join("\n");
    expect(executedSnippets(step)).toEqual([
      { text: "kubectl create ns shop\nkubectl apply -f app.yaml", firstLine: 5 },
    ]);
  });

  // Many openings and no closing before a marker: a pattern tried from each opening read the rest of the line.
  // How long it takes is timed by `npm run bench:hostile`.
  it("reads a long line of backticks and markers", () => {
    const line = `${"`a".repeat(100_000)}{{exec}} \`kubectl apply -f app.yaml\`{{execute}}`;
    expect(executedSnippets(line).at(-1)).toEqual({ text: "kubectl apply -f app.yaml", firstLine: 1 });
    expect(executedSnippets(`${"`a".repeat(100_000)}{{exec}}`)).toEqual([]);
  });

  it("reads nothing from Markdown without markers", () => {
    expect(executedSnippets("Run `istioctl install --set profile=demo`.\n```sh\nmake deploy\n```\n")).toEqual([]);
  });
});
