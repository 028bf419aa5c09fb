import { describe, expect, it } from "vitest";
import { COMMANDS, OPTION_SPECS } from "../../src/cli/options.js";
import { commandUsage, generalUsage } from "../../src/cli/usage.js";

const flags = (text: string) => [...text.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]);

describe("usage", () => {
  it("lists every command and every option, --version with -V", () => {
    const text = generalUsage();
    for (const c of COMMANDS) expect(text).toContain(`egress-lint ${c}${c === "explain" ? " HOST" : ""} [DIR]`);
    expect(flags(text)).toEqual(OPTION_SPECS.map((o) => `--${o.name}`));
    expect(text).toMatch(/^ {2}-V, --version +print the version$/m);
    expect(text).toMatch(/^ {2}-h, --help /m);
  });

  it.each(COMMANDS)("gives %s its own usage and only the options it takes", (command) => {
    const text = commandUsage(command);
    const host = command === "explain" ? " HOST" : "";
    expect(text.split("\n")[0]).toMatch(new RegExp(`^Usage: egress-lint ${command}${host} \\[DIR\\]`));
    expect(flags(text)).toEqual(OPTION_SPECS.filter((o) => o.commands.includes(command)).map((o) => `--${o.name}`));
  });

  it("says what routes reads --proxy and --format as, and leaves out what only check reads", () => {
    const text = commandUsage("routes");
    expect(text).toMatch(/--proxy NS\/WORKLOAD +the workload whose table to print \(required\)/);
    expect(text).toMatch(/--format FORMAT +text \| json \(default text\)/);
    expect(text).not.toContain("--fail-on");
    expect(text).not.toContain("--allowlist");
  });

  it("keeps every line within 118 columns", () => {
    for (const text of [generalUsage(), ...COMMANDS.map(commandUsage)])
      for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(118);
  });
});
