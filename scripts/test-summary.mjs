// Reads the vitest and Playwright JSON reports and prints one closing line: `total: N passed, N failed`.
// Above it, every failed (and flaky) test by file and title with the first line of its error, so the tail of a
// CI log says what broke. Exits 1 when nothing ran or anything failed (a missing report counts as a failure).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const read = (f) => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    return null;
  }
};
const firstLine = (text) =>
  String(text ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0)
    ?.slice(0, 300) ?? '';

const v = read('reports/vitest.json');
const p = read('reports/playwright.json');
const problems = [];
for (const file of v?.testResults ?? []) {
  const name = relative(process.cwd(), file.name);
  const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
  for (const a of failed) problems.push(`FAILED unit ${name} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
  if (failed.length === 0 && file.status === 'failed') problems.push(`FAILED unit ${name}: ${firstLine(file.message)}`);
}
const specsOf = (suite) => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];
for (const spec of (p?.suites ?? []).flatMap(specsOf)) {
  for (const t of spec.tests ?? []) {
    if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
    const error = (t.results ?? []).map((r) => r.error?.message).find(Boolean);
    const word = t.status === 'flaky' ? 'FLAKY (passed on retry)' : 'FAILED';
    problems.push(`${word} e2e [${t.projectName}] ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error)}`);
  }
}
for (const e of p?.errors ?? []) problems.push(`FAILED e2e (outside a test): ${firstLine(e.message)}`);
for (const line of problems) console.log(line);

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
console.log(`e2e: ${e2e.passed} passed (${p?.stats.flaky ?? 0} only on retry), ${e2e.failed} failed, ${e2e.skipped} skipped`);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`total: ${passed} passed, ${failed} failed, ${unit.skipped + e2e.skipped} skipped`);
if (passed === 0 || failed > 0) process.exitCode = 1;
