#!/bin/sh
# The analysis holds its accuracy: ../shared/tools/score.py on the shared
# corpus (the .txt beside each gold file, and the .html once dateline reads
# HTML) must reach every minimum recorded in tests/accuracy-floor, and no
# article's attribution may fall below attribution_min.
# Environment: DATELINE (the program), ACCURACY_FLOOR (default tests/accuracy-floor). Exit 0 pass, 77 skip, 1 fail.
set -u
cd "$(dirname "$0")/.." || exit 1
DATELINE=${DATELINE:-$PWD/dateline}
CORPUS=../shared/corpus
SCORE=../shared/tools/score.py
FLOOR=${ACCURACY_FLOOR:-tests/accuracy-floor}
[ -d "$CORPUS" ] && [ -f "$SCORE" ] || { echo "no ../shared/corpus or score.py"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "python3 not installed"; exit 77; }
command -v jq >/dev/null 2>&1 || { echo "jq not installed"; exit 77; }
[ -x "$DATELINE" ] || { echo "no program at $DATELINE"; exit 77; }
set -- "$CORPUS"/*.gold.json
[ -f "$1" ] || { echo "no gold files in $CORPUS"; exit 77; }
export LC_ALL=C.UTF-8

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0

# check PREFIX [--html]: scores the corpus and compares with the floors
# named PREFIXname (PREFIX is empty for text, html_ for HTML).
check() {
    prefix=$1
    shift
    if ! python3 "$SCORE" --cmd "$DATELINE --json {}" "$@" "$CORPUS"/*.gold.json >"$tmp/score" 2>"$tmp/err"; then
        echo "FAIL: score.py ${prefix:-text}: $(tail -n 1 "$tmp/err")"
        failures=$((failures + 1))
        return
    fi
    total=$(grep '^TOTAL' "$tmp/score")
    echo "${prefix:-text}: $total"
    # The lowest attribution of any one article with quotations to attribute.
    min=$(sed -n 's/.* attr \([0-9]*\)\/\([0-9]*\) .*/\1 \2/p' "$tmp/score" |
        awk '$2 > 0 { a = $1 / $2; if (n++ == 0 || a < m) m = a } END { if (n) printf "%.3f\n", m }')
    figures=$(printf '%s\n' "$total" | tr ' ' '\n' | sed -n 's/^\([a-z_0-9]*\)=\([0-9.]*\)$/\1 \2/p')
    [ -n "$min" ] && figures="$figures
attribution_min $min"
    floors=$(sed -n "s/^${prefix}\\([a-z_0-9]*\\)[[:space:]]\\{1,\\}\\([0-9.]*\\).*/\\1 \\2/p" "$FLOOR" |
        grep -v "^html_")
    [ -n "$floors" ] || { echo "${prefix:-text}: no floors recorded in $FLOOR"; return; }
    out=$(printf '%s\n' "$floors" | while read -r name floor; do
        have=$(printf '%s\n' "$figures" | awk -v n="$name" '$1 == n { print $2 }')
        if [ -z "$have" ]; then
            echo "FAIL: ${prefix}$name: score.py gave no such figure"
        elif awk -v h="$have" -v f="$floor" 'BEGIN { exit !(h + 0 < f + 0) }'; then
            echo "FAIL: ${prefix}$name $have is below its floor $floor"
        fi
    done)
    if [ -n "$out" ]; then
        printf '%s\n' "$out"
        grep -v '^TOTAL' "$tmp/score"
        failures=$((failures + $(printf '%s\n' "$out" | wc -l)))
    fi
}

# gap_check: the articles that have a saved page beside them score within
# 0.02 as pages of what they score as text (people, places, organisations,
# attribution): reading the web page loses nothing the text gives.
gap_check() {
    set -- $(for h in "$CORPUS"/*.html; do printf '%s ' "${h%.html}.gold.json"; done)
    python3 "$SCORE" --cmd "$DATELINE --json {}" "$@" 2>/dev/null | grep '^TOTAL' >"$tmp/text-sub"
    python3 "$SCORE" --cmd "$DATELINE --json {}" --html "$@" 2>/dev/null | grep '^TOTAL' >"$tmp/html-sub"
    for f in people_f1 places_f1 orgs_f1 attribution; do
        t=$(tr ' ' '\n' <"$tmp/text-sub" | sed -n "s/^$f=//p")
        h=$(tr ' ' '\n' <"$tmp/html-sub" | sed -n "s/^$f=//p")
        if [ -z "$t" ] || [ -z "$h" ]; then
            echo "FAIL: text/html gap: no $f figure"
            failures=$((failures + 1))
        elif awk -v t="$t" -v h="$h" 'BEGIN { exit !(t - h > 0.02) }'; then
            echo "FAIL: $f as a page $h is more than 0.02 below the same articles as text $t"
            failures=$((failures + 1))
        else
            echo "text/html $f: $t / $h"
        fi
    done
}

check ""
# HTML half: only once dateline reads a page instead of showing its markup.
page=$(ls "$CORPUS"/*.html 2>/dev/null | head -n 1)
if [ -n "$page" ] && "$DATELINE" --json "$page" 2>/dev/null |
    jq -e '.blocks[0].text // "" | test("^\\s*<") | not' >/dev/null 2>&1; then
    check html_ --html
    gap_check
else
    echo "html: skipped (dateline does not read HTML yet)"
fi

[ "$failures" -eq 0 ] || exit 1
echo "accuracy: every figure at or above its floor"
