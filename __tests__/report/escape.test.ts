import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  codeCell,
  fencedBlock,
  htmlText,
  mdCode,
  mdText,
  oneLine,
  tableCell,
  urlPath,
} from "../../src/report/escape.js";

/** Whether GFM's table parser would end a cell inside `s`: a pipe not taken by a backslash escape pair. */
function splitsCell(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1]!)) i++;
    else if (s[i] === "|") return true;
  }
  return false;
}

/** Roughly the text GitHub's mention and reference filters see: backslash escapes and entities resolved. */
function rendered(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&#8203;/g, "\u200b")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const MENTION = /@[A-Za-z0-9]/;
const ISSUE_REF = /#[0-9]/;

describe("mdText", () => {
  it("turns HTML into text", () => {
    const out = mdText('<img src=x onerror="alert(1)"><script>x</script>');
    expect(out).not.toMatch(/</);
    expect(out).toContain("&lt;img");
  });

  it("breaks @-mentions, issue references and autolinks with a zero-width space", () => {
    const out = mdText("ping @octocat about owner/repo#12, see https://evil.example and www.evil.example");
    expect(rendered(out)).not.toMatch(MENTION);
    expect(rendered(out)).not.toMatch(ISSUE_REF);
    expect(rendered(out)).not.toContain("://");
    expect(rendered(out)).not.toMatch(/www\./);
    expect(out).toContain("@&#8203;octocat");
  });

  it("escapes emphasis, links, code and math", () => {
    expect(mdText("[click](http://x) *b* _i_ `c` $m$ ~s~")).toBe(
      "\\[click\\](http:&#8203;//x) \\*b\\* \\_i\\_ \\`c\\` \\$m\\$ \\~s\\~",
    );
  });

  it("keeps everything on one line and leaves no comment opener", () => {
    const out = mdText("a\nb\r\nc\u2028d<!-- egress-lint:comment id=. head=abc1234 -->");
    expect(out).not.toMatch(/[\n\r\u2028]/);
    expect(out).not.toContain("<!--");
  });

  it("holds for any input: no tag, newline, mention, reference or cell split", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), fc.string({ unit: "binary" }), (a, b) => {
        const out = tableCell(mdText(a + b));
        expect(out).not.toMatch(/[<\n\r]/);
        expect(rendered(out)).not.toMatch(MENTION);
        expect(rendered(out)).not.toMatch(ISSUE_REF);
        expect(splitsCell(out)).toBe(false);
      }),
    );
  });
});

describe("mdCode", () => {
  it("chooses a fence longer than any backtick run inside", () => {
    expect(mdCode("a`b")).toBe("``a`b``");
    expect(mdCode("``x")).toBe("``` ``x ```");
    expect(mdCode("")).toBe("");
  });

  it("shows the text verbatim, on one line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", minLength: 1 }), (s) => {
        const out = mdCode(s);
        const fence = /^`+/.exec(out)![0];
        expect(out.endsWith(fence)).toBe(true);
        const inner = out.slice(fence.length, out.length - fence.length);
        const padded =
          inner.length >= 2 && inner.startsWith(" ") && inner.endsWith(" ") && inner !== oneLine(s)
            ? inner.slice(1, -1)
            : inner;
        expect(padded).toBe(oneLine(s));
        expect(inner).not.toContain(fence);
        expect(out).not.toMatch(/[\n\r]/);
      }),
    );
  });
});

describe("table cells", () => {
  it("escapes pipes so a row keeps its columns", () => {
    expect(tableCell(mdText("a|b"))).toBe("a\\|b");
    expect(splitsCell(codeCell("file|name.py:3"))).toBe(false);
    expect(splitsCell(codeCell("back\\|slash"))).toBe(false);
    expect(codeCell("services/curl/client.py:7")).toBe("`services/curl/client.py:7`");
  });
});

describe("fencedBlock", () => {
  it("cannot be closed by a line inside", () => {
    const block = fencedBlock("diff", ["+ a", "```", "````x"]);
    expect(block.open).toBe("`````diff\n");
    expect(block.close).toBe("`````\n");
    expect(block.lines).toEqual(["+ a\n", "```\n", "````x\n"]);
  });

  it("keeps each line one line", () => {
    expect(fencedBlock("", ["a\nb"]).lines).toEqual(["a b\n"]);
  });
});

describe("htmlText and urlPath", () => {
  it("escapes HTML and breaks mentions inside a <summary>", () => {
    const out = htmlText(`<b>"x"</b> & @team`);
    expect(out).toBe("&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; @&#8203;team");
  });

  it("cannot end a markdown link or add a query", () => {
    expect(urlPath("dir (1)/a b?c#d.py")).toBe("dir%20%281%29/a%20b%3Fc%23d.py");
  });
});
