import { describe, expect, it } from "vitest";
import { plainLine } from "../../src/report/plain.js";

/** What the runner would take as a workflow command (see actions/runner's ActionCommand). */
const isCommand = (line: string) => line.trimStart().startsWith("::") || line.includes("##[");

describe("plain text for a terminal or a workflow log", () => {
  it("keeps ordinary text as it is", () => {
    expect(plainLine("  error  EGR020  unregistered-host  café/ñandú.py:3  api.example.com:443 is called")).toBe(
      "  error  EGR020  unregistered-host  café/ñandú.py:3  api.example.com:443 is called",
    );
    expect(plainLine("a::b ## [x]")).toBe("a::b ## [x]");
  });

  it("makes one line, without terminal escapes or bidi overrides", () => {
    expect(plainLine("a\nb\r\nc\u2028d")).toBe("a b c d");
    expect(plainLine("red\u001b[31m!\u202eevil")).toBe("red[31m!evil");
  });

  it("leaves nothing the runner would read as a command", () => {
    for (const s of [
      "::error::forged",
      "  ::add-mask::x",
      "x\n::set-output name=a::b",
      "file ##[error]forged.py",
      "##[stop-commands]t",
    ]) {
      const out = plainLine(s);
      expect(out.split("\n")).toHaveLength(1);
      expect(isCommand(out), out).toBe(false);
    }
  });
});
