#!/bin/sh
# The command line as a user meets it: help and version, usage errors, input
# errors, standard input, the four text outputs on the bundled sample, and
# the dump when standard output is not a terminal.
# Environment: DATELINE (the program). Runs from the repo root.
# Exit 0 pass, 77 skip, 1 fail.
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

# run ARGS...: exit status in $rc, output in $tmp/out and $tmp/err.
run() {
    "$DATELINE" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    rc=$?
}
expect_rc() { [ "$rc" -eq "$1" ] || fail "$2: exit $rc, want $1"; }
err_lines() { wc -l <"$tmp/err" | tr -d ' '; }

# ---- help, version, usage errors -------------------------------------------
run --help
expect_rc 0 "--help"
grep -q '^usage: dateline' "$tmp/out" || fail "--help: no usage line"
grep -q -- '--json' "$tmp/out" || fail "--help: --json not described"
run -h
expect_rc 0 "-h"
run --version
expect_rc 0 "--version"
grep -Eq '^dateline [0-9]+\.[0-9]+' "$tmp/out" || fail "--version: $(cat "$tmp/out")"

run --no-such-option "$SAMPLE"
expect_rc 1 "unknown option"
grep -q '^usage: dateline' "$tmp/err" || fail "unknown option: no usage line on stderr"
grep -q 'no-such-option' "$tmp/err" || fail "unknown option: the option is not named"
[ ! -s "$tmp/out" ] || fail "unknown option: something on stdout"
run --dump --width abc "$SAMPLE"
expect_rc 1 "--width abc"
run --dump --width 0 "$SAMPLE"
expect_rc 1 "--width 0"
run --dump --width
expect_rc 1 "--width without a value"
run --json - -
expect_rc 1 "standard input named twice"

# ---- input errors: one line naming the path, exit 2 ---------------------------
missing=$tmp/no-such-article.txt
run --json "$missing"
expect_rc 2 "missing file"
[ "$(err_lines)" = 1 ] || fail "missing file: $(err_lines) lines on stderr"
grep -q "^dateline: $missing: ." "$tmp/err" || fail "missing file: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] || fail "missing file: something on stdout"
mkdir "$tmp/folder"
run --json "$tmp/folder"
expect_rc 2 "a directory"
[ "$(err_lines)" = 1 ] || fail "a directory: $(err_lines) lines on stderr"
grep -q "^dateline: $tmp/folder: ." "$tmp/err" || fail "a directory: $(cat "$tmp/err")"

# ---- standard input: `-` and a pipe give what the file gives -------------------
"$DATELINE" --json "$SAMPLE" >"$tmp/file.json" 2>/dev/null
"$DATELINE" --json - <"$SAMPLE" >"$tmp/dash.json" 2>/dev/null ||
    fail "--json -: exit $?"
cat "$SAMPLE" | "$DATELINE" --json >"$tmp/pipe.json" 2>/dev/null ||
    fail "--json from a pipe: exit $?"
cmp -s "$tmp/file.json" "$tmp/dash.json" || fail "'-' differs from the file"
cmp -s "$tmp/file.json" "$tmp/pipe.json" || fail "a pipe differs from the file"
cat "$SAMPLE" | "$DATELINE" --quotes - >"$tmp/pipe.quotes" 2>/dev/null
"$DATELINE" --quotes "$SAMPLE" >"$tmp/file.quotes" 2>/dev/null
cmp -s "$tmp/pipe.quotes" "$tmp/file.quotes" || fail "--quotes from a pipe differs"

# ---- --json on the sample: the contract, and what the sample says ------------
run --json "$SAMPLE"
expect_rc 0 "--json"
json=$tmp/out
cp "$json" "$tmp/sample.json"
j() { jq -e "$1" "$tmp/sample.json" >/dev/null 2>&1 || fail "--json: $2"; }
j 'keys == ["article","blocks","captions","entities","links","quotes"]' "top-level keys"
j '.article.date == "2024-03-14"' "date from the header line"
j '.article.dateline == "ALMARENA, Spain"' "dateline"
j '.article.contributors == ["Marta Olivares"]' "contributor"
j '.article.source == "The Associated Press"' "source agency"
j '[.blocks[].id] == [range(.blocks | length)]' "block ids dense"
j '[.entities[].id] == [range(.entities | length)]' "entity ids dense"
j '[.quotes[].id] == [range(.quotes | length)]' "quote ids dense"
j '[.captions[].id] == [range(.captions | length)]' "caption ids dense"
j '.blocks[0].text | startswith("The fishing town of Almarena")' \
    "first paragraph starts after the dateline"
j '[.blocks[] | select(.kind == "embed")] | length == 1 and
   (.[0].url | startswith("https://example.com/"))' "one embed, with its url"
j '[.blocks[] | select(.kind != "embed") | has("url")] | any | not' \
    "url only on embeds"
j '[.blocks[] | select(.kind == "credit")] | length == 1' "one credit block"
j '[.blocks[] | select(.kind == "caption")] | length == 5' "five caption blocks"
j '.captions | length == 4' "four distinct captions"
j '[.captions[] | select(.count == 2)] | length == 1' "one caption shown twice"
j '[.captions[].credit] | sort | unique ==
   ["AP Photo/Paloma Ferrándiz", "Lena Haraldsen/AFP"]' "caption credits"
j '[.captions[].photographer] | sort | unique ==
   ["Lena Haraldsen", "Paloma Ferrándiz"]' "photographers"
j '[.entities[] | select(.type == "person") | has("credit")] | all' \
    "credit on every person"
j '[.entities[] | select(.credit == true) | .name] | sort ==
   ["Lena Haraldsen", "Marta Olivares", "Paloma Ferrándiz"]' "credit people"
j '.entities[] | select(.name == "Inés Ávila") |
   .type == "person" and .title == "Mayor" and (.aliases | index("Ávila"))' \
    "the mayor, titled, with her surname as alias"
j '[.entities[] | select(.type == "place") | .name] | index("Almarena")' \
    "Almarena is a place"
j '[.entities[] | select(.type == "org") | .name] |
   index("Mediterranean Coastal Institute")' "the institute is an org"
j '[.entities[] | select(.type == "org") | .name] | index("Nordvåg Energi")' \
    "the Swedish company is an org"
j '.entities[] | select(.name == "Inés Ávila") | .aliases | index("the mayor")' \
    "the role mention is an alias of the mayor"
j '.entities as $e | .captions[] | select(.count == 2) |
   [.people[] | $e[.].name] | index("Inés Ávila")' \
    "the repeated caption shows the mayor"
j '.captions[] | select(.count == 2) | .date == "2024-03-13"' \
    "the repeated caption carries its date"
j '[.quotes[] | has("continues")] | all' "continues on every quote"
j '[.quotes[] | select(.continues)] | length == 1' "one continued quotation"
j '.quotes[] | select(.continues) | .text | startswith("If the turbines")' \
    "the continued quotation is the second paragraph"

# ---- --quotes: speaker, cue, text ----------------------------------------------
run --quotes "$SAMPLE"
expect_rc 0 "--quotes"
quotes=$tmp/out
[ "$(jq '.quotes | length' "$tmp/sample.json")" = "$(wc -l <"$quotes" | tr -d ' ')" ] ||
    fail "--quotes: not one line per quotation"
awk -F '\t' 'NF != 3 { bad = 1 } END { exit bad }' "$quotes" ||
    fail "--quotes: a line without three tab-separated fields"
# speaker TAB cue: the line whose text starts with the given words.
q() {
    grep -q "^$1	$2	$3" "$quotes" || fail "--quotes: want \"$1\" \"$2\" for \"$3...\""
}
q 'Inés Ávila' 'said' 'The sea has always fed us'
q 'Inés Ávila' 'said' 'Now it will light our kitchens' # split quotation
q 'Björn Lindqvist' 'according to' 'enough power for every home'
q 'Björn Lindqvist' 'told' 'We tested them in colder water'
q 'Björn Lindqvist' 'said' 'The hard part was never' # speaker first, curly
q 'Rafael Quintero' 'called' 'a gamble with our nets'
q 'Rafael Quintero' 'said' 'Nobody asked the octopus' # a pronoun
q 'Inés Ávila' 'told' 'run out of excuses'
q 'Inés Ávila' '[^	]*' 'When I was a girl' # attributed a paragraph later
q 'Inés Ávila' 'said' 'If the turbines bring' # "the mayor said"
q '' '' 'the three sisters' # a nickname: nobody's words
q 'Sofía Peñalver' 'said' 'encouraging, but early.'
q 'Tomás Berenguer' 'said' 'If it works here'

# ---- --entities: type, name, mentions, quotations ---------------------------------
run --entities "$SAMPLE"
expect_rc 0 "--entities"
awk -F '\t' 'NF != 4 || $3 !~ /^[0-9]+$/ || $4 !~ /^[0-9]+$/ { bad = 1 }
             END { exit bad }' "$tmp/out" ||
    fail "--entities: a line not of the form type, name, count, count"
[ "$(jq '.entities | length' "$tmp/sample.json")" = "$(wc -l <"$tmp/out" | tr -d ' ')" ] ||
    fail "--entities: not one line per entity"
awk -F '\t' '$1 == "person" && $2 == "Inés Ávila" && $3 >= 6 && $4 >= 5 { ok = 1 }
             END { exit !ok }' "$tmp/out" ||
    fail "--entities: Inés Ávila with her mentions and quotations"
grep -q '^person	Björn Lindqvist	' "$tmp/out" || fail "--entities: Björn Lindqvist"
grep -q '^place	Almarena	' "$tmp/out" || fail "--entities: Almarena"

# ---- --dump --width 40 -----------------------------------------------------------
run --dump --width 40 "$SAMPLE"
expect_rc 0 "--dump --width 40"
cp "$tmp/out" "$tmp/dump40"
widest=$(wc -L <"$tmp/dump40")
[ "$widest" -le 40 ] || fail "--dump --width 40: a line $widest columns wide"
[ "$widest" -ge 30 ] || fail "--dump --width 40: widest line only $widest columns"
flat=$(tr -s ' \n' '  ' <"$tmp/dump40")
for words in 'Nobody asked the octopus what it thought' \
    'Information for this article was contributed by Marta Olivares' \
    'Rafael Quintero mends a net in the harbor'; do
    case $flat in *"$words"*) ;; *) fail "--dump: \"$words\" missing" ;; esac
done
"$DATELINE" --dump --width 80 "$SAMPLE" >"$tmp/dump80" 2>/dev/null
[ "$(wc -l <"$tmp/dump80")" -lt "$(wc -l <"$tmp/dump40")" ] ||
    fail "--dump: width 80 is no shorter than width 40"

# ---- not a terminal: the dump ------------------------------------------------------
"$DATELINE" "$SAMPLE" >"$tmp/auto" 2>/dev/null </dev/null ||
    fail "no option, stdout a file: exit $?"
"$DATELINE" --dump "$SAMPLE" >"$tmp/dump" 2>/dev/null
[ -s "$tmp/auto" ] && cmp -s "$tmp/auto" "$tmp/dump" ||
    fail "stdout not a terminal: not the --dump output"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "command line: all as documented"
