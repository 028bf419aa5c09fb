// The code lexer hands its token arrays from one text to the next: nothing a text leaves behind may bind a literal of
// the next one, and a text lexed from inside a sink callback (nested) must not disturb the one around it.
import { describe, expect, it } from "vitest";
import { LEXERS } from "../../src/scan/language.js";
import type { LexSink } from "../../src/scan/lexers/sink.js";

interface Bound {
  value: string;
  key: string | undefined;
  fallbackKey: string | undefined;
}

function lex(language: keyof typeof LEXERS, text: string, during?: () => void): Bound[] {
  const out: Bound[] = [];
  const sink: LexSink = {
    literal(start, end, key, fallbackKey) {
      during?.();
      out.push({ value: text.slice(start, end), key, fallbackKey });
    },
    comment() {},
  };
  LEXERS[language](text, sink);
  return out;
}

// The second literal takes its key from the bracket opened before the first one's callback ran.
const CALLS = 'setHosts("https://a.x.io", "https://b.x.io");\nconst api = client({ url: "https://c.x.io" });\n';

describe("code lexer state between texts", () => {
  it("binds a text's first literal to nothing the previous text ended with", () => {
    // The previous text's four tokens fill the ring and end with `=` where the next text has its `:`: a fresh text's
    // bare literal is bound to nothing all the same.
    lex("javascript", "a b c =");
    expect(lex("javascript", '"https://fresh.x.io"')).toEqual([
      { value: "https://fresh.x.io", key: undefined, fallbackKey: undefined },
    ]);
  });

  it("gives the same bindings whether or not another text is lexed from inside the sink", () => {
    const alone = lex("javascript", CALLS);
    const nested = lex("javascript", CALLS, () => lex("python", 'HOSTS = ["x.io", "y.io"]\nurl = f"https://z.x.io"\n'));
    expect(nested).toEqual(alone);
    expect(alone.map((b) => b.key)).toEqual(["setHosts", "setHosts", "url"]);
  });
});
