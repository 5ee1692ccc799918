#!/bin/sh
# Runs every test: the cmocka unit binaries in build/tests, then the shell
# tests (tests/*.sh: golden files, hostile input, corpus; tests/term/*.sh:
# the reader in tmux). A shell test exits 0 (pass), 77 (skipped, with a
# reason on its last line) or anything else (fail).
# Environment: BUILD (default build), DATELINE (the program, default ./dateline).
# Usage: tests/run.sh [--unit]   (--unit: unit binaries only)
# Ends with one line: N passed, N failed, N skipped.
cd "$(dirname "$0")/.." || exit 2
export LC_ALL=C.UTF-8
BUILD=${BUILD:-build}
DATELINE=${DATELINE:-$PWD/dateline}
export DATELINE BUILD
passed=0 failed=0 skipped=0 failures=""

for bin in "$BUILD"/tests/test_*; do
    [ -x "$bin" ] || continue
    out=$("$bin" 2>&1); rc=$?
    p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    k=$(printf '%s\n' "$out" | sed -n 's/^ \([0-9]*\) SKIPPED TEST.*/\1/p' | tail -n 1)
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${k:-0}))
    if [ "$rc" -ne 0 ]; then
        [ -n "$f" ] || failed=$((failed + 1))
        failures="$failures ${bin##*/}"
        printf '%s\n' "$out" | grep -E 'FAILED|ERROR|Failure|error|runtime error|Sanitizer' | head -n 20
    fi
    echo "unit  ${bin##*/}: ${p:-0} passed${f:+, $f failed}${k:+, $k skipped}"
done

if [ "${1:-}" != "--unit" ]; then
    for t in tests/*.sh tests/term/*.sh; do
        [ -f "$t" ] || continue
        case $t in tests/run.sh|*/lib.sh) continue ;; esac # the runner, helpers
        out=$(sh "$t" 2>&1); rc=$?
        name=${t#tests/}
        case $rc in
        0) passed=$((passed + 1)); echo "shell $name: passed" ;;
        77) skipped=$((skipped + 1))
            echo "shell $name: skipped ($(printf '%s\n' "$out" | tail -n 1))" ;;
        *) failed=$((failed + 1)); failures="$failures $name"
           echo "shell $name: FAILED"; printf '%s\n' "$out" | tail -n 25 | sed 's/^/    /' ;;
        esac
    done
fi

[ -n "$failures" ] && echo "failing:$failures"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
