#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test tier of Sổ tay Cải cách:
#   1. cargo fmt --check, cargo clippy -D warnings (native and wasm32)
#   2. native cargo test (the pure core)
#   3. the release build, made once with trunk and used by the end-to-end tier
#   4. wasm-bindgen-test in headless Chromium, Firefox and WebKit (the localStorage store)
#   5. end-to-end scenarios over WebDriver in Chromium, Firefox and WebKit, on 127.0.0.1 and
#      from the single file, with the browser matrix printed
#   6. the live meeting once per engine with the CPU slowed 6x (the short slow tier)
#   7. the benchmark's smoke run (scripts/bench.sh --smoke)
# Every tier runs even if an earlier one failed; the run fails if any did. A browser or driver
# that is missing fails its tier: nothing is skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
set +e

LOGS=target/test-logs
mkdir -p "$LOGS"
passed=0
failed=0
failures=()
summary=()

# check NAME COMMAND...: runs a check that passes or fails as a whole.
check() {
    local name=$1 start=$SECONDS
    shift
    say "$name"
    if "$@" >"$LOGS/$name.log" 2>&1; then
        summary+=("ok    $name ($((SECONDS - start)) s)")
    else
        cat "$LOGS/$name.log"
        failures+=("$name")
        summary+=("FAIL  $name ($((SECONDS - start)) s): see $LOGS/$name.log")
    fi
}

# tests NAME COMMAND...: runs cargo tests and counts what passed and failed.
tests() {
    local name=$1 start=$SECONDS ok bad
    shift
    say "$name"
    "$@" 2>&1 | tee "$LOGS/$name.log" | grep -E '^(test |running |error|thread )' | grep -v '^test result'
    # Read at once: any later command (even `true`) replaces PIPESTATUS.
    local status=${PIPESTATUS[0]}
    read -r ok bad < <(awk '/^test result:/ { for (i = 1; i < NF; i++) {
        if ($(i + 1) ~ /^passed/) p += $i; if ($(i + 1) ~ /^failed/) f += $i } }
        END { print p + 0, f + 0 }' "$LOGS/$name.log")
    passed=$((passed + ok))
    failed=$((failed + bad))
    if [ "$status" -eq 0 ] && [ "$ok" -gt 0 ] && [ "$bad" -eq 0 ]; then
        summary+=("ok    $name: $ok passed ($((SECONDS - start)) s)")
    else
        [ "$bad" -eq 0 ] && failed=$((failed + 1)) # it did not even run: count that as a failure
        failures+=("$name")
        summary+=("FAIL  $name: $ok passed, $bad failed, exit $status ($((SECONDS - start)) s): see $LOGS/$name.log")
    fi
}

WASM=wasm32-unknown-unknown
RUNNER=wasm-bindgen-test-runner

check fmt cargo fmt --all --check
check clippy-native cargo clippy --locked --workspace --all-targets -- -D warnings
check clippy-wasm cargo clippy --locked -p sotay --all-targets --target "$WASM" -- -D warnings

tests native cargo test --locked -p sotay

# A failed build must not leave an old one for the end-to-end tier to test.
rm -rf dist
check release-build trunk build --release

# The store's browser tests: one wasm build, run by the runner in each browser's driver.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=$RUNNER
tests browser-chromium env CHROMEDRIVER="$(command -v chromedriver)" \
    cargo test --locked -p sotay --target "$WASM" --test browser_store
tests browser-firefox env GECKODRIVER="$(command -v geckodriver)" \
    cargo test --locked -p sotay --target "$WASM" --test browser_store
# WebKitGTK's driver speaks the Safari protocol the runner knows; it needs a display.
tests browser-webkit env SAFARIDRIVER="$(command -v WebKitWebDriver)" \
    xvfb-run -a cargo test --locked -p sotay --target "$WASM" --test browser_store
unset CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER

# --no-fail-fast: one failing scenario file must not hide the others' cells of the matrix.
tests e2e cargo test --locked --no-fail-fast -p sotay-e2e

# Slow tablets, short version: the live meeting once in each engine with the browser's CPU
# slowed 6x (scripts/slow-tests.sh runs it 10 times in each engine and delivery).
tests e2e-slowed env SOTAY_CPU_SLOWDOWN=6 cargo test --locked -p sotay-e2e --test meeting -- \
    --test-threads=1 chromium_http firefox_http webkit_file

# The benchmark's short version: every figure measured at 500 tasks (budgets shown, enforced by
# scripts/bench.sh, not here).
check bench-smoke cargo run --locked --quiet -p sotay-e2e --bin bench -- --smoke

# The browser matrix: each main scenario in each engine, over http and from the single file.
# A cell that did not run is a failure, like one that failed.
MATRIX_SCENARIOS="a_plan_is_tracked_against_its_deadlines the_example_comes_and_goes_in_one_step \
a_meeting_is_recorded_live_and_followed_up a_plan_and_a_meeting_download_as_files \
plan_and_tasks_survive_a_reload reports_and_notice_leave_for_excel_and_word \
a_table_pasted_from_a_spreadsheet_becomes_tasks"
matrix=$(awk -v scenarios="$MATRIX_SCENARIOS" '
    /^test .*::(chromium|firefox|webkit)_(http|file) \.\.\. / {
        split($2, part, "::"); result[part[1] "|" part[2]] = ($NF == "ok") ? "ok" : "FAIL" }
    END {
        n = split("chromium_http chromium_file firefox_http firefox_file webkit_http webkit_file", cell, " ")
        printf "  %-46s", "browser matrix"; for (i = 1; i <= n; i++) printf " %-13s", cell[i]; print ""
        bad = 0
        m = split(scenarios, name, " ")
        for (j = 1; j <= m; j++) {
            printf "  %-46s", name[j]
            for (i = 1; i <= n; i++) {
                r = result[name[j] "|" cell[i]]; if (r == "") r = "NOT RUN"; if (r != "ok") bad++
                printf " %-13s", r
            }
            print ""
        }
        print "  matrix cells not passed: " bad
    }' "$LOGS/e2e.log")
if ! grep -q "matrix cells not passed: 0" <<<"$matrix"; then
    failures+=("browser-matrix")
fi

echo
say "summary"
printf '  %s\n' "${summary[@]}"
echo "  browsers driven: chromium ($(chromium --version 2>/dev/null | awk '{print $2}')), firefox ($(firefox-esr --version 2>/dev/null | awk '{print $NF}')), webkit (WebKitGTK MiniBrowser)"
echo "  end-to-end scenarios: $(grep -c '^test .* ok$' "$LOGS/e2e.log" 2>/dev/null || echo 0) passed (each scenario once per browser, the main ones also from file://)"
echo "$matrix"
echo "  screenshots: target/screenshots/"
echo "  benchmark (smoke, 500 tasks; full run: scripts/bench.sh):"
sed -n '/^figure /,$p' "$LOGS/bench-smoke.log" 2>/dev/null | sed 's/^/    /'

echo "$passed passed, $failed failed"
if [ ${#failures[@]} -gt 0 ] || [ "$failed" -gt 0 ]; then
    echo "failed: ${failures[*]}" >&2
    exit 1
fi
