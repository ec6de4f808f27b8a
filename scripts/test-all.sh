#!/usr/bin/env bash
# npm test: typecheck, lint, format (Prettier), vitest (unit + component), build, Playwright e2e on the web
# host in Debian's Chromium. Runs every step even after a failure, then prints `total: N passed, N failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The stack needs Node >= 22 (better-sqlite3 13, vitest 5, jsdom 31); fetch it from npm when older.
source .ci/node22.sh
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: installing Debian's chromium for the e2e tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi

step() { printf '\n=== %s (%ss)\n' "$1" "$SECONDS"; }
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

# tsc and ESLint each use one core: on a 2-core machine they run side by side, Prettier after them; each log is printed whole.
step "typecheck and lint (side by side), then format (Prettier)"
npm run --silent typecheck > reports/typecheck.log 2>&1 &
typecheck_pid=$!
npm run --silent lint > reports/lint.log 2>&1 &
lint_pid=$!
typecheck_rc=0; wait "$typecheck_pid" || typecheck_rc=$?
lint_rc=0; wait "$lint_pid" || lint_rc=$?
echo "--- typecheck (rc=$typecheck_rc)"; cat reports/typecheck.log
echo "--- lint (rc=$lint_rc)"; cat reports/lint.log
format_rc=0; npx prettier --check . || format_rc=$?

step "unit + component tests (vitest)"
unit_rc=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || unit_rc=$?

step "build"
build_rc=0; npx electron-vite build > reports/build.log 2>&1 || { build_rc=$?; cat reports/build.log; }

step "e2e (Playwright on the web host, Debian's Chromium)"
e2e_rc=0
if [ "$build_rc" -eq 0 ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || e2e_rc=$?
else
  e2e_rc=1
fi

step "package check (electron-builder --linux dir against a stub Electron)"
package_rc=0
if [ "$build_rc" -eq 0 ]; then npm run --silent package:check -- --no-build || package_rc=$?; else package_rc=1; fi

step "summary"
summary_rc=0
node scripts/test-summary.mjs || summary_rc=$?
echo "typecheck rc=$typecheck_rc, lint rc=$lint_rc, format rc=$format_rc, vitest rc=$unit_rc, build rc=$build_rc, playwright rc=$e2e_rc, package check rc=$package_rc"
for rc in $typecheck_rc $lint_rc $format_rc $unit_rc $build_rc $e2e_rc $package_rc $summary_rc; do
  [ "$rc" -eq 0 ] || { echo "FAILED"; exit 1; }
done
echo "all checks passed in ${SECONDS}s"
