// Every table entry, exercised both ways: built as its documentation shows (the default hosts, on the constructor's
// line) and with its endpoint replaced (the replacement, never the default).
import { describe, expect, it } from "vitest";
import { detectSdkUsage, SDK_TABLE } from "../../../src/scan/sdk/index.js";
import { locate } from "../helpers.js";
import { CSHARP_MORE, DOCUMENTED, OVERRIDDEN, type SdkCase } from "./cases.js";

const ids = SDK_TABLE.sdks.map((e) => e.id);

function found(id: string, c: SdkCase) {
  const { references, unresolved } = detectSdkUsage({ path: c.path, text: c.text });
  const { line, column } = locate(c.text, c.at);
  const mine = references.filter((r) => r.sdk === id);
  return { mine, unresolved, line, column, hosts: mine.map((r) => r.host).sort() };
}

describe("every SDK in the table", () => {
  it("has a documented case and an override case", () => {
    expect(Object.keys(DOCUMENTED).sort()).toEqual([...ids].sort());
    expect(Object.keys(OVERRIDDEN).sort()).toEqual([...ids].sort());
  });

  it.each(ids)("%s: built as documented, it calls its default hosts", (id) => {
    const c = DOCUMENTED[id]!;
    const { mine, unresolved, line, column, hosts } = found(id, c);
    expect(hosts).toEqual(c.hosts);
    expect(unresolved).toEqual([]);
    for (const r of mine) {
      expect([r.line, r.column, r.constructorLine]).toEqual([line, column, line]);
      expect(r.importLine).toBeLessThanOrEqual(r.line);
      expect(r.reason).toContain(`${id}: `);
    }
  });

  it.each(ids)("%s: with its endpoint replaced, it calls the replacement only", (id) => {
    const c = OVERRIDDEN[id];
    if (c === null || c === undefined) {
      expect(SDK_TABLE.sdks.find((e) => e.id === id)?.overrides.options).toEqual([]);
      return;
    }
    const { mine, line, hosts } = found(id, c);
    expect(hosts).toEqual(c.hosts);
    for (const r of mine) {
      expect(r.line).toBe(line);
      expect(r.overridden?.by).toBe(c.by);
      expect(r.reason).toContain(`set by`);
    }
  });
});

describe("C# clients", () => {
  it.each(Object.keys(CSHARP_MORE))("%s", (name) => {
    const c = CSHARP_MORE[name]!;
    const { hosts, unresolved, line } = found(c.sdk, c);
    expect(hosts).toEqual(c.hosts);
    if (c.unresolved) expect(unresolved.map((u) => [u.sdk, u.line])).toEqual([[c.sdk, line]]);
    else expect(unresolved).toEqual([]);
  });
});
