// A tool's error output -> one line fit for a finding: no log prefixes (they hold clocks), no absolute paths.

const KLOG_PREFIX = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [^\]]+\] /;
const MAX = 300;
// Kustomize's errors for the wrapper kustomizations repeat the built folder before the cause, once per level.
const WRAPPER_PREFIX =
  /^accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': recursed accumulation of path '[^']*': /;

/** `hide` lists absolute directories (the repository, temporary copies) whose names must not reach the report. */
export function oneLineError(stderr: string, hide: readonly string[]): string {
  let text = stderr;
  const block = /err=<\n([\s\S]*?)\n\s*>/.exec(text);
  const quoted = /err="((?:[^"\\]|\\.)*)"/.exec(text);
  if (block) text = block[1]!;
  else if (quoted) text = quoted[1]!.replace(/\\"/g, '"').replace(/\\n/g, " ").replace(/\\t/g, " ");
  else {
    const lines = text
      .split("\n")
      .map((l) => l.replace(KLOG_PREFIX, "").trim())
      .filter(Boolean);
    text = lines.find((l) => /^Error:/.test(l)) ?? lines[lines.length - 1] ?? "";
    text = text.replace(/^Error:\s*/, "");
  }
  text = text.replace(/\s+/g, " ").trim();
  while (WRAPPER_PREFIX.test(text)) text = text.replace(WRAPPER_PREFIX, "");
  for (const dir of [...hide].sort((a, b) => b.length - a.length))
    text = text.split(`${dir}/`).join("").split(dir).join(".");
  // A missing file is the most common cause, and Kustomize buries it under three contexts.
  const missing = /lstat (\S+): no such file or directory/.exec(text);
  if (missing) text = `${missing[1]}: no such file or directory`;
  // The cause is at the end of Kustomize's chain of contexts.
  if (text.length > MAX) text = `${text.slice(0, 100)} … ${text.slice(-(MAX - 103))}`;
  return text || "no error output";
}
