// What a `go build` names: one program of several in a folder (`go build -o bin/server ./cmd/server.go`) is built
// from that file and the packages it imports, not from the other `main` files beside it.
import { shellCommands } from "./shell-commands.js";

/** Build flags that take the next word as their value when not written `-flag=value`. */
const VALUE_FLAGS = new Set([
  "o",
  "ldflags",
  "gcflags",
  "asmflags",
  "gccgoflags",
  "tags",
  "installsuffix",
  "mod",
  "modfile",
  "p",
  "pkgdir",
  "toolexec",
  "overlay",
  "pgo",
  "buildmode",
  "compiler",
  "coverpkg",
  "covermode",
  "C",
]);

/**
 * The `.go` files each `go build` or `go install` of a RUN names, relative to the folder it runs in (`cmd/server.go`),
 * or undefined when one of them builds more than named files: a package folder, `./...`, the current folder, an import
 * path, or after a `cd` that moves where the paths are read from.
 */
export function goBuildFiles(command: string): string[] | undefined {
  const out: string[] = [];
  let builds = 0;
  for (const simple of shellCommands(command)) {
    const words = simple.map((w) => w.text);
    // `CGO_ENABLED=0 GOOS=linux go build …`: the assignments before the program.
    let at = 0;
    while (at < words.length && /^[A-Za-z_]\w*=/.test(words[at]!)) at++;
    if (words[at] === "cd") return undefined;
    if (words[at] !== "go" || (words[at + 1] !== "build" && words[at + 1] !== "install")) continue;
    builds++;
    const targets: string[] = [];
    for (let i = at + 2; i < words.length; i++) {
      const w = words[i]!;
      if (w.startsWith("-")) {
        if (!w.includes("=") && VALUE_FLAGS.has(w.replace(/^-+/, ""))) i++;
        continue;
      }
      targets.push(w);
    }
    if (targets.length === 0) return undefined;
    for (const t of targets) {
      if (!t.endsWith(".go") || t.includes("...") || t.includes("$") || t.startsWith("/")) return undefined;
      out.push(t.replace(/^(?:\.\/)+/, ""));
    }
  }
  return builds > 0 ? [...new Set(out)].sort() : undefined;
}
