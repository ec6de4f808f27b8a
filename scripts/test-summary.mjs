// Reads the vitest and Playwright JSON reports and prints one closing line: `total: N passed, N failed`.
// Exits 1 when nothing ran or anything failed (a missing report counts as a failure).
import { readFileSync } from 'node:fs';

const read = (f) => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    return null;
  }
};
const v = read('reports/vitest.json');
const p = read('reports/playwright.json');
const unit = v
  ? {
      passed: v.numPassedTests,
      failed: v.numFailedTests + (v.success === false && v.numFailedTests === 0 ? 1 : 0),
      skipped: v.numPendingTests + v.numTodoTests,
    }
  : { passed: 0, failed: 1, skipped: 0 };
const e2e = p
  ? { passed: p.stats.expected + p.stats.flaky, failed: p.stats.unexpected + (p.errors?.length ? 1 : 0), skipped: p.stats.skipped }
  : { passed: 0, failed: 1, skipped: 0 };
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`total: ${passed} passed, ${failed} failed, ${unit.skipped + e2e.skipped} skipped`);
if (passed === 0 || failed > 0) process.exitCode = 1;
