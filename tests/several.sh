#!/bin/sh
# Several articles on one command line: --json writes JSON Lines (one object
# per line, in the order given, each with "file" first), --quotes and
# --entities start each line with the file name and a tab, --dump heads each
# article with ==> FILE <==; an unreadable one is reported in one line, the
# others are still written, and the exit status is 2.
# Environment: DATELINE (the program). Runs from the repo root.
set -u
DATELINE=${DATELINE:-./dateline}
SAMPLE=doc/sample.txt
command -v jq >/dev/null 2>&1 || { echo "jq not installed"; exit 77; }
[ -x "$DATELINE" ] || { echo "no program at $DATELINE"; exit 77; }
[ -f "$SAMPLE" ] || { echo "no $SAMPLE"; exit 77; }
export LC_ALL=C.UTF-8

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() {
    "$DATELINE" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    rc=$?
}

# A second article, invented for this test.
cat >"$tmp/second.txt" <<'ART'
2025-03-02 -- PORT ELLIS

"The bridge opens on Monday," Mara Quell said on Friday.

"We have waited ten years for this," said Tomas Verey, who runs the ferry.
ART
printf 'x\000y' >"$tmp/binary.txt"

# ---- --json: JSON Lines ----------------------------------------------------
run --json "$SAMPLE" "$tmp/second.txt"
[ "$rc" -eq 0 ] || fail "--json two files: exit $rc"
[ "$(wc -l <"$tmp/out" | tr -d ' ')" = 2 ] || fail "--json two files: $(wc -l <"$tmp/out") lines, want 2"
jq -e -s 'length == 2' "$tmp/out" >/dev/null || fail "--json two files: not two JSON objects"
[ "$(jq -r .file "$tmp/out" | tr '\n' ' ')" = "$SAMPLE $tmp/second.txt " ] ||
    fail "--json two files: files $(jq -r .file "$tmp/out" | tr '\n' ' ')"
head -c 8 "$tmp/out" | grep -q '^{"file"' || fail "--json: \"file\" is not first"
# each line is the single-file object plus "file"
"$DATELINE" --json "$tmp/second.txt" | jq -S . >"$tmp/one"
sed -n 2p "$tmp/out" | jq -S 'del(.file)' >"$tmp/two"
cmp -s "$tmp/one" "$tmp/two" || fail "--json: the second line differs from --json of that file alone"
[ "$(sed -n 2p "$tmp/out" | jq '.quotes | length')" = 2 ] || fail "--json: the second article's two quotations"
# one file: one object as before, without "file"
"$DATELINE" --json "$SAMPLE" | jq -e 'has("file") | not' >/dev/null || fail "--json one file: has \"file\""

# ---- an unreadable one in the middle ----------------------------------------
run --json "$SAMPLE" "$tmp/binary.txt" "$tmp/second.txt"
[ "$rc" -eq 2 ] || fail "--json with a binary file: exit $rc, want 2"
[ "$(wc -l <"$tmp/err" | tr -d ' ')" = 1 ] || fail "binary file: $(wc -l <"$tmp/err") lines on stderr, want 1"
grep -q "^dateline: $tmp/binary.txt: " "$tmp/err" || fail "binary file: the error does not name it: $(cat "$tmp/err")"
[ "$(jq -r .file "$tmp/out" | tr '\n' ' ')" = "$SAMPLE $tmp/second.txt " ] ||
    fail "binary file: the others are not written in order"

# ---- --quotes, --entities: the file name first --------------------------------
for opt in --quotes --entities; do
    run "$opt" "$SAMPLE" "$tmp/second.txt"
    [ "$rc" -eq 0 ] || fail "$opt two files: exit $rc"
    { "$DATELINE" "$opt" "$SAMPLE" | sed "s|^|$SAMPLE	|"
      "$DATELINE" "$opt" "$tmp/second.txt" | sed "s|^|$tmp/second.txt	|"; } >"$tmp/want"
    cmp -s "$tmp/want" "$tmp/out" || fail "$opt two files: lines are not each file's lines after its name and a tab"
    run "$opt" "$SAMPLE"
    grep -q "^$SAMPLE	" "$tmp/out" && fail "$opt one file: prefixed with the name"
done
run --quotes "$tmp/second.txt" "$tmp/second.txt"
grep -c "Mara Quell" "$tmp/out" | grep -q '^2$' || fail "--quotes: the same file twice is written twice"

# ---- --dump ---------------------------------------------------------------
run --dump --width 60 "$SAMPLE" "$tmp/second.txt"
[ "$rc" -eq 0 ] || fail "--dump two files: exit $rc"
grep -q "^==> $SAMPLE <==\$" "$tmp/out" || fail "--dump: no ==> $SAMPLE <== header"
grep -q "^==> $tmp/second.txt <==\$" "$tmp/out" || fail "--dump: no header for the second"
grep -q "bridge opens on Monday" "$tmp/out" || fail "--dump: the second article's text is missing"

# ---- usage ------------------------------------------------------------------
run --json - -
[ "$rc" -eq 1 ] || fail "- twice: exit $rc, want 1"
run --help
grep -q '^usage: dateline .*\.\.\.$' "$tmp/out" || fail "--help: the usage line does not say several (...)"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "several: ok"
