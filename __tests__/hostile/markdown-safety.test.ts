// The checker the hostile and fuzz tests trust: it must see each way markdown can go wrong, and pass what is inert.
import { describe, expect, it } from "vitest";
import { markdownProblems } from "./markdown-safety.js";

const problemsOf = (md: string) => markdownProblems(md).map((p) => p.problem);

describe("the markdown safety checker", () => {
  it("passes escaped text, code spans and the renderers' own tags", () => {
    const md = [
      "<details><summary>Route table of a &lt;b&gt;: 1 added</summary>",
      "",
      "| A | B |",
      "| --- | --- |",
      "| `<img src=x>` | a\\|b @&#8203;team &#8203;#&#8203;1 |",
      "",
      "````diff",
      "+ ``` not a close",
      "````",
      "",
      "</details>",
      "[`a.py:1`](https://github.com/o/r/blob/x/a.py#L1)",
    ].join("\n");
    expect(markdownProblems(md)).toEqual([]);
  });

  it.each([
    ["raw HTML", "hello <img src=x onerror=alert(1)>", "raw HTML"],
    ["an unclosed code span does not hide HTML", "`a <script>", "raw HTML"],
    ["a mention", "ping @everyone now", "an @mention"],
    ["a mention written as an entity", "ping &#64;everyone now", "an @mention"],
    ["an escaped issue reference", "fixes \\#12", "an issue reference"],
    ["an issue reference", "fixes #12", "an issue reference"],
    ["an autolink", "see https://evil.example", "a bare URL"],
    ["a marker", "<!-- egress-lint:comment id=. -->", "an HTML comment"],
    ["a control character", "a\u001b[31mred", "a control or bidi"],
    ["a table row with an extra cell", "| A | B |\n| --- | --- |\n| a | b | c |", "a table row"],
    [
      "a fence closed early",
      "<details><summary>x</summary>\n\n```diff\n```\n+ row\n```\n\n</details>",
      "a code block ends",
    ],
    ["a fence never closed", "```diff\n+ row", "a code block is never closed"],
    ["an unquoted mermaid label", "```mermaid\nflowchart LR\n  h0([a<b>])\n```\n\n</details>", "a mermaid line"],
  ])("flags %s", (_name, md, problem) => {
    expect(
      problemsOf(md).some((p) => p.startsWith(problem)),
      problemsOf(md).join("; "),
    ).toBe(true);
  });
});
