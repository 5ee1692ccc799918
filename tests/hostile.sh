#!/bin/sh
# Hostile input: every file gives valid JSON and exit 0, or one line on
# stderr naming the file and exit 2 — never a crash, a hang, or a file
# written beside the input. "A hang" is more than 10 s of CPU time (a
# quadratic scan shows up there whatever the machine's load), with a 60 s
# wall-clock backstop for a program that waits instead of computing. Escape sequences in the article never reach the
# terminal raw through --dump, --quotes or --json, from text or a web page
# (100 000 nested elements, 20 MB, a 10 MB attribute, NUL bytes, a page that
# claims one charset and is another, escapes in text and in links).
# Environment: DATELINE (the program). Exit 0 pass, 77 skip, 1 fail.
set -u
DATELINE=${DATELINE:-./dateline}
command -v jq >/dev/null 2>&1 || { echo "jq not installed"; exit 77; }
command -v timeout >/dev/null 2>&1 || { echo "timeout not installed"; exit 77; }
[ -x "$DATELINE" ] || { echo "no program at $DATELINE"; exit 77; }

in=$(mktemp -d) || exit 1
out=$(mktemp -d) || exit 1
trap 'rm -rf "$in" "$out"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

ESC=$(printf '\033')
BEL=$(printf '\007')
CSI=$(printf '\302\233') # U+009B, a one-character CSI in UTF-8

# ---- the inputs ----------------------------------------------------------
: >"$in/empty.txt"
printf '\n\n   \n\t\n\n' >"$in/blank.txt"
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000' >"$in/binary.bin"
printf 'The council met on Tuesday.\000\000 Then it "adjourned," the clerk said.' >"$in/nul-inside.txt"
printf 'Broken \377\376 bytes, \300\200 an overlong NUL and \355\240\200 a surrogate, "quoted \370 here," she said.' >"$in/invalid-utf8.txt"
printf 'Caf\351 owner Jos\351 Pe\361a said: \253Nous rouvrons.\273 \"It is cr\350me br\373l\351e,\" he said.' >"$in/latin1.txt"
printf ' date 2024-01-02 PARIS -- First paragraph.\r\n\r\n"Quoted words," she said.\r\n\r\nA lone CR\rline.' >"$in/crlf.txt"
printf '\357\273\277 date 2024-01-02 PARIS -- Hello "world," he said.' >"$in/bom.txt"
yes 'the mayor said "more roads" and the council, "fewer," said Ada Lin; ' |
    head -c 10485760 | tr -d '\n' >"$in/ten-mb-one-line.txt"
{
    printf '"'
    yes 'The council met again on Tuesday and Mayor Ada Lin said nothing new.' |
        head -n 20000 | sed G
} >"$in/unclosed-quote.txt"
yes '"' | head -n 200000 | tr -d '\n' >"$in/quote-marks.txt"
awk 'BEGIN { for (i = 0; i < 100000; i++)
                 printf "Paragraph %d: \"fine,\" Ada Lin said.\n\n", i }' \
    >"$in/paragraphs.txt"
printf ' date 2024-01-02 PARIS -- He said "\033]52;c;aGVsbG8=\007" then \033[2J cleared \033[31mred\033[0m.\n\n"Bell\007 and CSI \302\2332J," she said of \033]0;title\007 it.\n\nCaption with \033[5m blink. (AP Photo/Ada\033[8m Lin)' \
    >"$in/escapes.txt"

# Web pages.
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 100000; i++) printf "<div>";
             printf "<p>Deep inside, \"nested,\" Ada Lin said.</p></body></html>" }' \
    >"$in/nested-100k.html"
{
    printf '<!DOCTYPE html><html><head><title>Big</title></head><body><article>'
    yes '<p>The council met again on Tuesday, and "nothing new," Mayor Ada Lin said.</p>' |
        head -c 20971520
    printf '</article></body></html>'
} >"$in/twenty-mb.html"
{
    printf '<!DOCTYPE html><html><body><p title="'
    yes x | head -c 10485760 | tr -d '\n'
    printf '">The council met on Tuesday, the clerk said.</p></body></html>'
} >"$in/ten-mb-attribute.html"
printf '<!DOCTYPE html><html><body><p>The council\000 met\000 on Tuesday.</p>\000<p>"Fine," she\000 said.</p></body></html>' \
    >"$in/nul-bytes.html"
printf '<html><head><meta charset="windows-1251"></head><body><p>Caf\303\251 owner Jos\303\251 said the \342\200\234cr\303\250me\342\200\235 was gone.</p></body></html>' \
    >"$in/claims-cyrillic.html"
printf '<html><head><meta charset="utf-8"></head><body><p>Caf\351 owner Jos\351 said the cr\350me was gone, "for good," he said.</p></body></html>' \
    >"$in/claims-utf8.html"
printf '<html><head><meta charset="no-such-charset"></head><body><p>Plain words, "and a quote," she said.</p></body></html>' \
    >"$in/unknown-charset.html"
printf '<!DOCTYPE html><html><head><title>T\033]0;pwned\007</title></head><body><article><p>He said "\033]52;c;aGVsbG8=\007" then \033[2J cleared \033[31mred\033[0m and <a href="https://x.example/\033]52;c;aGVsbG8=\007a\033[2Jb">a link</a> \302\2332J here, the clerk said on Tuesday.</p><figure><img alt="x"><figcaption>Caption \033[5m blink. (AP Photo/Ada\033[8m Lin)</figcaption></figure></article></body></html>' \
    >"$in/escapes.html"

inputs=$(cd "$in" && ls -A | sort)

# limited ARGS...: the program with 10 s of CPU time and 60 s of real time,
# both stretched by DATELINE_TEST_SLOWDOWN for a sanitised build.
slow=${DATELINE_TEST_SLOWDOWN:-1}
limited() {
    (ulimit -S -t $((10 * slow)) && exec timeout $((60 * slow)) "$DATELINE" "$@")
}

# ---- each file through --json ----------------------------------------------
for f in "$in"/*; do
    name=${f##*/}
    limited --json "$f" >"$out/json" 2>"$out/err"
    rc=$?
    case $rc in
    0)
        if ! jq -e 'type == "object" and has("blocks") and has("quotes")' \
            "$out/json" >/dev/null 2>&1; then
            fail "$name: exit 0 but the output is not the JSON model"
        elif [ "$(jq -s length "$out/json")" != 1 ]; then
            fail "$name: more than one JSON value"
        fi
        ;;
    2)
        lines=$(wc -l <"$out/err")
        if [ "$lines" -ne 1 ]; then
            fail "$name: exit 2 with $lines lines on stderr"
        elif ! grep -qF "$f" "$out/err"; then
            fail "$name: the error does not name the file: $(cat "$out/err")"
        fi
        ;;
    124) fail "$name: no answer within 60 s" ;;
    152) fail "$name: more than $((10 * slow)) s of CPU time" ;; # SIGXCPU
    *)
        if [ "$rc" -ge 128 ]; then
            fail "$name: crashed (exit $rc, signal $((rc - 128)))"
        else
            fail "$name: exit $rc"
        fi
        ;;
    esac
    printf '%-22s exit %s, %s bytes of JSON\n' "$name" "$rc" "$(wc -c <"$out/json")"
done

# ---- escape sequences never reach a terminal ---------------------------------
for page in escapes.txt escapes.html; do
for mode in --dump --quotes --entities --json; do
    limited $mode --width 40 "$in/$page" >"$out/esc" 2>/dev/null
    rc=$?
    [ "$rc" -eq 0 ] || fail "$page $mode: exit $rc"
    for byte in "$ESC" "$BEL" "$CSI"; do
        if LC_ALL=C grep -qF "$byte" "$out/esc"; then
            fail "$page $mode: a raw control character in the output"
            break
        fi
    done
done
done
# Links keep no control characters at all.
limited --json "$in/escapes.html" >"$out/esc" 2>/dev/null
jq -e '(.links | length) == 1 and (.links[0].url | explode | all(. > 32 and . != 127))' \
    "$out/esc" >/dev/null || fail "escapes.html: the link is missing or keeps control characters"
# The page's words survive the hostile bytes around them.
limited --json "$in/nul-bytes.html" >"$out/nul" 2>/dev/null
jq -e '[.blocks[].text] | join(" ") | contains("Tuesday")' "$out/nul" \
    >/dev/null || fail "nul-bytes.html: the text is lost"
for page in claims-cyrillic.html claims-utf8.html; do
    limited --json "$in/$page" >"$out/cs" 2>/dev/null
    jq -e '[.blocks[].text] | join(" ") | contains("Caf\u00e9 owner Jos\u00e9")' "$out/cs" \
        >/dev/null || fail "$page: the accented words are not read right"
done
# The JSON keeps the characters, escaped: the model is not censored.
limited --json "$in/escapes.txt" >"$out/esc" 2>/dev/null
jq -e '[.blocks[].text] | join("") | contains("\u001b]52;")' "$out/esc" \
    >/dev/null || fail "escapes.txt --json: the escape sequence is not in the text"

# ---- nothing written beside the inputs -----------------------------------------
after=$(cd "$in" && ls -A | sort)
[ "$inputs" = "$after" ] || fail "files appeared beside the inputs: $after"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "hostile input: all handled"
