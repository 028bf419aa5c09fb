// Text for a terminal or a workflow log. Repository strings (hosts, file names, workload names) may hold line
// breaks, terminal escapes and bidi overrides; and the runner reads any stdout or stderr line that starts with `::`,
// or holds `##[` anywhere, as a workflow command. A zero-width space after the first character breaks each.

const BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line with nothing a terminal or the runner would act on. */
export function plainLine(s: string): string {
  return s
    .replace(BREAKS, " ")
    .replace(INVISIBLE, "")
    .replace(/##\[/g, "#\u200b#[")
    .replace(/^(\s*):(?=:)/, "$1:\u200b");
}
