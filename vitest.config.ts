import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    testTimeout: 60_000,
    pool: "forks",
    // The JSON results let .ci/run print its one-line tally whatever the console reporter shows.
    reporters: ["default", ["json", { outputFile: ".test-results.json" }]],
  },
});
