// Taskfiles (taskfile.dev): each task's `cmds` are shell run from the Taskfile's folder, or the task's `dir`.
import { dirOf, joinRepoPath } from "./paths.js";
import { type ShellTextAt, shellTextBuilds } from "./script-builds.js";
import type { ImageBuild, ProvenanceProblem } from "./types.js";
import { entries, isObj, lineAt, scalarTextLine, str, yamlDocuments } from "./yaml-docs.js";

/** Go template actions (`{{.IMAGE}}`) may hold blanks the shell lexer would split on. */
const TEMPLATE = /\{\{[^}\n]*\}\}/g;

export function taskfileBuilds(file: string, text: string, problems: ProvenanceProblem[]): ImageBuild[] {
  return taskfileCommands(file, text, problems).flatMap((c) =>
    shellTextBuilds({ ...c, text: c.text.replace(TEMPLATE, "${_}") }),
  );
}

/** Every task command, with the line it is written on and the folder it runs in. */
export function taskfileCommands(file: string, text: string, problems: ProvenanceProblem[] = []): ShellTextAt[] {
  const out: ShellTextAt[] = [];
  const textLines = text.split("\n");
  for (const doc of yamlDocuments(file, text, problems)) {
    if (!isObj(doc.value)) continue;
    for (const [name, task] of entries(doc.value.tasks)) {
      const cwd = joinRepoPath(dirOf(file), str(task.dir) ?? ".") ?? dirOf(file);
      const cmds = Array.isArray(task.cmds) ? task.cmds : task.cmd !== undefined ? [task.cmd] : [];
      cmds.forEach((c: unknown, i: number) => {
        const command = str(c) ?? (isObj(c) ? str(c.cmd) : undefined);
        if (command === undefined) return;
        const path = Array.isArray(task.cmds) ? ["tasks", name, "cmds", i] : ["tasks", name, "cmd"];
        const firstLine = scalarTextLine(textLines, lineAt(doc, isObj(c) ? [...path, "cmd"] : path));
        out.push({ file, text: command, firstLine, cwd });
      });
    }
  }
  return out;
}
