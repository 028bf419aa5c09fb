// The variables a shell text sets to values it writes out (`NS=shop`, `export IMAGE=acme/api:$TAG`), and words with
// them expanded: what a later command receives, where the text says it. Read in order, top to bottom; a branch or a
// function body is read as if it ran, which is what scripts that set a name once and use it below do.

/** How many times a value may name another variable before it is left as written. */
const MAX_EXPANSIONS = 8;

const ASSIGNMENT = /^([A-Za-z_]\w*)=(.*)$/s;
/** Words that declare what follows them: `export NS=shop`, `readonly NS=shop`, `local ns=shop`. */
const DECLARERS = new Set(["export", "readonly", "local", "declare", "typeset"]);
/** `$NAME`, `${NAME}`, and `${NAME:-default}` (also `-`, `:=`, `=`) with a default that names nothing. */
const REFERENCE = /\$\{([A-Za-z_]\w*)(?:(:?[-=])([^${}`]*))?\}|\$([A-Za-z_]\w*)/g;

/** The script itself, as a script names it: `$0`, `${BASH_SOURCE[0]}`, or either resolved (`$(readlink -f "$0")`). */
const SELF = String.raw`"?(?:\$0|\$\{0\}|\$BASH_SOURCE|\$\{BASH_SOURCE(?:\[0\])?\}|\$\(\s*(?:readlink\s+-f|realpath)\s+"?(?:\$0|\$\{BASH_SOURCE(?:\[0\])?\})"?\s*\))"?`;
const DIRNAME = String.raw`\$\(\s*dirname\s+${SELF}\s*\)`;
/**
 * The script's own folder, as scripts work it out: `$(dirname "$0")`, `$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)`
 * (also with a path after it, `$(cd $(dirname $0)/.. && pwd)`), `$(realpath "$(dirname "$0")")`.
 */
const SCRIPT_FOLDER = new RegExp(
  String.raw`\$\(\s*cd\s+(?:-P\s+)?"?${DIRNAME}((?:/[\w.-]+)*)"?\s*(?:&&|;)\s*pwd(?:\s+-P)?\s*\)|\$\(\s*(?:readlink\s+-f|realpath)\s+"?${DIRNAME}"?\s*\)|${DIRNAME}`,
  "g",
);

/**
 * The script's folder as a path from the folder its commands run in, where the text is a script file's and that can
 * be told: `.` when it runs where it is, the folder itself when it runs from the repository root.
 */
export function scriptFolderFrom(at: { cwd: string; scriptFolder?: string }): string | undefined {
  if (at.scriptFolder === undefined) return undefined;
  if (at.scriptFolder === at.cwd) return ".";
  return at.cwd === "" ? at.scriptFolder : undefined;
}

/** `text` with each way of naming the script's own folder replaced by `folder` (`.` for the repository root). */
export function withScriptFolder(text: string, folder: string): string {
  if (!text.includes("dirname")) return text;
  return text.replace(SCRIPT_FOLDER, (_all, below: string | undefined) => `${folder || "."}${below ?? ""}`);
}

export class ShellVariables {
  private readonly values: Map<string, string>;

  /**
   * `initial`: what is set before the text runs (a workflow's `env:`). `scriptFolder`: the folder of the script file
   * the text is, where it names its own folder (`$(dirname "$0")`).
   */
  constructor(
    initial: Readonly<Record<string, string>> = {},
    private readonly scriptFolder?: string,
  ) {
    this.values = new Map(Object.entries(initial));
  }

  /** The variables a shell text starts with: its `env`, and its own folder where it is a script file's. */
  static forText(at: { env?: Readonly<Record<string, string>>; cwd: string; scriptFolder?: string }): ShellVariables {
    return new ShellVariables(at.env, scriptFolderFrom(at));
  }

  /** Records `NAME=value` with its value expanded; true when the command only sets variables. */
  assign(words: readonly { text: string }[]): boolean {
    const rest = DECLARERS.has(words[0]?.text ?? "") ? words.slice(1) : words;
    if (rest.length === 0 || !rest.every((w) => ASSIGNMENT.test(w.text))) return false;
    for (const w of rest) {
      const [, name, value] = ASSIGNMENT.exec(w.text)!;
      this.values.set(name!, this.expand(value!));
    }
    return true;
  }

  /**
   * `$NAME` and `${NAME}` replaced by what the text set them to, `${NAME:-default}` by its default where the text
   * set nothing; a variable the text does not set stays as written.
   */
  expand(text: string): string {
    let out = this.scriptFolder === undefined ? text : withScriptFolder(text, this.scriptFolder);
    for (let i = 0; i < MAX_EXPANSIONS && out.includes("$"); i++) {
      const next = out.replace(REFERENCE, (all, braced, op, fallback, bare) => {
        const value = this.values.get(braced ?? bare);
        if (value !== undefined && !(op?.startsWith(":") && value === "")) return value;
        return op !== undefined ? fallback : all;
      });
      if (next === out) break;
      out = next;
    }
    return out;
  }

  /** A shell word as the command receives it, where the text says: still `dynamic` only where something is unknown. */
  word<W extends { text: string; dynamic: boolean }>(w: W): W {
    if (!w.dynamic) return w;
    const text = this.expand(w.text);
    return { ...w, text, dynamic: stillDynamic(text) };
  }
}

/** Whether an expanded word still holds a value the text does not say: a variable, a substitution or a template. */
export function stillDynamic(text: string): boolean {
  return /\$|`|\{\{/.test(text);
}
