// Golden files: rendered output compared byte for byte with a committed file. `UPDATE_GOLDEN=1` rewrites them;
// CI never sets it, so a change in output is a reviewed change to a file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

export function expectGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`golden file ${file} is missing; run UPDATE_GOLDEN=1 npx vitest run to create it`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
