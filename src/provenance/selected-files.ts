// Which of several implementations a container runs when its arguments choose one. A program often ships a folder
// of alternatives (`provider/google.go`, `provider/slack.go`, `provider/spotify.go`) and a table that picks one by
// name from the command line (`oauth-bridge slack`, `app --provider=github`); two deployments of one image then run
// different code. A host in `google.go` is no egress of the instance started with `slack`. The choice is read from
// the manifest's command and arguments only: a word that names exactly one of the folder's files. Files every
// alternative uses (the interface, helpers) and the program's own folder are never alternatives
// (src/knowledge/selected-files.json).
import knowledge from "../knowledge/selected-files.json" with { type: "json" };
import type { HostReference } from "../scan/types.js";
import { baseName, dirOf } from "./paths.js";
import { containerKey, withNotRun } from "./not-run.js";
import { placementsCarrying } from "./shipping-index.js";
import type { CodePlacement, Provenance } from "./types.js";

export interface ContainerCommand {
  command: string[];
  args: string[];
}

const SHARED = new Set(knowledge.shared);
const ENTRY = new Set(knowledge.entry);
/** A word an argument can choose by: a bare name, as files are named (`slack`, `serve`, `open-ai`). */
const WORD = /^[a-z][a-z0-9_-]*$/;
const TEST_STEM = /(?:^test_|_test$|\.test$|\.spec$|_spec$)/;

/** The words a container's command line passes its program: arguments and option values (`--provider=github`). */
export function choiceWords(c: ContainerCommand): Set<string> {
  const out = new Set<string>();
  // With no `command`, `args` go to the image's entrypoint whole; with one, its first word is the program.
  for (const token of [...c.command.slice(1), ...c.args]) {
    const value = (token.startsWith("-") ? token.slice(token.indexOf("=") + 1) : token).toLowerCase();
    if (WORD.test(value)) out.add(value);
  }
  return out;
}

function split(file: string): { dir: string; stem: string; ext: string } {
  const name = baseName(file);
  const dot = name.lastIndexOf(".");
  return {
    dir: dirOf(file),
    stem: (dot > 0 ? name.slice(0, dot) : name).toLowerCase(),
    ext: dot > 0 ? name.slice(dot) : "",
  };
}

/** The stems of a folder's files of one language, by folder and extension; undefined for a program's own folder. */
function alternativesIndex(files: readonly string[]): (dir: string, ext: string) => ReadonlySet<string> | undefined {
  const byFolder = new Map<string, Set<string>>();
  const entries = new Set<string>();
  for (const f of files) {
    const { dir, stem, ext } = split(f);
    if (!ext || TEST_STEM.test(stem)) continue;
    const key = `${dir}\0${ext}`;
    if (ENTRY.has(stem)) entries.add(key);
    const stems = byFolder.get(key);
    if (stems) stems.add(stem);
    else byFolder.set(key, new Set([stem]));
  }
  return (dir, ext) => {
    const key = `${dir}\0${ext}`;
    return entries.has(key) ? undefined : byFolder.get(key);
  };
}

/** The one alternative the words choose among `stems`, if they choose exactly one. */
function chosenAmong(words: ReadonlySet<string>, stems: ReadonlySet<string>): string | undefined {
  const chosen = new Set<string>();
  for (const w of words) {
    for (const form of [w, w.replace(/-/g, "_")]) if (stems.has(form) && !SHARED.has(form)) chosen.add(form);
  }
  return chosen.size === 1 ? [...chosen][0] : undefined;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The references with the containers whose arguments choose another file of the folder added to `notRunBy`; when
 * no container that carries the file chooses it, it is nobody's egress (unread).
 */
export function withSelectedFiles(
  refs: readonly HostReference[],
  provenance: Provenance,
  files: readonly string[],
  commands: ReadonlyMap<string, ContainerCommand>,
): HostReference[] {
  const words = new Map<string, Set<string>>();
  for (const [key, c] of commands) {
    const w = choiceWords(c);
    if (w.size > 0) words.set(key, w);
  }
  // Most containers pass their program no word that could choose a file: then none is chosen, for any file.
  if (words.size === 0) return [...refs];
  const alternatives = alternativesIndex(files);
  const wordsOf = (key: string) => words.get(key) ?? NO_WORDS;
  return withNotRun(refs, (file) => {
    const { dir, stem, ext } = split(file);
    const stems = SHARED.has(stem) || TEST_STEM.test(stem) ? undefined : alternatives(dir, ext);
    if (!stems?.has(stem)) return undefined;
    const carrying = placementsCarrying(provenance, file);
    const notRun: CodePlacement[] = [];
    const chosen = new Set<string>();
    for (const p of carrying) {
      const pick = chosenAmong(wordsOf(containerKey(p)), stems);
      if (pick === undefined || pick === stem) continue;
      notRun.push(p);
      chosen.add(`${dir ? `${dir}/` : ""}${pick}${ext}`);
    }
    if (notRun.length === 0) return undefined;
    const workloads = [...new Set(notRun.map((p) => `${p.namespace}/${p.workload}`))].sort();
    return {
      notRunBy: [...new Set(notRun.map(containerKey))].sort(),
      all: notRun.length === carrying.length,
      why: `the arguments of ${workloads.join(", ")} choose ${[...chosen].sort().join(", ")} among the files beside it`,
    };
  });
}
