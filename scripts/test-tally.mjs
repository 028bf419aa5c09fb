// Prints "N passed, N failed" from vitest's JSON results: the last line CI reads.
import { readFileSync } from "node:fs";

try {
  const results = JSON.parse(readFileSync(process.argv[2] ?? ".test-results.json", "utf8"));
  const failed = results.numFailedTests + filesThatFailedToRun(results);
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(`${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
} catch {
  console.log("0 passed, 1 failed");
}

// A test file that fails to load or run has no failed tests of its own: count each such file once. (The summary's
// numFailedTestSuites counts describe blocks as well, so it cannot be used for this.)
function filesThatFailedToRun(results) {
  return (results.testResults ?? []).filter(
    (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
  ).length;
}
