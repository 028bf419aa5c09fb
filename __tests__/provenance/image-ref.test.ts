// Image references as deployed vs as built: graded matches, placeholders matching on the last segment.
import { describe, expect, it } from "vitest";
import { lastSegment, matchStrength, parseImageRef } from "../../src/provenance/image-ref.js";

function strength(deployed: string, built: string): number {
  return matchStrength(parseImageRef(deployed)!, parseImageRef(built)!);
}

describe("parseImageRef", () => {
  it("drops tag and digest and splits off the registry", () => {
    expect(parseImageRef("ghcr.io/acme/checkout:1.2@sha256:abc")).toEqual({
      host: "ghcr.io",
      path: ["acme", "checkout"],
    });
    expect(parseImageRef("localhost:5000/checkout:dev")).toEqual({ host: "localhost:5000", path: ["checkout"] });
    expect(parseImageRef("docker.io/library/nginx:1.27")).toEqual({ path: ["nginx"] });
  });

  it("reads placeholders as unknown segments", () => {
    expect(parseImageRef("${REGISTRY}/checkout:${TAG}")).toEqual({ path: [undefined, "checkout"] });
    expect(parseImageRef("${{ env.REGISTRY }}/acme/checkout:${{ github.sha }}")).toEqual({
      path: [undefined, "acme", "checkout"],
    });
    expect(parseImageRef("ko://github.com/acme/shop/cmd/checkout")).toBeUndefined();
    expect(lastSegment("$(IMG)")).toBeUndefined();
  });
});

describe("matchStrength", () => {
  it.each([
    ["ghcr.io/acme/checkout:1.2", "ghcr.io/acme/checkout:latest", 3],
    ["ghcr.io/acme/checkout:1.2", "acme/checkout", 2],
    ["ghcr.io/acme/checkout:1.2", "checkout", 1],
    ["ghcr.io/acme/checkout:1.2", "quay.io/acme/checkout", 1],
    ["ghcr.io/acme/checkout:1.2", "${REGISTRY}/checkout:${TAG}", 1],
    ["ghcr.io/acme/checkout:1.2", "${{ env.REGISTRY }}/acme/checkout:${{ github.sha }}", 1],
    ["ghcr.io/acme/checkout:1.2", "ghcr.io/acme/cart", 0],
    ["ghcr.io/acme/checkout:1.2", "ghcr.io/acme/${NAME}", 0],
    ["nginx:1.27", "docker.io/library/nginx", 3],
  ])("%s ~ %s is %i", (deployed, built, expected) => {
    expect(strength(deployed, built)).toBe(expected);
  });
});
