// The commands and options the CLI takes: one table that the parser, the usage text and the checks all read.

export const COMMANDS = ["check", "routes", "suggest", "baseline", "explain"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CommandSpec {
  synopsis: string;
  summary: string;
}

export const COMMAND_SPECS: Record<Command, CommandSpec> = {
  check: {
    synopsis: "egress-lint check [DIR] [options]",
    summary: "lint DIR (default .); exit 0 clean, 1 findings at --fail-on, 2 bad usage, 3 internal error",
  },
  routes: {
    synopsis: "egress-lint routes [DIR] --proxy NS/WORKLOAD [options]",
    summary: "one proxy's simulated `istioctl proxy-config route` (or cluster) table; with a base, its diff",
  },
  suggest: {
    synopsis: "egress-lint suggest [DIR] [options]",
    summary: "the ServiceEntries (and exportTo or Sidecar changes) that make the calls reachable",
  },
  baseline: {
    synopsis: "egress-lint baseline [DIR] [options]",
    summary: "record today's findings as accepted, for --baseline",
  },
  explain: {
    synopsis: "egress-lint explain HOST [DIR] [options]",
    summary: "every reference to HOST: its class and why, the workloads it was placed in and how, the verdict for each",
  },
};

export interface OptionSpec {
  name: string;
  /** The value's placeholder; absent for a switch. */
  value?: string;
  help: string;
  /** Where one command reads it differently, that command's help says so instead. */
  helpFor?: Partial<Record<Command, string>>;
  /** The commands it means something to; another command refuses it. */
  commands: readonly Command[];
  multiple?: boolean;
  short?: string;
}

const ALL = COMMANDS;
const LINTING: readonly Command[] = ["check", "suggest", "baseline", "explain"];

export const OPTION_SPECS: readonly OptionSpec[] = [
  {
    name: "allowlist",
    value: "FILE",
    help: "allowlist file, relative to DIR (default egress-allowlist.yaml)",
    commands: LINTING,
  },
  {
    name: "manifests",
    value: "GLOBS",
    help: "manifest globs, comma-separated (default **/*.yaml,**/*.yml,**/*.json)",
    commands: ALL,
  },
  { name: "sources", value: "GLOBS", help: "source globs (default **/*)", commands: LINTING },
  { name: "exclude", value: "GLOBS", help: "globs to skip", commands: ALL },
  {
    name: "proxy",
    value: "NS/WORKLOAD",
    help: "route tables for this workload (repeatable)",
    helpFor: { routes: "the workload whose table to print (required)" },
    commands: ["check", "routes"],
    multiple: true,
  },
  {
    name: "clusters",
    help: "the `istioctl proxy-config cluster` table instead of the route table",
    commands: ["routes"],
  },
  {
    name: "base-ref",
    value: "GIT_REF",
    help: "the base commit to diff route and cluster tables against (fetched from origin if missing)",
    commands: ["check", "routes"],
  },
  {
    name: "base-dir",
    value: "DIR",
    help: "a checkout of the base to diff route and cluster tables against",
    commands: ["check", "routes"],
  },
  {
    name: "istio-version",
    value: "X.Y",
    help: "the Istio version to simulate (default: 1.30, the newest stable release modelled)",
    commands: ["check", "routes"],
  },
  {
    name: "mesh-config",
    value: "FILE",
    help: "a MeshConfig YAML that overrides what the repository says",
    commands: ALL,
  },
  {
    name: "format",
    value: "FORMAT",
    help: "text | json | markdown | sarif (default text)",
    helpFor: { routes: "text | json (default text)", suggest: "text | json (default text)" },
    commands: ["check", "routes", "suggest"],
  },
  {
    name: "output",
    value: "FILE",
    help: "write the report there instead of stdout (its folder must exist)",
    commands: ALL,
  },
  { name: "fail-on", value: "LEVEL", help: "error | warning | never (default error)", commands: ["check"] },
  {
    name: "gate",
    value: "new|all",
    help: "with a base, new (the default) fails only on findings the change introduces",
    commands: ["check"],
  },
  {
    name: "baseline",
    value: "FILE",
    help: "a file written by `egress-lint baseline`: its findings are reported as accepted, never fail",
    helpFor: { baseline: "an earlier baseline to carry reasons over from, when the file at --output holds none" },
    commands: ["check", "baseline"],
  },
  {
    name: "namespace",
    value: "NS",
    help: "the namespace for suggested ServiceEntries (default: the callers')",
    commands: ["check", "suggest"],
  },
  {
    name: "write",
    value: "FILE",
    help: "write the ServiceEntries to FILE as one multi-document YAML file (its folder must exist)",
    commands: ["suggest"],
  },
  { name: "max-file-size", value: "BYTES", help: "skip larger files with a finding (default 5 MB)", commands: ALL },
  {
    name: "default-namespace",
    value: "NS",
    help: "namespace of resources that name none (default default)",
    commands: ALL,
  },
  {
    name: "render",
    value: "auto|none",
    help: "auto (default): render Kustomize trees and Helm charts as deployed; none: read files as written",
    commands: ALL,
  },
  {
    name: "scan",
    value: "all|changed",
    help: "changed: with --base-ref, scan only the source files the change touched (manifests, the model and the route tables stay complete); all (default): every source file",
    commands: ["check"],
  },
  {
    name: "unplaced",
    value: "report|any-workload",
    help: "report (default): hosts in code no workload is known to run are listed, never judged; any-workload: judge them for every workload",
    commands: LINTING,
  },
  {
    name: "jobs",
    value: "N|auto",
    help: "threads that read and scan source files, and render builds run at a time (default auto: up to 4; 1: one at a time, no threads)",
    commands: LINTING,
  },
  {
    name: "timings",
    help: "print how long each stage took (listing, reading and scanning, rendering, the model and route tables) to stderr",
    commands: ["check"],
  },
  {
    name: "cache-dir",
    value: "DIR|off",
    help: "where renders are kept between runs, by the content of what they read (default: egress-lint/ under $XDG_CACHE_HOME or ~/.cache); off: build every tree",
    commands: ALL,
  },
  { name: "help", short: "h", help: "this help; `egress-lint COMMAND --help` for one command's", commands: ALL },
  { name: "version", short: "V", help: "print the version", commands: ALL },
];

export function optionSpec(name: string): OptionSpec | undefined {
  return OPTION_SPECS.find((o) => o.name === name);
}
