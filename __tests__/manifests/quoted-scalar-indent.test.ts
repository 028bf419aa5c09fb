// Quoted scalars whose later lines are indented less than their block: kubectl's parser (libyaml's rules) reads on
// to the closing quote, so the file is no invalid YAML, and its values are what kubectl applies.
import { describe, expect, it } from "vitest";
import { parseYamlFile, parseYamlWithLibrary } from "../../src/manifests/parse-yaml.js";
import { movedOnlyInQuotedScalars } from "../../src/manifests/quoted-scalar-indent.js";

const DASHBOARDS = [
  "apiVersion: v1",
  "kind: ConfigMap",
  "metadata:",
  "  name: dashboards",
  "data:",
  "  galley.json: '{",
  '  "title": "Galley",',
  '  "note": "it\'\'s here"',
  "}",
  "'",
  '  mesh.json: "{',
  '\\"title\\": \\"Mesh\\"',
  '}"',
  "  script: |",
  "    echo 'not a scalar",
  "  plain: done",
  "",
].join("\n");

describe("a quoted scalar indented less than its block", () => {
  it("parses as kubectl reads it: the whole scalar, folded, and the keys after it on their own lines", () => {
    const parsed = parseYamlFile(DASHBOARDS);
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents.map((d) => d.value)).toEqual([
      {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "dashboards" },
        data: {
          "galley.json": '{ "title": "Galley", "note": "it\'s here" } ',
          "mesh.json": '{ "title": "Mesh" }',
          script: "echo 'not a scalar\n",
          plain: "done",
        },
      },
    ]);
    expect(parsed.documents[0]!.lines.get("/data/plain")).toBe(16);
    expect(parsed.documents[0]!.lines.get("/data/mesh.json")).toBe(11);
  });

  it("is still a problem when the scalar never closes", () => {
    const unclosed = 'data:\n  a.json: \'{\n  "x": 1\n}\n';
    expect(parseYamlWithLibrary(unclosed).problems[0]).toEqual(
      expect.objectContaining({ message: "Missing closing 'quote" }),
    );
  });

  it("leaves an apostrophe in a plain scalar alone", () => {
    expect(parseYamlWithLibrary("a: it's\nb: 'x'\n").documents.map((d) => d.value)).toEqual([{ a: "it's", b: "x" }]);
  });

  it("keeps an indented text only where every line it moved is inside a quoted scalar", () => {
    const text = "a: 'x\n y'\nb: |\n  z\n";
    expect(movedOnlyInQuotedScalars({ text, moved: [text.indexOf("y'")] })).toBe(true);
    expect(movedOnlyInQuotedScalars({ text, moved: [text.indexOf("z")] })).toBe(false);
  });
});
