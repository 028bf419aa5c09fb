// Reading the baseline file named by `--baseline` (or the `baseline` input); a bad one is a configuration error.
import { readFile } from "node:fs/promises";
import { SettingsError } from "../settings.js";
import { loadBaseline } from "./load.js";
import type { Baseline } from "./types.js";
import { formatConfigError } from "../manifests/schema-errors.js";

export async function readBaselineFile(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT")
      throw new SettingsError(
        `baseline ${file}: no such file (write one with \`egress-lint baseline DIR --output ${file}\`)`,
      );
    throw err;
  }
  const loaded = loadBaseline({ path: file, text });
  if ("error" in loaded) {
    throw new SettingsError(formatConfigError(loaded.error));
  }
  return loaded.baseline;
}

/** An earlier baseline at the path being written, whose reasons are to be kept; none when there is no file yet. */
export async function readPreviousBaseline(file: string): Promise<Baseline | undefined> {
  try {
    await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  return readBaselineFile(file);
}
