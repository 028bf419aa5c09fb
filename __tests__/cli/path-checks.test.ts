import { describe, expect, it } from "vitest";
import { pathProblem, type PathKind } from "../../src/cli/path-checks.js";

const disk: Record<string, PathKind> = {
  ".": "directory",
  repo: "directory",
  "repo/allow.yaml": "file",
  "a.txt": "file",
  out: "directory",
};
const kindOf = (p: string) => disk[p] ?? "missing";

describe("pathProblem", () => {
  it("passes paths that are what they should be", () => {
    expect(
      pathProblem(
        [
          { flag: "DIR", path: "repo", want: "directory" },
          { flag: "--allowlist", path: "allow.yaml", want: "file", within: "repo" },
          { flag: "--output", path: "out/report.json", want: "parent" },
          { flag: "--output", path: "report.json", want: "parent" },
        ],
        kindOf,
      ),
    ).toBeUndefined();
  });

  it("names the flag and the path of a missing directory or file, or one of the wrong kind", () => {
    expect(pathProblem([{ flag: "DIR", path: "nope", want: "directory" }], kindOf)).toBe("DIR nope: no such directory");
    expect(pathProblem([{ flag: "DIR", path: "a.txt", want: "directory" }], kindOf)).toBe("DIR a.txt: not a directory");
    expect(pathProblem([{ flag: "--mesh-config", path: "repo", want: "file" }], kindOf)).toBe(
      "--mesh-config repo: not a file",
    );
    expect(pathProblem([{ flag: "--baseline", path: "b.yaml", want: "file", hint: "write one" }], kindOf)).toBe(
      "--baseline b.yaml: no such file (write one)",
    );
  });

  it("says which directory a relative allowlist was looked for in", () => {
    expect(pathProblem([{ flag: "--allowlist", path: "x.yaml", want: "file", within: "repo" }], kindOf)).toBe(
      "--allowlist x.yaml: no such file in repo",
    );
    expect(pathProblem([{ flag: "--allowlist", path: "x.yaml", want: "file", within: "." }], kindOf)).toBe(
      "--allowlist x.yaml: no such file",
    );
  });

  it("names the folder a file cannot be written into", () => {
    expect(pathProblem([{ flag: "--output", path: "gone/r.txt", want: "parent" }], kindOf)).toBe(
      "--output gone/r.txt: no directory gone to write it in",
    );
    expect(pathProblem([{ flag: "--write", path: "a.txt/se.yaml", want: "parent" }], kindOf)).toBe(
      "--write a.txt/se.yaml: a.txt is not a directory",
    );
  });

  it("reports the first problem in the order given", () => {
    expect(
      pathProblem(
        [
          { flag: "DIR", path: "nope", want: "directory" },
          { flag: "--output", path: "gone/r.txt", want: "parent" },
        ],
        kindOf,
      ),
    ).toBe("DIR nope: no such directory");
  });
});
