import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/parse-args.js";

const existing = new Set(["gitops", "chek"]);
const parse = (...argv: string[]) => parseCommandLine(argv, (p) => existing.has(p));
const error = (...argv: string[]) => {
  const parsed = parse(...argv);
  return parsed.kind === "error" ? parsed.message : `not an error: ${JSON.stringify(parsed)}`;
};

describe("commands", () => {
  it("runs check on . when nothing names a command or a directory", () => {
    expect(parse()).toEqual({ kind: "run", command: "check", dir: undefined, values: {} });
  });

  it("takes a first word that is no command as check's DIR", () => {
    expect(parse("gitops", "--format", "json")).toEqual({
      kind: "run",
      command: "check",
      dir: "gitops",
      values: { format: "json" },
    });
    expect(parse("other-repo")).toMatchObject({ kind: "run", command: "check", dir: "other-repo" });
  });

  it("keeps a directory that happens to look like a typo of a command", () => {
    expect(parse("chek")).toMatchObject({ kind: "run", command: "check", dir: "chek" });
  });

  it("names an unknown command that is no path, and suggests the command it is close to", () => {
    expect(error("chekc")).toBe('unknown command "chekc"; did you mean check?');
    expect(error("route", "gitops")).toBe('unknown command "route"; did you mean routes?');
    expect(error("help", "sugest")).toBe('unknown command "sugest"; did you mean suggest?');
  });

  it("refuses a second directory", () => {
    expect(error("check", "gitops", "more")).toBe('unexpected argument "more"');
  });
});

describe("options", () => {
  it("reads values given apart or after =, repeats --proxy and takes switches", () => {
    expect(parse("routes", "gitops", "--proxy=a/b", "--clusters", "--output", "-")).toEqual({
      kind: "run",
      command: "routes",
      dir: "gitops",
      values: { proxy: ["a/b"], clusters: true, output: "-" },
    });
    expect(parse("--proxy", "a/b", "--proxy", "c/d", "--format=")).toMatchObject({
      values: { proxy: ["a/b", "c/d"], format: "" },
    });
  });

  it("takes what follows -- as arguments", () => {
    expect(parse("--", "--odd-dir")).toMatchObject({ kind: "run", dir: "--odd-dir" });
  });

  it("suggests the option a mistyped one is close to", () => {
    expect(error("--alowlist", "x")).toBe("unknown option --alowlist; did you mean --allowlist?");
    expect(error("check", "--fail_on", "never")).toBe("unknown option --fail_on; did you mean --fail-on?");
    expect(error("--frobnicate")).toBe("unknown option --frobnicate");
    expect(error("-x")).toBe("unknown option -x");
  });

  it("says when a value is missing, or given to a switch", () => {
    expect(error("--format")).toBe("option --format needs a value: --format FORMAT");
    expect(error("--output", "--format", "json")).toBe("option --output needs a value: --output FILE");
    expect(error("routes", "--clusters=yes")).toBe("option --clusters takes no value");
  });

  it("refuses an option the command does not read, and says which commands do", () => {
    expect(error("check", "--write", "x.yaml")).toBe(
      "check does not take --write (suggest does); see egress-lint check --help",
    );
    expect(error("routes", "--fail-on", "never")).toBe(
      "routes does not take --fail-on (check does); see egress-lint routes --help",
    );
    expect(error("baseline", "--proxy", "a/b")).toBe(
      "baseline does not take --proxy (check, routes do); see egress-lint baseline --help",
    );
  });
});

describe("help and version", () => {
  it("answers --help, -h and help COMMAND for one command, and for all without one", () => {
    expect(parse("routes", "--help")).toEqual({ kind: "help", command: "routes" });
    expect(parse("routes", "-h", "--fail-on", "x")).toEqual({ kind: "help", command: "routes" });
    expect(parse("help", "check")).toEqual({ kind: "help", command: "check" });
    expect(parse("help")).toEqual({ kind: "help", command: undefined });
    expect(parse("gitops", "--help")).toEqual({ kind: "help", command: undefined });
  });

  it("answers --version and -V", () => {
    expect(parse("--version")).toEqual({ kind: "version" });
    expect(parse("check", "-V")).toEqual({ kind: "version" });
  });
});
