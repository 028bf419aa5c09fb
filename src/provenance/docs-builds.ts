// `docker build` commands in a README's shell blocks -> image builds. A demo repository often builds its images only
// by hand, as its README says (`docker build -t your_id/app:1 .`); without that, its one Dockerfile is tied to no
// workload and every call its code makes goes unplaced. The folder the reader runs the block in is seldom written:
// place.ts takes the only Dockerfile below the README's folder when the command's own does not exist.
import { dirOf } from "./paths.js";
import { shellTextBuilds } from "./script-builds.js";
import type { ImageBuild } from "./types.js";

/** Info strings of fenced blocks that hold shell commands; an unlabelled block is read too. */
const SHELL_BLOCKS = new Set(["", "sh", "bash", "shell", "console", "zsh", "shell-session", "sh-session"]);

/** `blocks` reads the shell out of the document: a README's shell blocks, or a tutorial step's executed code. */
export function docsBuilds(
  file: string,
  text: string,
  blocks: (text: string) => { text: string; firstLine: number }[] = shellBlocks,
): ImageBuild[] {
  if (!/\b(?:build|bud)\b/.test(text)) return [];
  const out: ImageBuild[] = [];
  for (const block of blocks(text)) {
    const builds = shellTextBuilds({ file, text: block.text, firstLine: block.firstLine, cwd: dirOf(file) });
    for (const b of builds) out.push({ ...b, fromDocs: true });
  }
  return out;
}

/** Fenced code blocks (``` or ~~~) whose info string names a shell, with prompts (`$ `) taken off. */
export function shellBlocks(text: string): { text: string; firstLine: number }[] {
  const lines = text.split(/\r?\n/);
  const out: { text: string; firstLine: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A fence inside a list item is indented with the item (`1. Install:` then four spaces and three backticks).
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) body.push(lines[j++]!);
    if (SHELL_BLOCKS.has(open[2]!.toLowerCase()))
      out.push({ text: body.map((l) => l.replace(/^\s*\$\s+/, "")).join("\n"), firstLine: i + 2 });
    i = j;
  }
  return out;
}
