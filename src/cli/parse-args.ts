// The command line -> which command, its directory and its option values, or the one-line message that says what is
// wrong with it. Pure: whether a word names an existing path is asked of the caller.
import { COMMANDS, OPTION_SPECS, optionSpec, type Command, type OptionSpec } from "./options.js";
import { closestWord } from "./suggest-word.js";

export type OptionValues = Partial<Record<string, string | string[] | true>>;

export type CommandLine =
  | { kind: "run"; command: Command; dir?: string; values: OptionValues; host?: string }
  | { kind: "help"; command?: Command }
  | { kind: "version" }
  | { kind: "error"; message: string };

type Tokens = { options: { spec: OptionSpec; value?: string }[]; positionals: string[] };

function didYouMean(suggestion: string | undefined): string {
  return suggestion ? `; did you mean ${suggestion}?` : "";
}

function unknownOption(raw: string): string {
  const name = raw.replace(/^-+/, "");
  const close = raw.startsWith("--")
    ? closestWord(
        name,
        OPTION_SPECS.map((o) => o.name),
      )
    : undefined;
  return `unknown option ${raw}${didYouMean(close && `--${close}`)}`;
}

function tokenize(argv: readonly string[]): Tokens | { error: string } {
  const tokens: Tokens = { options: [], positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      tokens.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      tokens.positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const eq = long ? arg.indexOf("=") : -1;
    const raw = eq === -1 ? arg : arg.slice(0, eq);
    const spec = long ? optionSpec(raw.slice(2)) : OPTION_SPECS.find((o) => o.short && `-${o.short}` === raw);
    if (!spec) return { error: unknownOption(raw) };
    const flag = `--${spec.name}`;
    if (!spec.value) {
      if (eq !== -1) return { error: `option ${flag} takes no value` };
      tokens.options.push({ spec });
      continue;
    }
    if (eq !== -1) {
      tokens.options.push({ spec, value: arg.slice(eq + 1) });
      continue;
    }
    const next = argv[i + 1];
    // A value that starts with a dash is far more often the next option than a value: `--format --output x`.
    if (next === undefined || (next.startsWith("-") && next !== "-"))
      return { error: `option ${flag} needs a value: ${flag} ${spec.value}` };
    tokens.options.push({ spec, value: next });
    i++;
  }
  return tokens;
}

function unknownCommand(word: string): string {
  return `unknown command "${word}"${didYouMean(closestWord(word, [...COMMANDS, "help"]))}`;
}

function isCommand(word: string | undefined): word is Command {
  return (COMMANDS as readonly string[]).includes(word ?? "");
}

/**
 * `exists`: whether a word names a path. The command may be left out (`egress-lint DIR`), so a first word that is no
 * command is a directory when it is one, or when it is no near miss of a command name.
 */
export function parseCommandLine(argv: readonly string[], exists: (path: string) => boolean): CommandLine {
  const tokens = tokenize(argv);
  if ("error" in tokens) return { kind: "error", message: tokens.error };
  const [first, ...rest] = tokens.positionals;
  const asked = (name: string) => tokens.options.some((o) => o.spec.name === name);
  if (first === "help") {
    if (rest[0] !== undefined && !isCommand(rest[0])) return { kind: "error", message: unknownCommand(rest[0]) };
    return { kind: "help", command: rest[0] as Command | undefined };
  }
  let command: Command = "check";
  let args = tokens.positionals;
  if (isCommand(first)) {
    command = first;
    args = rest;
  } else if (first !== undefined && !exists(first) && closestWord(first, [...COMMANDS, "help"])) {
    return { kind: "error", message: unknownCommand(first) };
  }
  if (asked("help")) return { kind: "help", command: isCommand(first) ? command : undefined };
  if (asked("version")) return { kind: "version" };
  // `explain HOST [DIR]`: the host comes first.
  let host: string | undefined;
  if (command === "explain") {
    host = args[0];
    if (host === undefined) return { kind: "error", message: "explain needs a HOST: egress-lint explain HOST [DIR]" };
    args = args.slice(1);
  }
  if (args.length > 1) return { kind: "error", message: `unexpected argument "${args[1]}"` };
  const values: OptionValues = {};
  for (const { spec, value } of tokens.options) {
    if (!spec.commands.includes(command)) {
      const takers = COMMANDS.filter((c) => spec.commands.includes(c));
      return {
        kind: "error",
        message: `${command} does not take --${spec.name} (${takers.join(", ")} ${takers.length === 1 ? "does" : "do"}); see egress-lint ${command} --help`,
      };
    }
    if (value === undefined) values[spec.name] = true;
    else if (spec.multiple) values[spec.name] = [...((values[spec.name] as string[] | undefined) ?? []), value];
    else values[spec.name] = value;
  }
  return { kind: "run", command, dir: args[0], values, ...(host !== undefined ? { host } : {}) };
}
