import { describe, expect, it } from "vitest";
import { hclLiteralAt } from "../../src/model/hcl-literal.js";

describe("Terraform object literals", () => {
  it("reads strings, numbers, booleans, lists and nested objects, with where each key starts", () => {
    const code = '{ a = "x\\"y", "b-c": 2, d = [true, null, { e = -1.5 }]\n  f = { g = "h" } }';
    const { value, keyOffsets } = hclLiteralAt(code, 0);
    expect(value).toEqual({ a: 'x"y', "b-c": 2, d: [true, null, { e: -1.5 }], f: { g: "h" } });
    expect(keyOffsets.get("/f/g")).toBe(code.indexOf("g ="));
  });

  it("leaves out what Terraform works out, key and all, and reads on after it", () => {
    const code = '{\n  a = var.x\n  b = "${local.y}"\n  c = lookup(var.m, "k", "d")\n  d = [var.z]\n  e = "kept"\n}';
    expect(hclLiteralAt(code, 0).value).toEqual({ e: "kept" });
  });

  it("skips a literal nested deeper than any a person writes, without exhausting the stack", () => {
    const deep = `{ a = ${"{ b = ".repeat(50_000)}1${" }".repeat(50_000)}, c = "kept" }`;
    const value = hclLiteralAt(deep, 0).value as { a: unknown; c: string };
    expect(value.c).toBe("kept");
    expect(JSON.stringify(value.a)).not.toContain("1");
  });

  it("ends on text that is no literal, unclosed or stray", () => {
    for (const code of ["{ a = ", "{ ) ] = = }", '{ a = "open', "[ ) , }"])
      expect(() => hclLiteralAt(code, 0)).not.toThrow();
  });
});
