// The command lines a container runs, as its Dockerfile and its manifest write them, read into words the way a shell
// splits them. What program each line starts is for the readers of each language (node-packages, python-runs).
import { commandWords } from "../model/command-words.js";
import { baseName } from "./paths.js";
import { readPipelines } from "./shell-pipelines.js";

/** Each simple command of a shell line as its words, quotes removed, wrappers and assignments taken off. */
export function commandsOf(line: string): string[][] {
  return readPipelines(line).flatMap((pipeline) => pipeline.map((cmd) => commandWords(cmd).map((w) => w.text)));
}

/** The line a `sh -c "…"` or `bash -c "…"` command runs, or undefined for any other command. */
export function shellCommandLine(words: readonly string[]): string | undefined {
  return /^(?:ba)?sh$/.test(baseName(words[0] ?? "")) && words[1] === "-c" ? words[2] : undefined;
}

/** The command lines of a Dockerfile's CMD or ENTRYPOINT instructions (or of one of them), as written. */
export function dockerfileCommands(text: string, instruction?: "CMD" | "ENTRYPOINT"): string[] {
  const out: string[] = [];
  const joined = text.replace(/\\\r?\n/g, " ");
  const re = instruction ? new RegExp(`^\\s*${instruction}\\s+(.*)$`, "i") : /^\s*(?:CMD|ENTRYPOINT)\s+(.*)$/i;
  for (const line of joined.split("\n")) {
    const m = re.exec(line);
    if (!m) continue;
    const body = m[1]!.trim();
    if (!body.startsWith("[")) {
      out.push(body);
      continue;
    }
    const parsed = parseArray(body);
    if (Array.isArray(parsed)) out.push(parsed.filter((w): w is string => typeof w === "string").join(" "));
  }
  return out;
}

function parseArray(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
