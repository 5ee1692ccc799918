#!/bin/sh
# Golden file: the bundled sample dumped at 60 columns must match
# tests/golden/sample-60.txt byte for byte, whether asked for with --dump,
# given on standard input, or written to a pipe without --dump.
# After an intended change of layout or parsing: UPDATE=1 sh tests/golden.sh,
# then READ the new file (git diff) before committing it.
cd "$(dirname "$0")/.." || exit 2
export LC_ALL=C.UTF-8
DATELINE=${DATELINE:-./dateline}
golden=tests/golden/sample-60.txt
if [ ! -x "$DATELINE" ]; then echo "no program at $DATELINE"; exit 77; fi
if [ ! -f doc/sample.txt ]; then echo "no doc/sample.txt"; exit 77; fi

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

"$DATELINE" --dump --width 60 doc/sample.txt >"$tmp/file" || {
    echo "dateline --dump failed"; exit 1; }
if [ "${UPDATE:-}" = 1 ]; then
    cp "$tmp/file" "$golden"
    echo "updated $golden: read it before committing"
    exit 0
fi
[ -f "$golden" ] || { echo "missing $golden"; exit 1; }

status=0
if ! diff -u "$golden" "$tmp/file"; then
    echo "FAIL: --dump --width 60 differs from $golden"; status=1
fi
"$DATELINE" --dump --width 60 - <doc/sample.txt >"$tmp/stdin" || status=1
if ! cmp -s "$golden" "$tmp/stdin"; then
    echo "FAIL: the same article from standard input dumps differently"; status=1
fi
# Not a terminal: plain text is the default output.
"$DATELINE" --width 60 doc/sample.txt | cat >"$tmp/pipe"
if ! cmp -s "$golden" "$tmp/pipe"; then
    echo "FAIL: output to a pipe is not the --dump text"; status=1
fi
# What a reader would notice: no line wider than 60 columns, no escape.
widest=$(wc -L <"$golden") # display columns in a UTF-8 locale
if [ "$widest" -gt 60 ]; then
    echo "FAIL: a golden line is $widest columns wide"; status=1
fi
if LC_ALL=C grep -q "$(printf '\033')" "$tmp/file"; then
    echo "FAIL: raw escape in the dump"; status=1
fi
exit $status
