#!/usr/bin/env bash
# `npm test`: everything, on a fresh clone, non-interactive.
#   1. npm ci when node_modules is missing or older than package-lock.json
#   2. type check (tsc --noEmit)          3. build (esbuild)
#   4. unit tests (node --test over dist/test/unit)
#   5. install/reuse code-server 4.100.3 + Chromium (scripts/ensure-code-server.sh)
#   6. extension-host suite inside VS Code 1.100.3 (test/runCodeServer.mjs)
#   7. UI scenarios (test/ui/run.mjs)
# Every step runs even when an earlier test step failed (but not after a failed install or
# build); the summary at the end lists each step and the last line is `N passed, N failed`.
# Env (for local runs; CI sets none): SKIP_TYPECHECK=1, SKIP_UNIT=1, SKIP_UI=1 skip those steps;
# UNIT_TEST_TIMEOUT_MS (default 600000) bounds each unit test.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CI="${CI:-}"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

RESULTS_DIR="$(mktemp -d "${TMPDIR:-/tmp}/policy-tracker-test-XXXXXX")"
trap 'rm -rf "$RESULTS_DIR"' EXIT

summary=()        # "status|step|seconds|detail"
failures=()       # "step: test — first line of its error", printed in the summary (a CI log shows its tail)
total_passed=0
total_failed=0
any_failed=0

banner() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# record STATUS STEP SECONDS [PASSED FAILED]
record() {
  local status=$1 step=$2 seconds=$3 passed=${4:-} failed=${5:-}
  local detail=""
  if [[ -n "$passed" ]]; then
    detail="$passed passed, $failed failed"
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
  elif [[ "$status" == FAIL ]]; then
    total_failed=$((total_failed + 1)) # a failed step without its own counts counts as one failure
  fi
  [[ "$status" == FAIL ]] && any_failed=1
  summary+=("$status|$step|$seconds|$detail")
}

print_summary() {
  printf '\n\033[1m==> Summary / 汇总\033[0m\n'
  local line status step seconds detail
  for line in "${summary[@]}"; do
    IFS='|' read -r status step seconds detail <<<"$line"
    printf '  %-5s %-32s %5ss  %s\n' "$status" "$step" "$seconds" "$detail"
  done
  if ((${#failures[@]})); then
    echo "  failed tests / 失败的测试:"
    local shown=0 failure
    for failure in "${failures[@]}"; do
      if ((shown == 15)); then echo "    … $((${#failures[@]} - shown)) more above / 更多见上文"; break; fi
      printf '    %s\n' "$failure"
      shown=$((shown + 1))
    done
  fi
  printf '  total time: %ss\n' "$((SECONDS))"
  if ((any_failed)); then echo "  RESULT: FAILED / 失败"; else echo "  RESULT: OK / 通过"; fi
  echo "$total_passed passed, $total_failed failed"
}

# run_step NAME COMMAND...: runs a step, records ok/FAIL with its duration; returns its status.
run_step() {
  local name=$1; shift
  banner "$name"
  local start=$SECONDS
  if "$@"; then
    record ok "$name" $((SECONDS - start))
    return 0
  else
    local code=$?
    echo "!! $name failed (exit $code)"
    record FAIL "$name" $((SECONDS - start))
    return $code
  fi
}

# note_failures STEP FILE: adds the failed tests named in a suite's result file (its `failures` or `results`).
note_failures() {
  local line
  while IFS= read -r line; do [[ -n "$line" ]] && failures+=("$1: $line"); done < <(node -e '
    try {
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      for (const f of r.failures ?? []) console.log(`${f.title} — ${f.error}`.replace(/\s+/g, " ").slice(0, 400));
      for (const f of r.results ?? []) if (!f.ok) console.log(`${f.name} — exit ${f.code}`);
    } catch {}' "$2")
}

# json_field FILE FIELD: a number from a small JSON result file (0 when absent).
json_field() { node -e 'try{const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(Number(r[process.argv[2]]||0))}catch{console.log(0)}' "$1" "$2"; }

# ---------------------------------------------------------------- 1. dependencies
deps() {
  if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "node_modules missing or stale: npm ci"
    npm ci --no-audit --no-fund --loglevel=warn
  else
    echo "node_modules up to date"
  fi
}
if ! run_step "install (npm ci)" deps; then print_summary; exit 1; fi

# ---------------------------------------------------------------- 2-3. type check, build
if [[ "${SKIP_TYPECHECK:-}" != 1 ]]; then
  run_step "type check (tsc)" npm run --silent typecheck || true
fi
if ! run_step "build (esbuild)" node scripts/build.mjs; then print_summary; exit 1; fi

# ---------------------------------------------------------------- 4. unit tests
unit_tests() {
  mapfile -t files < <(find dist/test/unit -name '*.test.js' 2>/dev/null | sort)
  if ((${#files[@]} == 0)); then
    echo "no unit test files in dist/test/unit"
    echo '{"passed":0,"failed":0}' >"$RESULTS_DIR/unit.json"
    return 0
  fi
  local status=0
  node --test --test-timeout="${UNIT_TEST_TIMEOUT_MS:-600000}" --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$RESULTS_DIR/unit.tap" "${files[@]}" || status=$?
  local pass fail
  pass=$(grep -E '^# pass [0-9]+' "$RESULTS_DIR/unit.tap" | tail -1 | awk '{print $3}')
  fail=$(grep -E '^# fail [0-9]+' "$RESULTS_DIR/unit.tap" | tail -1 | awk '{print $3}')
  echo "{\"passed\":${pass:-0},\"failed\":${fail:-0}}" >"$RESULTS_DIR/unit.json"
  local failure
  while IFS= read -r failure; do failures+=("unit: $failure"); done < <(grep -E '^\s*not ok [0-9]+ - ' "$RESULTS_DIR/unit.tap" | sed -E 's/^\s*not ok [0-9]+ - //' | grep -v '\.test\.js$' | head -20)
  return $status
}
if [[ "${SKIP_UNIT:-}" != 1 ]]; then
  banner "unit tests (node --test)"
  start=$SECONDS
  if unit_tests; then status=ok; else status=FAIL; fi
  p=$(json_field "$RESULTS_DIR/unit.json" passed); f=$(json_field "$RESULTS_DIR/unit.json" failed)
  [[ $status == FAIL && $f == 0 ]] && f=1
  record $status "unit tests" $((SECONDS - start)) "$p" "$f"
fi

# ---------------------------------------------------------------- 5. code-server + Chromium
ensure_code_server() { bash scripts/ensure-code-server.sh >/dev/null; }
if ! run_step "code-server 4.100.3 + Chromium" ensure_code_server; then
  print_summary; exit 1
fi

# ---------------------------------------------------------------- 6. extension-host suite
banner "extension-host suite in VS Code 1.100.3 (code-server)"
start=$SECONDS
if node test/runCodeServer.mjs --timeout 900 --result-file "$RESULTS_DIR/exthost.json"; then status=ok; else status=FAIL; fi
p=$(json_field "$RESULTS_DIR/exthost.json" passed); f=$(json_field "$RESULTS_DIR/exthost.json" failed)
[[ $status == FAIL && $f == 0 ]] && f=1
record $status "extension host (node)" $((SECONDS - start)) "$p" "$f"
note_failures "extension host (node)" "$RESULTS_DIR/exthost.json"

# Web-worker extension host (issue 9), when its runner exists.
if [[ -f test/runWebSuite.mjs ]]; then
  banner "extension-host suite in the web-worker extension host"
  start=$SECONDS
  if node test/runWebSuite.mjs --timeout 900 --result-file "$RESULTS_DIR/web.json"; then status=ok; else status=FAIL; fi
  p=$(json_field "$RESULTS_DIR/web.json" passed); f=$(json_field "$RESULTS_DIR/web.json" failed)
  [[ $status == FAIL && $f == 0 ]] && f=1
  record $status "extension host (web worker)" $((SECONDS - start)) "$p" "$f"
  note_failures "extension host (web worker)" "$RESULTS_DIR/web.json"
fi

# ---------------------------------------------------------------- 7. UI scenarios
if [[ "${SKIP_UI:-}" != 1 ]]; then
  banner "UI scenarios (test/ui/*.ui.mjs)"
  start=$SECONDS
  # Screenshots of a test run go to test-results/ (git-ignored); `node test/ui/run.mjs` refreshes docs/screenshots.
  if POLICY_TRACKER_SCREENSHOTS_DIR="${POLICY_TRACKER_SCREENSHOTS_DIR:-$ROOT/test-results/screenshots}" \
    node test/ui/run.mjs --result-file "$RESULTS_DIR/ui.json"; then status=ok; else status=FAIL; fi
  p=$(json_field "$RESULTS_DIR/ui.json" passed); f=$(json_field "$RESULTS_DIR/ui.json" failed)
  [[ $status == FAIL && $f == 0 ]] && f=1
  record $status "UI scenarios" $((SECONDS - start)) "$p" "$f"
  note_failures "UI scenarios" "$RESULTS_DIR/ui.json"
fi

print_summary
exit $any_failed
