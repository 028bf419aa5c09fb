// A Dockerfile read only for what decides which repository files an image ships: its stages, what each copies and
// from where, and whether it compiles what it copied. Everything else (ENV, USER, CMD…) is skipped.
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
  /** `RUN --mount=type=bind` sources (default the context root) of compiling RUNs: read by the build like a COPY. */
  bindMounts: { line: number; source: string }[];
  /** The program the stage's last ENTRYPOINT (else CMD) starts, as written (`nginx`, `/app/server`), if it sets one. */
  program?: string;
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

/** Commands that turn copied sources into an artifact; kept as data so a new toolchain is one line. */
const COMPILE_COMMANDS: readonly RegExp[] = [
  /\bgo\s+(?:build|install)\b/,
  /\bmvnw?\b/,
  /\bgradlew?\b/,
  /\bdotnet\s+(?:publish|build)\b/,
  /\bcargo\s+(?:build|install)\b/,
  /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b/,
  /\b(?:tsc|ng\s+build|vite\s+build|next\s+build|webpack)\b/,
];

export function compiles(command: string): boolean {
  return COMPILE_COMMANDS.some((r) => r.test(command));
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
      stages.push({ index: 0, base: "", line: ins.line, copies: [], compiles: false, bindMounts: [] });
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
      });
    } else if (stage && (ins.keyword === "COPY" || ins.keyword === "ADD")) {
      const copy = readCopy(ins);
      if (copy) stage.copies.push(copy);
    } else if (stage && (ins.keyword === "ENTRYPOINT" || (ins.keyword === "CMD" && !withEntrypoint.has(stage)))) {
      // With an ENTRYPOINT, CMD is only its arguments.
      const program = programOf(ins.args);
      if (program !== undefined) stage.program = program;
      if (ins.keyword === "ENTRYPOINT") withEntrypoint.add(stage);
    } else if (stage && ins.keyword === "RUN" && compiles(ins.args)) {
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

function readCopy(ins: Instruction): DockerCopy | undefined {
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
  return { line: ins.line, sources, ...(from ? { from } : {}), excludes, instruction: ins.keyword as "COPY" | "ADD" };
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
