// Shell text -> pipelines of simple commands, each with its words, its line and the heredoc it reads. Install scripts
// need what the provenance reader drops: which commands a pipe joins (`kubectl get | sed | kubectl replace`) and the
// heredoc that feeds `istioctl install -f -`. Pure; the text is never run.

export interface ShellWord {
  /** The word with quotes and escapes removed. */
  text: string;
  line: number;
  /** It holds a parameter expansion or command substitution, whose value the text does not say. */
  dynamic: boolean;
}

export interface ShellCommand {
  words: ShellWord[];
  /** Line of the command's first word. */
  line: number;
  /** The body of a `<<EOF` on this command, and the line of its first body line. */
  heredoc?: { text: string; line: number };
}

/** Commands joined by `|`, in order; `;`, `&&`, `||`, `&` and newlines end a pipeline. */
export type Pipeline = ShellCommand[];

/** Beyond these, a file is generated or hostile: what was read so far stands. */
const MAX_WORDS = 200_000;
const MAX_SUBSTITUTION = 10_000;

export function readPipelines(text: string, firstLine = 1): Pipeline[] {
  const pipelines: Pipeline[] = [];
  let pipeline: Pipeline = [];
  let command: ShellCommand = { words: [], line: firstLine };
  let word: ShellWord | undefined;
  let line = firstLine;
  let skipNext = false;
  let total = 0;
  const pending: { delimiter: string; stripTabs: boolean; command: ShellCommand }[] = [];
  const n = text.length;
  let i = 0;

  const append = (s: string, dynamic = false) => {
    word ??= { text: "", line, dynamic: false };
    word.text += s;
    if (dynamic) word.dynamic = true;
  };
  const endWord = () => {
    if (!word) return;
    if (skipNext) skipNext = false;
    else if (total++ < MAX_WORDS) {
      if (command.words.length === 0) command.line = word.line;
      command.words.push(word);
    }
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    if (command.words.length > 0 || command.heredoc) pipeline.push(command);
    command = { words: [], line };
  };
  const endPipeline = () => {
    endCommand();
    if (pipeline.length > 0) pipelines.push(pipeline);
    pipeline = [];
  };

  while (i < n) {
    const c = text[i]!;
    if (c === "\\") {
      if (text[i + 1] === "\n") line++;
      else if (text[i + 1] !== undefined) append(text[i + 1]!);
      i += 2;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? n : close;
      append(text.slice(i + 1, end));
      line += countNewlines(text, i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      const start = i + 1;
      i = readDoubleQuoted(text, start, (s, dynamic) => append(s, dynamic));
      line += countNewlines(text, start, i);
    } else if (c === "$" || c === "`") {
      const end = substitutionEnd(text, i);
      line += countNewlines(text, i, end);
      append(text.slice(i, end), end - i > 1 || c === "`");
      i = end;
    } else if (c === "#" && !word) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? n : nl;
    } else if (c === "\n") {
      endPipeline();
      line++;
      i++;
      while (pending.length > 0 && i < n) {
        const p = pending.shift()!;
        const body = readHeredoc(text, i, p.delimiter, p.stripTabs);
        p.command.heredoc = { text: body.text, line };
        line += body.lines;
        i = body.end;
      }
      command.line = line;
    } else if (c === " " || c === "\t" || c === "\r") {
      endWord();
      i++;
    } else if (c === "|") {
      const twice = text[i + 1] === "|";
      twice ? endPipeline() : endCommand();
      i += twice || text[i + 1] === "&" ? 2 : 1;
    } else if (c === ";" || c === "&" || c === "(" || c === ")") {
      if (c === "&" && text[i + 1] === ">") i++;
      else {
        endPipeline();
        i += c === "&" && text[i + 1] === "&" ? 2 : 1;
      }
    } else if (c === "<" && text[i + 1] === "<" && text[i + 2] !== "<") {
      endWord();
      const m = /^<<(-?)[ \t]*(['"]?)([A-Za-z_][\w.-]*)\2/.exec(text.slice(i, i + 100));
      if (m) pending.push({ delimiter: m[3]!, stripTabs: m[1] === "-", command });
      i += m ? m[0].length : 2;
    } else if (c === "<" || c === ">") {
      // A redirection's target is no argument; a descriptor number before it (`2>`) is none either.
      if (word && /^\d+$/.test(word.text)) word = undefined;
      endWord();
      while (text[i] === "<" || text[i] === ">" || text[i] === "&") i++;
      if (/^\d|^-/.test(text[i] ?? "")) {
        while (/[\d-]/.test(text[i] ?? "")) i++;
      } else skipNext = true;
    } else {
      append(c);
      i++;
    }
  }
  endPipeline();
  return pipelines;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf("\n", from); k !== -1 && k < to; k = text.indexOf("\n", k + 1)) count++;
  return count;
}

/** From after the opening quote; returns the index after the closing one. */
function readDoubleQuoted(text: string, i: number, out: (s: string, dynamic?: boolean) => void): number {
  let chunk = "";
  while (i < text.length && text[i] !== '"') {
    const c = text[i]!;
    if (c === "\\" && /["\\$`\n]/.test(text[i + 1] ?? "")) {
      if (text[i + 1] !== "\n") chunk += text[i + 1];
      i += 2;
    } else if (c === "$" || c === "`") {
      const end = substitutionEnd(text, i);
      out(chunk);
      chunk = "";
      out(text.slice(i, end), end - i > 1 || c === "`");
      i = end;
    } else {
      chunk += c;
      i++;
    }
  }
  out(chunk);
  return i + 1;
}

/** `$NAME`, `${...}`, `$(...)`, `$((...))` or a backtick substitution starting at `i`: where it ends. */
function substitutionEnd(text: string, i: number): number {
  if (text[i] === "`") {
    const close = text.indexOf("`", i + 1);
    return close === -1 ? text.length : close + 1;
  }
  const next = text[i + 1];
  if (next === "(" || next === "{") {
    const open = next;
    const close = open === "(" ? ")" : "}";
    let depth = 0;
    // Bounded, so that a text of unclosed `$(` costs linear time; an unclosed one ends with its line.
    const limit = Math.min(text.length, i + MAX_SUBSTITUTION);
    for (let k = i + 1; k < limit; k++) {
      if (text[k] === open) depth++;
      else if (text[k] === close && --depth === 0) return k + 1;
    }
    const nl = text.indexOf("\n", i);
    return nl === -1 ? text.length : nl;
  }
  const m = /^[A-Za-z_]\w*|^[0-9@*#?$!-]/.exec(text.slice(i + 1, i + 101));
  return i + 1 + (m ? m[0].length : 0);
}

function readHeredoc(
  text: string,
  start: number,
  delimiter: string,
  stripTabs: boolean,
): { text: string; lines: number; end: number } {
  const body: string[] = [];
  let i = start;
  while (i < text.length) {
    const nl = text.indexOf("\n", i);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(i, end).replace(/\r$/, "");
    const lineText = stripTabs ? raw.replace(/^\t+/, "") : raw;
    i = end + 1;
    if (lineText.trim() === delimiter)
      return { text: body.join("\n"), lines: body.length + 1, end: Math.min(i, text.length) };
    body.push(lineText);
  }
  return { text: body.join("\n"), lines: body.length, end: text.length };
}
