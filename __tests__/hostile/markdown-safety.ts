// What GitHub would make of a rendered comment or summary: the places where text from the repository could have
// turned into HTML, a mention, a broken table or an early end of a code block. Returns the problems found, so a
// test can show what went wrong; an empty list means the markdown is inert.

/** The only HTML the renderers write themselves. */
const OWN_TAGS = new Set(["<details>", "<details open>", "</details>", "<summary>", "</summary>", "<sub>", "</sub>"]);
/** What a mermaid node line may look like: an id and a quoted label of plain characters. */
const MERMAID_NODE = /^ {2}[ch]\d+(?:\["[A-Za-z0-9 ._:/*-]*"\]|\(\["[A-Za-z0-9 ._:/*-]*"\]\))$/;
const MERMAID_OTHER =
  /^(?:flowchart LR| {2}[ch]\d+ (?:-->|-->\|blocked\||-\.->\|would be blocked\|) h\d+| {2}linkStyle [\d,]+ [a-z:#0-9,-]+| {2}classDef blocked [a-z:#0-9,-]+| {2}class [h\d,]+ blocked)$/;

export interface MarkdownProblem {
  line: number;
  problem: string;
  text: string;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/** The text a browser shows for `s`: character references decoded (GitHub's mention and link filters see this). */
function decoded(s: string): string {
  return s.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot));/g, (_m, dec, hex, name) =>
    name ? NAMED[name]! : String.fromCodePoint(Math.min(Number.parseInt(dec ?? hex, dec ? 10 : 16), 0x10ffff)),
  );
}

/**
 * A markdown line as GitHub reads it: `markup` is where tags would be recognised (escaped characters and code spans
 * blanked out), `text` what is shown outside code (escaped characters kept as the characters they stand for).
 * Link destinations are neither: they are attributes.
 */
function inlineOf(line: string): { markup: string; text: string } {
  let markup = "";
  let text = "";
  for (let i = 0; i < line.length; ) {
    const c = line[i]!;
    if (c === "\\" && i + 1 < line.length && /[!-/:-@[-`{-~]/.test(line[i + 1]!)) {
      markup += " ";
      text += line[i + 1];
      i += 2;
      continue;
    }
    if (c === "`") {
      let run = 1;
      while (line[i + run] === "`") run++;
      const fence = "`".repeat(run);
      // A closing run of exactly the same length ends the span; without one the backticks are literal.
      let close = line.indexOf(fence, i + run);
      while (close >= 0 && (line[close + run] === "`" || line[close - 1] === "`"))
        close = line.indexOf(fence, close + 1);
      if (close >= 0) {
        markup += " ";
        text += " ";
        i = close + run;
        continue;
      }
      markup += fence;
      text += fence;
      i += run;
      continue;
    }
    markup += c;
    text += c;
    i++;
  }
  const noLinks = (s: string) => s.replace(/\]\([^()\s]*\)/g, "] ");
  return { markup: noLinks(markup), text: noLinks(text) };
}

/** An HTML block line (`<details><summary>…`): no markdown inside, tags are tags, text is what lies between them. */
function htmlOf(line: string): { markup: string; text: string } {
  return { markup: line, text: line.replace(/<[^>]*>/g, " ") };
}

function unescapedPipes(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === "|") n++;
  }
  return n;
}

function fenceRun(line: string): number {
  const m = /^(`{3,})/.exec(line);
  return m ? m[1]!.length : 0;
}

export function markdownProblems(markdown: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const lines = markdown.split("\n");
  const report = (i: number, problem: string) => problems.push({ line: i + 1, problem, text: lines[i]!.slice(0, 200) });
  if (markdown.includes("<!--"))
    report(
      markdown.slice(0, markdown.indexOf("<!--")).split("\n").length - 1,
      "an HTML comment could fake or hide the marker",
    );
  let fence = 0;
  let fenceInfo = "";
  let tablePipes = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(line))
      report(i, "a control or bidi character");
    if (fence > 0) {
      const run = fenceRun(line);
      if (run >= fence && line.trim() === "`".repeat(run)) {
        fence = 0;
        if (lines[i + 1] !== "" || lines[i + 2] !== "</details>")
          report(i, "a code block ends before its closing fence");
        continue;
      }
      if (fenceInfo === "mermaid" && !MERMAID_NODE.test(line) && !MERMAID_OTHER.test(line))
        report(i, "a mermaid line that is not a quoted node or an edge");
      continue;
    }
    const run = fenceRun(line);
    if (run > 0) {
      fence = run;
      fenceInfo = line.slice(run);
      tablePipes = -1;
      continue;
    }
    if (line.startsWith("|")) {
      const pipes = unescapedPipes(line);
      if (tablePipes < 0) tablePipes = pipes;
      else if (pipes !== tablePipes) report(i, `a table row with ${pipes} cell separators instead of ${tablePipes}`);
    } else tablePipes = -1;
    const { markup, text } = /^<details/.test(line) ? htmlOf(line) : inlineOf(line);
    for (const tag of markup.match(/<[A-Za-z/!?][^>]*>?/g) ?? [])
      if (!OWN_TAGS.has(tag)) report(i, `raw HTML ${tag.slice(0, 40)}`);
    const shown = decoded(text);
    if (/@[A-Za-z0-9]/.test(shown)) report(i, "an @mention or e-mail address GitHub would link");
    if (/(^|\W)#[0-9]/.test(shown)) report(i, "an issue reference GitHub would link");
    if (/[a-z][a-z0-9+.-]*:\/\/|\bwww\./i.test(shown)) report(i, "a bare URL GitHub would autolink");
  }
  if (fence > 0) problems.push({ line: lines.length, problem: "a code block is never closed", text: "" });
  return problems;
}
