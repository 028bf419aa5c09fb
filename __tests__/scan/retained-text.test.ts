// What a file's scan keeps must not keep the file's text: the thread that builds the model keeps every result of
// the scan until the report is written, and a name cut from a text (a host, an import, an environment variable)
// would otherwise hold that whole text in memory (src/scan/detached.ts).
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { readRepositoryFile } from "../../src/scan/collect.js";
import { detached } from "../../src/scan/detached.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const FILES = 40;
const MB = 1 << 20;

/** A file's text as reading it gives one: one flat string, not the pieces a test would build it from. */
const asRead = (text: string) => Buffer.from(text, "utf8").toString("utf8");

const SOURCES: Record<string, (i: number) => string> = {
  "app.py": (i) => `from pydantic_settings import BaseSettings
import httpx_client_number_${i}.transport
from .handlers_number_${i} import route
subprocess.run(["./scripts/entrypoint_number_${i}.sh"])
PAYMENT_GATEWAY_URL_NUMBER_${i} = "https://payments-${i}.stripe-gateway.io/v1"
`,
  "server.ts": (i) => `import express from "express-framework-number-${i}";
import { handler } from "./routes/handler-number-${i}";
const submissionEndpointNumber${i} = process.env.SUBMISSION_ENDPOINT_NUMBER_${i};
fetch("https://api-${i}.payments-gateway.io/v2/charges");
`,
};

function retainedMb(path: string, source: (i: number) => string): number {
  const kept: unknown[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < FILES; i++) {
    const head = source(i);
    // Padding of comment lines, to make each text large next to what its scan keeps.
    const text = asRead(`${head}${`# padding\n`.repeat(MB / 10)}`);
    const read = readRepositoryFile({ path, text });
    expect(read.references.length).toBeGreaterThan(0);
    expect(read.imports?.specifiers.length).toBeGreaterThan(0);
    expect(read.environment).toBeDefined();
    kept.push(read);
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / MB;
  expect(kept).toHaveLength(FILES);
  return grown;
}

describe("a file's scan results", () => {
  // Kept texts would be FILES MB; the results themselves are a few KB each.
  for (const [path, source] of Object.entries(SOURCES))
    it(`keep none of the ${path} texts they were read from`, () => {
      expect(retainedMb(path, source)).toBeLessThan(FILES / 4);
    });
});

describe("detached", () => {
  it("has the same characters", () => {
    const text = asRead(`prefix api.payments-gateway.io ünïcødé 𝔘 suffix ${"x".repeat(100)}`);
    for (const [start, end] of [
      [0, 0],
      [7, 30],
      [31, 50],
      [0, text.length],
    ] as const)
      expect(detached(text.slice(start, end))).toBe(text.slice(start, end));
  });
});
