// Shell text -> simple commands as words, from the one shell reader the install-command reading uses too
// (shell-pipelines.ts: quotes, escapes, comments, heredocs and line continuations).
import { BUILD_FILE_LIMITS } from "./limits.js";
import { readPipelines } from "./shell-pipelines.js";

export interface Word {
  /** The word with its quotes removed (`--tag="a b"` -> `--tag=a b`). */
  text: string;
  /** 1-based line of the word in the text. */
  line: number;
}

/** `$(...)` and backticks: what they print is unknown, so they become one opaque `${_}`, which image matching skips. */
const SUBSTITUTION = /\$\((?:[^()\n]|\([^()\n]*\))*\)|`[^`\n]*`/g;

export function shellCommands(source: string): Word[][] {
  return readPipelines(source)
    .flat()
    .map((command) =>
      command.words
        .slice(0, BUILD_FILE_LIMITS.maxWordsPerCommand)
        .map((w) => ({ text: w.text.replace(SUBSTITUTION, "${_}"), line: w.line })),
    );
}
