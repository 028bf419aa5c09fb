// A Dockerfile read only for what decides which repository files an image ships: its stages, what each copies and
// from where, and whether it compiles what it copied. Everything else (ENV, USER, CMD…) is skipped.
import { goBuildFiles } from "./go-targets.js";
import { DOCKERFILE_LIMITS } from "./limits.js";

export interface DockerCopy {
  line: number;
  /** Source paths as written, relative to the build context (or to the `from` stage's filesystem). */
  sources: string[];
  /** `--from=`: a stage name or index, or an image. */
  from?: string;
  /** `--exclude=` patterns (BuildKit labs syntax), relative to the context. */
  excludes: string[];
  instruction: "COPY" | "ADD";
  /** Where it copies to, resolved against the stage's WORKDIR (`/src/`). */
  dest?: string;
}

export interface DockerStage {
  index: number;
  name?: string;
  /** The base image (or stage name), with global ARG defaults substituted. */
  base: string;
  line: number;
  copies: DockerCopy[];
  /** A RUN in this stage builds what was copied (go build, mvn, cargo build…): tests are not shipped. */
  compiles: boolean;
  /**
   * The file extensions the stage's builds compile from, where every build in it is of a toolchain whose artifact
   * holds nothing else (`go build`: `.go`); absent where one may also package what it was given (Maven resources,
   * `dotnet publish` settings, a web bundle).
   */
  compiledFrom?: readonly string[];
  /** `RUN --mount=type=bind` sources (default the context root) of compiling RUNs: read by the build like a COPY. */
  bindMounts: { line: number; source: string }[];
  /** The program the stage's last ENTRYPOINT (else CMD) starts, as written (`nginx`, `/app/server`), if it sets one. */
  program?: string;
  /** The WORKDIR so far, resolved (`/`) when the stage sets none. */
  workdir: string;
  /**
   * The `.go` files its `go build`s name (`cmd/server.go`), relative to `goWorkdir`, where every build names files:
   * the other `main` files in their folders are other programs. Absent where a build takes a package or the module.
   */
  goFiles?: readonly string[];
  goWorkdir?: string;
}

export interface ParsedDockerfile {
  stages: DockerStage[];
  problems: { line: number; message: string }[];
}

interface Instruction {
  line: number;
  keyword: string;
  args: string;
}

/**
 * Commands that turn copied sources into an artifact, and the extensions of the only files that artifact is made of,
 * where that is all it holds (a Go binary embeds nothing it is not told to with `//go:embed`, which is not followed);
 * kept as data so a new toolchain is one line.
 */
const GO_BUILD = /\bgo\s+(?:build|install)\b/;
const COMPILE_COMMANDS: readonly { command: RegExp; from?: readonly string[] }[] = [
  { command: GO_BUILD, from: [".go"] },
  { command: /\bmvnw?\b/ },
  { command: /\bgradlew?\b/ },
  { command: /\bdotnet\s+(?:publish|build)\b/ },
  { command: /\bcargo\s+(?:build|install)\b/, from: [".rs"] },
  { command: /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b/ },
  { command: /\b(?:tsc|ng\s+build|vite\s+build|next\s+build|webpack)\b/ },
];

export function compiles(command: string): boolean {
  return COMPILE_COMMANDS.some((c) => c.command.test(command));
}

/** What the stage's builds compile from, with one more RUN: the extensions every build so far agrees on, else none. */
function compiledFrom(stage: DockerStage, command: string): readonly string[] | undefined {
  const builds = COMPILE_COMMANDS.filter((c) => c.command.test(command));
  if (builds.some((c) => c.from === undefined)) return undefined;
  const from = [...new Set(builds.flatMap((c) => c.from ?? []))];
  if (stage.compiles) return stage.compiledFrom && [...new Set([...stage.compiledFrom, ...from])];
  return from;
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const problems: ParsedDockerfile["problems"] = [];
  if (text.length > DOCKERFILE_LIMITS.maxChars) {
    problems.push({
      line: 1,
      message: `Dockerfile longer than ${DOCKERFILE_LIMITS.maxChars} characters: read in part`,
    });
  }
  const instructions = readInstructions(text.slice(0, DOCKERFILE_LIMITS.maxChars), problems);
  const globalArgs = new Map<string, string>();
  const stages: DockerStage[] = [];
  const withEntrypoint = new Set<DockerStage>();
  for (const ins of instructions) {
    if (stages.length === 0 && ins.keyword !== "ARG" && ins.keyword !== "FROM") {
      // Docker refuses such a file, but what it copies still says which code the image was meant to hold.
      problems.push({ line: ins.line, message: `${ins.keyword} before any FROM: read as if a stage started here` });
      stages.push({ index: 0, base: "", line: ins.line, copies: [], compiles: false, bindMounts: [], workdir: "/" });
    }
    const stage = stages[stages.length - 1];
    if (ins.keyword === "ARG" && !stage) {
      const m = /^([A-Za-z_]\w*)=(\S*)/.exec(ins.args);
      if (m) globalArgs.set(m[1]!, m[2]!.replace(/^["']|["']$/g, ""));
    } else if (ins.keyword === "FROM") {
      if (stages.length >= DOCKERFILE_LIMITS.maxStages) break;
      const words = ins.args.split(/\s+/).filter((w) => !w.startsWith("--"));
      const base = (words[0] ?? "").replace(/\$\{?([A-Za-z_]\w*)\}?/g, (all, n: string) => globalArgs.get(n) ?? all);
      const name = words[1]?.toUpperCase() === "AS" ? words[2]?.toLowerCase() : undefined;
      stages.push({
        index: stages.length,
        ...(name ? { name } : {}),
        base,
        line: ins.line,
        copies: [],
        compiles: false,
        bindMounts: [],
        workdir: "/",
      });
    } else if (stage && ins.keyword === "WORKDIR") {
      stage.workdir = resolveIn(stage.workdir, shellWords(ins.args)[0] ?? ".");
    } else if (stage && (ins.keyword === "COPY" || ins.keyword === "ADD")) {
      const copy = readCopy(ins, stage.workdir);
      if (copy) stage.copies.push(copy);
    } else if (stage && (ins.keyword === "ENTRYPOINT" || (ins.keyword === "CMD" && !withEntrypoint.has(stage)))) {
      // With an ENTRYPOINT, CMD is only its arguments.
      const program = programOf(ins.args);
      if (program !== undefined) stage.program = program;
      if (ins.keyword === "ENTRYPOINT") withEntrypoint.add(stage);
    } else if (stage && ins.keyword === "RUN" && compiles(ins.args)) {
      const from = compiledFrom(stage, ins.args);
      if (from) stage.compiledFrom = from;
      else delete stage.compiledFrom;
      noteGoFiles(stage, ins.args);
      stage.compiles = true;
      for (const m of ins.args.matchAll(/--mount=(\S+)/g)) {
        const opts = new Map(m[1]!.split(",").map((kv) => [kv.split("=")[0]!, kv.split("=")[1] ?? ""] as const));
        if ((opts.get("type") ?? "bind") !== "bind" || opts.has("from")) continue;
        stage.bindMounts.push({ line: ins.line, source: opts.get("source") ?? opts.get("src") ?? "." });
      }
    }
  }
  return { stages, problems };
}

/** The first word of an exec-form (`["nginx", "-g", …]`) or shell-form (`nginx -g …`) command. */
function programOf(args: string): string | undefined {
  const body = args.trim();
  if (body.startsWith("[")) {
    const m = /^\[\s*"([^"]+)"/.exec(body);
    return m?.[1];
  }
  return body.split(/\s+/)[0] || undefined;
}

/** Records the files a `go build` names; a second build elsewhere, or one of a package, leaves none recorded. */
function noteGoFiles(stage: DockerStage, command: string): void {
  if (!GO_BUILD.test(command)) return;
  const files = goBuildFiles(command);
  const known = !stage.compiles || (stage.goFiles !== undefined && stage.goWorkdir === stage.workdir);
  if (files && known) {
    stage.goFiles = [...new Set([...(stage.goFiles ?? []), ...files])].sort();
    stage.goWorkdir = stage.workdir;
  } else {
    delete stage.goFiles;
    delete stage.goWorkdir;
  }
}

/** A path as a container sees it from `dir`: `./src` in `/app` is `/app/src/`; always ends with `/`. */
function resolveIn(dir: string, path: string): string {
  const parts = (path.startsWith("/") ? path : `${dir}/${path}`).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return `/${out.join("/")}${out.length ? "/" : ""}`;
}

function readCopy(ins: Instruction, workdir: string): DockerCopy | undefined {
  let rest = ins.args;
  let from: string | undefined;
  const excludes: string[] = [];
  for (let m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest); m; m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest)) {
    if (m[1] === "from" && m[2]) from = m[2].toLowerCase();
    if (m[1] === "exclude" && m[2]) excludes.push(m[2]);
    rest = rest.slice(m[0].length);
  }
  const words = rest.startsWith("[") ? jsonWords(rest) : shellWords(rest);
  // The last word is the destination; a heredoc (`COPY <<EOF /x`) brings nothing from the repository.
  const sources = words.slice(0, -1).filter((w) => !w.startsWith("<<"));
  if (sources.length === 0) return undefined;
  const dest = resolveIn(workdir, words[words.length - 1]!);
  return {
    line: ins.line,
    sources,
    ...(from ? { from } : {}),
    excludes,
    instruction: ins.keyword as "COPY" | "ADD",
    dest,
  };
}

function jsonWords(s: string): string[] {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return shellWords(s.replace(/^\[|\]$/g, "").replace(/[",]/g, " "));
  }
}

function shellWords(s: string): string[] {
  return (s.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, ""));
}

/**
 * Joins continuation lines into instructions, drops comments and parser directives, and keeps heredoc bodies with
 * the instruction that opened them so their lines are never read as instructions.
 */
function readInstructions(text: string, problems: ParsedDockerfile["problems"]): Instruction[] {
  const lines = text.split(/\r?\n/);
  const escapeChar = /^#\s*escape\s*=\s*`/im.test(lines.slice(0, 5).join("\n")) ? "`" : "\\";
  const out: Instruction[] = [];
  let i = 0;
  while (i < lines.length && out.length < DOCKERFILE_LIMITS.maxInstructions) {
    const startLine = i + 1;
    const parts: string[] = [];
    let length = 0;
    let current = lines[i]!;
    i++;
    if (/^\s*(#|$)/.test(current)) continue;
    for (;;) {
      const trimmed = current.trimEnd();
      const continued = trimmed.endsWith(escapeChar);
      const part = continued ? trimmed.slice(0, -1) : current;
      parts.push(parts.length === 0 ? part : part.trim());
      length += part.length + 1;
      if (!continued || i >= lines.length) break;
      if (length > DOCKERFILE_LIMITS.maxInstructionChars) {
        // Its remaining lines are still this instruction's, not instructions of their own.
        while (i < lines.length && lines[i]!.trimEnd().endsWith(escapeChar)) i++;
        i++;
        break;
      }
      current = lines[i]!;
      i++;
      // A comment line inside a continued instruction is dropped, and the instruction goes on.
      while (/^\s*#/.test(current) && i < lines.length) current = lines[i++]!;
    }
    const raw = parts.join(" ");
    for (const m of raw.matchAll(/<<-?\s*["']?([A-Za-z_]\w*)["']?/g)) {
      while (i < lines.length && lines[i]!.trim() !== m[1]) i++;
      i++;
    }
    if (raw.length > DOCKERFILE_LIMITS.maxInstructionChars) {
      problems.push({ line: startLine, message: "instruction too long to read" });
      continue;
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(raw);
    if (m) out.push({ line: startLine, keyword: m[1]!.toUpperCase(), args: m[2]!.trim() });
  }
  return out;
}
