import { describe, expect, it } from "vitest";
import { formatMarker, markerId, parseMarker, withMarker } from "../../src/github/marker.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";

describe("the comment marker", () => {
  it("reads back what it writes", () => {
    const body = withMarker({ id: "deploy/prod", headSha: SHA }, "### egress-lint\n");
    expect(body.split("\n")[0]).toBe(`<!-- egress-lint:comment id=deploy/prod head=${SHA} -->`);
    expect(parseMarker(body)).toEqual({ id: "deploy/prod", headSha: SHA });
  });

  it("counts only on the first line, so quoted text cannot pose as one", () => {
    expect(parseMarker(`Looks like:\n<!-- egress-lint:comment id=. head=${SHA} -->`)).toBeUndefined();
    expect(parseMarker(` <!-- egress-lint:comment id=. head=${SHA} -->`)).toBeUndefined();
    expect(parseMarker(`<!-- egress-lint:comment id=. head=${SHA} --> trailing`)).toBeUndefined();
  });

  it("rejects ids and SHAs outside its pattern", () => {
    expect(parseMarker("<!-- egress-lint:comment id=a b head=abc1234 -->")).toBeUndefined();
    expect(parseMarker("<!-- egress-lint:comment id=. head=XYZ -->")).toBeUndefined();
    expect(() => formatMarker({ id: "x --> <b>", headSha: SHA })).toThrow();
  });

  it("derives the id from the linted directory, one comment per directory", () => {
    expect(markerId(".")).toBe(".");
    expect(markerId("./")).toBe(".");
    expect(markerId("./deploy/prod/")).toBe("deploy/prod");
    expect(markerId("odd dir--x>")).toBe("odd_dir-x_");
    expect(parseMarker(formatMarker({ id: markerId("weird --> name"), headSha: SHA }))?.id).toBe("weird_-__name");
  });
});
