// The help text: every command and option, or one command and only the options it takes.
import { COMMAND_SPECS, COMMANDS, OPTION_SPECS, type Command, type OptionSpec } from "./options.js";

const WIDTH = 118;
const HELP_COLUMN = 26;

/** Words wrapped to WIDTH, continuation lines indented to `indent`. */
function wrap(first: string, text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = first.padEnd(indent);
  let empty = true;
  for (const word of text.split(" ")) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = " ".repeat(indent);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function optionLines(options: readonly OptionSpec[], command?: Command): string[] {
  return options.flatMap((o) => {
    const help = (command && o.helpFor?.[command]) || o.help;
    const flag = `${o.short ? `-${o.short}, ` : ""}--${o.name}${o.value ? ` ${o.value}` : ""}`;
    // A flag too long for its column gets its help on the next line rather than a ragged table.
    if (flag.length + 4 > HELP_COLUMN) return [`  ${flag}`, ...wrap("", help, HELP_COLUMN)];
    return wrap(`  ${flag}`, help, HELP_COLUMN);
  });
}

export function generalUsage(): string {
  const commands = [
    ...COMMANDS.flatMap((c) => [`  ${COMMAND_SPECS[c].synopsis}`, ...wrap("", COMMAND_SPECS[c].summary, 6)]),
    "  egress-lint help [COMMAND]",
    ...wrap("", "this help, or one command's (as `egress-lint COMMAND --help`)", 6),
  ];
  return `${[
    "Usage:",
    ...commands,
    "",
    "The command may be left out: `egress-lint DIR` is `egress-lint check DIR`.",
    "",
    "Options:",
    ...optionLines(OPTION_SPECS),
  ].join("\n")}\n`;
}

export function commandUsage(command: Command): string {
  const spec = COMMAND_SPECS[command];
  const options = OPTION_SPECS.filter((o) => o.commands.includes(command));
  return `${[`Usage: ${spec.synopsis}`, ...wrap("", spec.summary, 2), "", "Options:", ...optionLines(options, command)].join("\n")}\n`;
}
