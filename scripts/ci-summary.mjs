// Prints the line CI reads: `N passed, N failed`, from vitest's JSON report. A failed non-test step
// (build, lint, size, ...) counts as a failure too, so a red step can never hide behind green tests.
import { existsSync, readFileSync } from 'node:fs';

const [file, failedStepsArg = '0', names = ''] = process.argv.slice(2);
const failedSteps = Number(failedStepsArg);
let passed = 0;
let failed = 0;
let skipped = 0;
if (file && existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  // A file that failed to load has no failed test of its own; count it once. (numFailedTestSuites also
  // counts every describe block around a failed test, which would count one failure several times.)
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) failed += 1;
  }
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else {
  console.log('no test report was written');
  failed += 1;
}
if (failedSteps > 0) console.log(`failed steps: ${names}`);
console.log(`${passed} passed, ${failed + failedSteps} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed + failedSteps > 0 || passed === 0 ? 1 : 0);
