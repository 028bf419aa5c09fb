import { describe, expect, it } from "vitest";
import { fitSections, renderSection, sectionText, shares, type Section } from "../../src/report/budget.js";

function table(rows: number, width = 10): Section {
  return {
    head: "H\n",
    blocks: [
      {
        open: "<t>\n",
        lines: Array.from({ length: rows }, (_, i) => `${String(i).padStart(width - 1, "r")}\n`),
        close: "</t>\n",
        more: (n) => `+${n}\n`,
      },
    ],
  };
}

describe("shares", () => {
  it("gives small sections all they need and splits the rest among the large ones", () => {
    expect(shares([10, 1000, 20, 5000], 1030)).toEqual([10, 500, 20, 500]);
    expect(shares([10, 20], 1000)).toEqual([10, 20]);
  });

  it("never hands out more than the budget", () => {
    const sizes = [7, 300, 301, 90, 1];
    for (const budget of [0, 5, 100, 333, 698, 699])
      expect(shares(sizes, budget).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
  });
});

describe("renderSection", () => {
  it("keeps a section that fits untouched", () => {
    const s = table(3);
    expect(renderSection(s, 1000)).toBe(sectionText(s));
  });

  it("drops lines from the end of a block and says how many", () => {
    const out = renderSection(table(100), 200);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out.startsWith("H\n<t>\n")).toBe(true);
    expect(out.endsWith("</t>\n")).toBe(true);
    const kept = out.split("\n").filter((l) => /^r+\d+$/.test(l)).length;
    expect(out).toContain(`+${100 - kept}\n`);
  });

  it("drops whole blocks after the one it cut, and says so", () => {
    const s: Section = {
      head: "",
      blocks: [1, 2, 3, 4].map((i) => ({
        open: `<${i}>\n`,
        lines: Array.from({ length: 20 }, () => "xxxxxxxxx\n"),
        close: `</${i}>\n`,
      })),
      omitted: (n) => `${n} more blocks\n`,
    };
    const out = renderSection(s, 330);
    expect(out.length).toBeLessThanOrEqual(330);
    expect(out).toContain("</1>");
    expect(out).not.toContain("<3>");
    expect(out).toMatch(/[23] more blocks\n$/);
  });

  it("leaves an atomic block out entirely rather than cut it", () => {
    const s: Section = {
      head: "",
      blocks: [{ open: "```mermaid\n", lines: ["a\n", "b\n", "c\n"], close: "```\n", atomic: true }],
      omitted: () => "too big\n",
    };
    expect(renderSection(s, 15)).toBe("too big\n");
  });
});

describe("fitSections", () => {
  it("cuts the largest section first and stays within the budget", () => {
    const small = table(2);
    const large = table(5000);
    const out = fitSections([small, large], 5000);
    expect(out[0]).toBe(sectionText(small));
    expect(out[1]!.length).toBeLessThan(sectionText(large).length);
    expect(out.join("").length).toBeLessThanOrEqual(5000);
  });
});
