// `kubectl set image` in shell text: which container is pointed at which image.
import { describe, expect, it } from "vitest";
import { setImageCommands } from "../../src/provenance/set-image.js";

describe("setImageCommands", () => {
  it("reads kind/name and kind name forms, several containers, flags anywhere, and expressions with blanks", () => {
    const text = [
      "kubectl -n prod set image deployment/api api=ghcr.io/acme/api:${{ github.sha }} sidecar=envoy:1 --record",
      "oc set image sts db db=postgres:16",
      "echo kubectl set image is how we deploy",
      "kubectl get pods",
    ].join("\n");
    expect(setImageCommands(text)).toEqual([
      { workload: "api", container: "api", image: "ghcr.io/acme/api:${{github.sha}}", line: 1 },
      { workload: "api", container: "sidecar", image: "envoy:1", line: 1 },
      { workload: "db", container: "db", image: "postgres:16", line: 2 },
    ]);
  });

  it("ignores text that sets no image", () => {
    expect(setImageCommands("kubectl set env deployment/api A=b\nset image=1\n")).toEqual([]);
  });
});
