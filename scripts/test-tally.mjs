// Prints "N passed, N failed" from vitest's JSON results: the last line CI reads.
import { readFileSync } from "node:fs";

try {
  const results = JSON.parse(readFileSync(process.argv[2] ?? ".test-results.json", "utf8"));
  const failed = results.numFailedTests + (results.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(results);
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(`${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
} catch {
  console.log("0 passed, 1 failed");
}

// A suite that fails to load has no failed tests of its own; count it once, but not suites whose tests failed.
function countSuitesWithFailedTests(results) {
  return (results.testResults ?? []).filter((s) => s.status === "failed" && (s.assertionResults ?? []).some((a) => a.status === "failed")).length;
}
