// Shell text -> simple commands as words, from the one shell reader the install-command reading uses too
// (shell-pipelines.ts: quotes, escapes, comments, heredocs and line continuations).
import { BUILD_FILE_LIMITS } from "./limits.js";
import { readPipelines } from "./shell-pipelines.js";
import { withScriptFolder } from "./shell-variables.js";

export interface Word {
  /** The word with its quotes removed (`--tag="a b"` -> `--tag=a b`). */
  text: string;
  /** 1-based line of the word in the text. */
  line: number;
}

/** `$(...)` and backticks: what they print is unknown, so they become one opaque `${_}`, which image matching skips. */
const SUBSTITUTION = /\$\((?:[^()\n]|\([^()\n]*\))*\)|`[^`\n]*`/g;

/** `scriptFolder`: where the script's own folder (`$(dirname "$0")`) is, seen from where it runs, when known. */
export function shellCommands(source: string, scriptFolder?: string): Word[][] {
  const own = (text: string) => (scriptFolder === undefined ? text : withScriptFolder(text, scriptFolder));
  return readPipelines(source)
    .flat()
    .map((command) =>
      command.words
        .slice(0, BUILD_FILE_LIMITS.maxWordsPerCommand)
        .map((w) => ({ text: own(w.text).replace(SUBSTITUTION, "${_}"), line: w.line })),
    );
}
