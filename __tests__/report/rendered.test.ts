// The golden comments and summaries as GitHub shows them: every table a GFM renderer reads as a table, every
// <details> closed, every fence closed, and every Mermaid block accepted by Mermaid's own parser. A layout change
// that breaks any of them fails here, whatever the golden files say.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { Lexer, type Token, type Tokens } from "marked";
import { beforeAll, describe, expect, it } from "vitest";

const DIR = "__tests__/fixtures/report";
const GOLDENS = readdirSync(DIR)
  .filter((f) => f.endsWith(".md"))
  .sort();

type Parse = (text: string) => Promise<unknown>;
let parseMermaid: Parse;

beforeAll(async () => {
  // Mermaid sanitises labels with DOMPurify, which needs a window even to parse.
  const { window } = new JSDOM("");
  Object.assign(globalThis, { window, document: window.document });
  const mermaid = (await import("mermaid")).default;
  parseMermaid = (text) => mermaid.parse(text);
});

function walk(tokens: readonly Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t);
    const inner = (t as { tokens?: Token[] }).tokens;
    if (inner) walk(inner, visit);
  }
}

/** Runs of lines that are meant as a table: a header row, then the `| --- |` separator. */
function intendedTables(text: string): number {
  const lines = text.split("\n");
  let count = 0;
  for (let i = 1; i < lines.length; i++) if (/^\|( --- \|)+$/.test(lines[i]!) && lines[i - 1]!.startsWith("|")) count++;
  return count;
}

/** What GitHub would render wrong: a table read as text, rows with a different number of cells, unclosed parts. */
function layoutProblems(text: string): string[] {
  const problems: string[] = [];
  const tables: Tokens.Table[] = [];
  walk(new Lexer({ gfm: true }).lex(text), (t) => {
    if (t.type === "table") tables.push(t as Tokens.Table);
  });
  const intended = intendedTables(text);
  if (tables.length !== intended) problems.push(`${intended} tables written, ${tables.length} read as tables`);
  for (const t of tables)
    if (t.rows.some((row) => row.length !== t.header.length))
      problems.push("a table row with the wrong number of cells");
  let depth = 0;
  // Tags inside code (a fence or an inline span) are text, as GitHub shows them.
  const outsideCode = text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "").replace(/`[^`\n]*`/g, "");
  for (const m of outsideCode.matchAll(/<(\/?)details\b/g)) {
    depth += m[1] ? -1 : 1;
    if (depth < 0) problems.push("a </details> before its <details>");
  }
  if (depth > 0) problems.push(`${depth} <details> left open`);
  if (text.split("\n").filter((l) => /^```/.test(l)).length % 2) problems.push("a code fence left open");
  return problems;
}

function mermaidBlocks(text: string): string[] {
  const blocks: string[] = [];
  walk(new Lexer({ gfm: true }).lex(text), (t) => {
    if (t.type === "code" && (t as Tokens.Code).lang === "mermaid") blocks.push((t as Tokens.Code).text);
  });
  return blocks;
}

describe.each(GOLDENS)("%s", (name) => {
  const text = readFileSync(path.join(DIR, name), "utf8");

  it("renders as written: tables, <details> and fences", () => {
    expect(layoutProblems(text)).toEqual([]);
  });

  it("has Mermaid blocks Mermaid itself accepts", async () => {
    for (const b of mermaidBlocks(text)) await expect(parseMermaid(b)).resolves.toBeTruthy();
  });
});

describe("the checks themselves", () => {
  it("catch a table GFM does not read, an unclosed <details> and a Mermaid syntax error", async () => {
    expect(layoutProblems("| A | B |\n| --- | --- | --- |\n| 1 | 2 |\n")).toEqual([
      "1 tables written, 0 read as tables",
    ]);
    expect(layoutProblems("<details><summary>x</summary>\n\ntext\n")).toEqual(["1 <details> left open"]);
    expect(layoutProblems("text `</details>` in code\n")).toEqual([]);
    expect(layoutProblems("```diff\n+ a\n")).toEqual(["a code fence left open"]);
    await expect(parseMermaid("flowchart LR\n  a -->|oops b\n")).rejects.toThrow();
  });
});
