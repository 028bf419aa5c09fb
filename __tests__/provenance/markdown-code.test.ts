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

  it("reads a long line of backticks and markers in one pass", () => {
    // Many openings and no closing before a marker: a pattern tried from each opening reads the rest of the line.
    const line = `${"`a".repeat(100_000)}{{exec}} \`kubectl apply -f app.yaml\`{{execute}}`;
    const started = performance.now();
    const snippets = executedSnippets(line);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(snippets.at(-1)).toEqual({ text: "kubectl apply -f app.yaml", firstLine: 1 });
    const unclosed = `${"`a".repeat(100_000)}{{exec}}`;
    const again = performance.now();
    expect(executedSnippets(unclosed)).toEqual([]);
    expect(performance.now() - again).toBeLessThan(2_000);
  });

  it("reads nothing from Markdown without markers", () => {
    expect(executedSnippets("Run `istioctl install --set profile=demo`.\n```sh\nmake deploy\n```\n")).toEqual([]);
  });
});
