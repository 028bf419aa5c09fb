// Files a compiled build reads but does not put into its artifact: tests. Kept as data so a language is one line.
import { under } from "./paths.js";

const TEST_GLOBS: readonly string[] = [
  "**/*_test.go",
  "**/src/test/**",
  "**/*.test.{ts,tsx,js,jsx,mjs,cjs}",
  "**/*.spec.{ts,tsx,js,jsx,mjs,cjs}",
  "**/tests/**",
  "**/test/**",
  "**/__tests__/**",
];

export function testExcludes(context: string): string[] {
  return TEST_GLOBS.map((g) => under(context, g));
}
