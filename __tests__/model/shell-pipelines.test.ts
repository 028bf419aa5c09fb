import { describe, expect, it } from "vitest";
import { readPipelines } from "../../src/provenance/shell-pipelines.js";

const words = (text: string) => readPipelines(text).map((p) => p.map((c) => c.words.map((w) => w.text)));

describe("shell text as pipelines", () => {
  it("joins continuation lines and keeps each word's line", () => {
    const cmd = readPipelines("a \\\n  --set 'x=y z' \\\n  \"q$HOME\"\n")[0]![0]!;
    expect(cmd.words).toEqual([
      { text: "a", line: 1, dynamic: false },
      { text: "--set", line: 2, dynamic: false },
      { text: "x=y z", line: 2, dynamic: false },
      { text: "q$HOME", line: 3, dynamic: true },
    ]);
  });

  it("splits on operators, keeps pipes together, and drops comments and redirection targets", () => {
    expect(words("a 1 | b 2 > out.txt 2>&1 && c # note\nd; e &")).toEqual([
      [
        ["a", "1"],
        ["b", "2"],
      ],
      [["c"]],
      [["d"]],
      [["e"]],
    ]);
  });

  it("gives a command its heredoc body and the body's first line", () => {
    const pipelines = readPipelines("x\nkubectl apply -f - <<-'EOF'\n\tkind: A\n\tEOF\necho done\n");
    expect(pipelines[1]![0]!.heredoc).toEqual({ text: "kind: A", line: 3 });
    expect(pipelines[2]![0]!.line).toBe(5);
  });
});
