// What a later command receives where a script sets a variable to a value it writes out.
import { describe, expect, it } from "vitest";
import { ShellVariables, stillDynamic, withScriptFolder } from "../../src/provenance/shell-variables.js";

const words = (line: string) => line.split(" ").map((text) => ({ text }));

describe("ShellVariables", () => {
  it("expands what the text set, in order, with defaults where it set nothing", () => {
    const vars = new ShellVariables({ REGISTRY: "ghcr.io/acme" });
    expect(vars.assign(words("NS=shop"))).toBe(true);
    expect(vars.assign(words("export IMAGE=$REGISTRY/api TAG=${VERSION:-1.2}"))).toBe(true);
    expect(vars.expand("$NS ${IMAGE}:${TAG}")).toBe("shop ghcr.io/acme/api:1.2");
    expect(vars.assign(words("NS=batch"))).toBe(true);
    expect(vars.expand("${NS:-shop}")).toBe("batch");
    // `:-` takes the default for an empty value too; `-` only for an unset one.
    vars.assign(words("EMPTY="));
    expect(vars.expand("${EMPTY:-x}|${EMPTY-x}")).toBe("x|");
  });

  it("leaves what it does not know as written, and says so", () => {
    const vars = new ShellVariables();
    expect(vars.assign(words("kubectl label ns shop a=b"))).toBe(false);
    vars.assign(words("NS=$(kubectl get ns -o name)"));
    for (const text of ["$UNSET", "${UNSET}", "$NS"]) expect(stillDynamic(vars.expand(text))).toBe(true);
    expect(stillDynamic(vars.expand("${UNSET:-shop}"))).toBe(false);
  });

  it("gives a word as the command receives it, dynamic only where something is still unknown", () => {
    const vars = new ShellVariables({ NS: "shop" });
    expect(vars.word({ text: "$NS", line: 3, dynamic: true })).toEqual({ text: "shop", line: 3, dynamic: false });
    expect(vars.word({ text: "$NS-$ENV", line: 3, dynamic: true })).toEqual({
      text: "shop-$ENV",
      line: 3,
      dynamic: true,
    });
    // A word with nothing to expand is handed back as it is.
    const literal = { text: "$NS", line: 1, dynamic: false };
    expect(vars.word(literal)).toBe(literal);
  });

  it("knows the ways a script names its own folder, and only those", () => {
    for (const [text, folder] of <[string, string][]>[
      ['$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )', "deploy"],
      ['$(dirname "$0")', "deploy"],
      ["$(cd $(dirname $0)/.. && pwd)", "deploy/.."],
      ['$(dirname "$(readlink -f "$0")")', "deploy"],
      ['$(realpath "$(dirname "$0")")', "deploy"],
      ['$(cd -P "$(dirname "$BASH_SOURCE")"; pwd)', "deploy"],
    ])
      expect(withScriptFolder(text, "deploy")).toBe(folder);
    expect(withScriptFolder("$(dirname $CONFIG)", "deploy")).toBe("$(dirname $CONFIG)");
    const vars = new ShellVariables({}, ".");
    // One word, as the shell reader gives it.
    vars.assign([{ text: "DEMO_HOME=$(cd $(dirname $0)/.. && pwd)" }]);
    expect(vars.expand("$DEMO_HOME/kube/app.yaml")).toBe("./../kube/app.yaml");
  });
});
