// The shell a Markdown document runs: a README's shell blocks (a demo is often set up only as its README says), and
// an interactive tutorial step's executed code (Katacoda's and Killercoda's scenarios: code followed by
// `{{execute}}` or `{{exec}}` runs in the scenario's terminal when clicked; code marked `{{copy}}` or not marked is
// only shown). Prompts (`$ `) are taken off.
import type { BuildFileKind } from "./build-file-kind.js";

export interface ShellSnippet {
  text: string;
  /** 1-based line of the snippet's first line in the document. */
  firstLine: number;
}

/** Info strings of fenced blocks that hold shell commands; an unlabelled block is read too. */
const SHELL_BLOCKS = new Set(["", "sh", "bash", "shell", "console", "zsh", "shell-session", "sh-session"]);

/** The marker after the closing backticks or fence: `{{execute}}`, `{{exec}}`, with options (`{{execute T2}}`). */
const EXECUTE = /^\{\{exec(?:ute)?(?:\s[^}]*)?\}\}/;

/** The snippets of a README or a tutorial step; undefined for a file of another kind. */
export function documentShell(kind: BuildFileKind | undefined, text: string): ShellSnippet[] | undefined {
  if (kind === "readme") return shellBlocks(text);
  if (kind === "scenario-step") return executedSnippets(text);
  return undefined;
}

/** Fenced code blocks (``` or ~~~) whose info string names a shell. */
function shellBlocks(text: string): ShellSnippet[] {
  const out: ShellSnippet[] = [];
  eachFence(text, (b) => {
    if (SHELL_BLOCKS.has(b.info.toLowerCase()))
      out.push({ text: b.body.map(withoutPrompt).join("\n"), firstLine: b.firstLine });
  });
  return out;
}

/** The commands a tutorial step runs: fenced blocks whose closing fence carries the marker, and marked code spans. */
export function executedSnippets(text: string): ShellSnippet[] {
  if (!text.includes("{{exec")) return [];
  const out: ShellSnippet[] = [];
  eachFence(
    text,
    (b) => {
      if (EXECUTE.test(b.after)) out.push({ text: b.body.map(withoutPrompt).join("\n"), firstLine: b.firstLine });
    },
    (line, index) => {
      for (const span of executedSpans(line)) out.push({ text: withoutPrompt(span.trim()), firstLine: index + 1 });
    },
  );
  return out;
}

interface FencedBlock {
  info: string;
  body: string[];
  /** 1-based line of the block's first body line. */
  firstLine: number;
  /** What follows the closing fence on its line. */
  after: string;
}

/** Each fenced block, and (to `onLine`) each line outside them with its 0-based index. */
function eachFence(text: string, onBlock: (b: FencedBlock) => void, onLine?: (line: string, index: number) => void) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    // A fence inside a list item is indented with the item (`1. Install:` then four spaces and three backticks).
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) {
      onLine?.(lines[i]!, i);
      continue;
    }
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) body.push(lines[j++]!);
    const after = (lines[j] ?? "").trimStart().replace(/^[`~]+/, "");
    onBlock({ info: open[2]!, body, firstLine: i + 2, after });
    i = j;
  }
}

/**
 * The code spans of a line that the marker follows: the run of backticks before each marker closes the span, and the
 * nearest run of the same length before it opens it. Read back from each marker, so a long line costs one pass.
 */
function executedSpans(line: string): string[] {
  const out: string[] = [];
  for (let at = line.indexOf("{{exec"); at !== -1; at = line.indexOf("{{exec", at + 1)) {
    if (!EXECUTE.test(line.slice(at, at + 200))) continue;
    let close = at;
    while (close > 0 && line[close - 1] === "`") close--;
    const run = at - close;
    if (run === 0) continue;
    const fence = "`".repeat(run);
    // The opening run is exactly as long: one inside a longer run is not it.
    let open = line.lastIndexOf(fence, close - run - 1);
    while (open >= 0 && (line[open - 1] === "`" || line[open + run] === "`")) open = line.lastIndexOf(fence, open - 1);
    if (open >= 0) out.push(line.slice(open + run, close));
  }
  return out;
}

function withoutPrompt(line: string): string {
  return line.replace(/^\s*\$\s+/, "");
}
