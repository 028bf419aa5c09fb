// One shell command's words, read the way its tool reads them: the tool's name, its flags, `--set` pairs.
import type { ShellCommand, ShellWord } from "../provenance/shell-pipelines.js";

/** Words that run the command after them: `sudo istioctl install`, `env X=1 helm upgrade`. */
const WRAPPERS = new Set(["sudo", "env", "exec", "command", "time", "nohup"]);

/** The command without what runs it (`sudo`, `VAR=x` assignments, Make's `@`/`-`/`+` prefixes); empty when the tool is a variable. */
export function commandWords(cmd: ShellCommand): ShellWord[] {
  const words = cmd.words.map((w, i) => (i === 0 ? { ...w, text: w.text.replace(/^[@+-]+/, "") } : w));
  let k = 0;
  while (k < words.length && (WRAPPERS.has(words[k]!.text) || /^[A-Za-z_]\w*=/.test(words[k]!.text))) k++;
  const rest = words.slice(k);
  return rest[0] && !isLiteral(rest[0]) ? [] : rest;
}

/** `istioctl`, `./bin/istioctl`, `$HOME/bin/istioctl` -> `istioctl`. */
export function toolOf(words: readonly ShellWord[]): string | undefined {
  const first = words[0]?.text;
  return first === undefined ? undefined : first.slice(first.lastIndexOf("/") + 1);
}

/** A word whose text is what the tool receives: no variable, substitution or template left in it. */
export function isLiteral(w: ShellWord): boolean {
  return !w.dynamic && !/\$\{|\{\{/.test(w.text);
}

/** The flags of `helm install|upgrade|template` that take a value: what `readFlags` must skip, or may want. */
export const HELM_VALUE_FLAGS: ReadonlySet<string> = new Set(
  (
    "-n --namespace -f --values --set --set-string --set-file --set-json --set-literal --version --repo " +
    "--kube-context --kubeconfig --timeout --description --post-renderer --username --password --ca-file " +
    "--cert-file --key-file --keyring --output-dir --api-versions --kube-version --name-template"
  ).split(" "),
);

export interface FlagValue {
  flag: string;
  value: ShellWord;
}

/**
 * The values of `wanted` flags (`--set x=y`, `--set=x=y`, `-f FILE`) and the positional words, skipping the values of
 * the other flags that take one (`takesValue`).
 */
export function readFlags(
  args: readonly ShellWord[],
  wanted: ReadonlySet<string>,
  takesValue: ReadonlySet<string>,
): { values: FlagValue[]; positional: ShellWord[] } {
  const values: FlagValue[] = [];
  const positional: ShellWord[] = [];
  for (let k = 0; k < args.length; k++) {
    const w = args[k]!;
    if (!w.text.startsWith("-") || w.text === "-") {
      positional.push(w);
      continue;
    }
    const eq = w.text.indexOf("=");
    const flag = eq === -1 ? w.text : w.text.slice(0, eq);
    if (!wanted.has(flag)) {
      if (eq === -1 && takesValue.has(flag)) k++;
      continue;
    }
    const value = eq !== -1 ? { ...w, text: w.text.slice(eq + 1) } : args[++k];
    if (value) values.push({ flag, value });
  }
  return { values, positional };
}

/** `a.b=x,c.d=y` -> [["a.b", "x"], ["c.d", "y"]]; Helm and istioctl split on unescaped commas. */
export function setPairs(text: string): [string, string][] {
  return text
    .split(/(?<!\\),/)
    .map((pair) => pair.replace(/\\,/g, ","))
    .flatMap((pair): [string, string][] => {
      const eq = pair.indexOf("=");
      return eq > 0 ? [[pair.slice(0, eq), pair.slice(eq + 1)]] : [];
    });
}
