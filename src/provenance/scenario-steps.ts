// Interactive tutorial steps (Katacoda's and Killercoda's scenario format) -> the shell they run. A step is Markdown
// whose runnable commands are code followed by `{{execute}}` or `{{exec}}`: clicking one runs it in the scenario's
// terminal, so it is as much part of setting the cluster up as a script is (`istioctl install --set
// meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY`{{execute}}). Code marked `{{copy}}` or not marked is only
// shown, and is not read.

/** The marker after the closing backticks or fence: `{{execute}}`, `{{exec}}`, with options (`{{execute T2}}`). */
const EXECUTE = /^\{\{exec(?:ute)?(?:\s[^}]*)?\}\}/;

/** A code span (any run of backticks, closed by the same run) immediately followed by the marker. */
const EXECUTED_SPAN = /(`+)([^`](?:.*?[^`])?)\1(?=\{\{exec(?:ute)?(?:\s[^}]*)?\}\})/g;

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
    for (const m of lines[i]!.matchAll(EXECUTED_SPAN))
      out.push({ text: withoutPrompt(m[2]!.trim()), firstLine: i + 1 });
  }
  return out;
}

function withoutPrompt(line: string): string {
  return line.replace(/^\s*\$\s+/, "");
}
