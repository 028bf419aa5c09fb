// Interactive tutorial steps (Katacoda's and Killercoda's scenario format) -> the shell they run. A step is Markdown
// whose runnable commands are code followed by `{{execute}}` or `{{exec}}`: clicking one runs it in the scenario's
// terminal, so it is as much part of setting the cluster up as a script is (`istioctl install --set
// meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY`{{execute}}). Code marked `{{copy}}` or not marked is only
// shown, and is not read.

/** The marker after the closing backticks or fence: `{{execute}}`, `{{exec}}`, with options (`{{execute T2}}`). */
const EXECUTE = /^\{\{exec(?:ute)?(?:\s[^}]*)?\}\}/;

export interface StepSnippet {
  text: string;
  /** 1-based line of the snippet's first line in the step file. */
  firstLine: number;
}

/** The commands a scenario step runs, each with the line it starts on, prompts (`$ `) taken off. */
export function executedSnippets(text: string): StepSnippet[] {
  if (!text.includes("{{exec")) return [];
  const lines = text.split(/\r?\n/);
  const out: StepSnippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})/.exec(lines[i]!);
    if (open) {
      const fence = open[1]!;
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) body.push(lines[j++]!);
      const after = (lines[j] ?? "").trimStart().replace(/^[`~]+/, "");
      if (EXECUTE.test(after)) out.push({ text: body.map(withoutPrompt).join("\n"), firstLine: i + 2 });
      i = j;
      continue;
    }
    for (const span of executedSpans(lines[i]!)) out.push({ text: withoutPrompt(span.trim()), firstLine: i + 1 });
  }
  return out;
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
