#!/bin/sh
# The lexicon generator (tools/lexgen.py) compiles the data of data/lexicon
# and fails, naming the line, on a list it would otherwise compile wrongly:
# unsorted, a duplicate, an unknown class, a key given two genders or two
# canonical forms, more keys than the table holds.
# Exit 0 pass, 77 skip, 1 fail.
set -u
cd "$(dirname "$0")/.." || exit 1
command -v python3 >/dev/null 2>&1 || { echo "python3 not installed"; exit 77; }
export LC_ALL=C.UTF-8

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

gen() {
    python3 tools/lexgen.py -H include/analysis/lexicon.h -H include/analysis/cue.h \
        -o "$tmp/out.inc" "$@" >"$tmp/msg" 2>&1
}
# rejects NAME PATTERN FILE...: the generator fails, names PATTERN, writes nothing.
rejects() {
    what=$1 pattern=$2
    shift 2
    rm -f "$tmp/out.inc"
    if gen "$@"; then
        fail "$what: accepted"
    else
        grep -q -- "$pattern" "$tmp/msg" || fail "$what: message does not say '$pattern': $(cat "$tmp/msg")"
        [ ! -e "$tmp/out.inc" ] || fail "$what: a table was written"
    fi
}

# The repository's own data compiles, with every key.
gen data/lexicon/*.txt || fail "data/lexicon does not compile: $(cat "$tmp/msg")"
keys=$(grep -h -v -e '^#' -e '^%' -e '^[[:space:]]*$' data/lexicon/*.txt | sed 's/ : .*//' | sort -u | wc -l)
grep -q "^#define LEXICON_NKEYS $keys\$" "$tmp/out.inc" ||
    fail "table does not hold the $keys keys of data/lexicon: $(grep NKEYS "$tmp/out.inc")"

# Lists that were kept twice are one: each pass reads the same particles,
# reporting verbs and role nouns.
for pair in "LEX_PARTICLE CUE_PARTICLE" "LEX_SPEECH CUE_REPORTING" "LEX_ROLE CUE_ROLE"; do
    set -- $pair
    odd=$(grep -E "^    \{\"" "$tmp/out.inc" | awk -v a="$1" -v b="$2" '(index($0, a " ") || index($0, a ",")) != (index($0, b " ") || index($0, b ",")) { print $1 }')
    [ -z "$odd" ] || fail "$1 and $2 differ on: $odd"
done

printf '# invented\n%%class city\nalbury\nbrenton\ncaldmoor\n' >"$tmp/good.txt"
gen "$tmp/good.txt" || fail "a good file is refused: $(cat "$tmp/msg")"
grep -q '"brenton", 7, 0, 0, {LEX_CITY' "$tmp/out.inc" || fail "good file: brenton is not a city"
# The first word of a phrase is marked, and gets a row without a class when
# it is no key itself: entities look a phrase up only from such a word.
printf '%%class region\ncaldmoor heath\ncaldmoor vale\n' >"$tmp/phrase.txt"
gen "$tmp/good.txt" "$tmp/phrase.txt" || fail "phrases are refused: $(cat "$tmp/msg")"
grep -q '"caldmoor", 8, 0, 1, {LEX_CITY' "$tmp/out.inc" || fail "caldmoor does not head its phrases"
grep -q '"brenton", 7, 0, 0, {LEX_CITY' "$tmp/out.inc" || fail "brenton heads a phrase"
gen "$tmp/phrase.txt" || fail "phrases alone are refused: $(cat "$tmp/msg")"
grep -q '"caldmoor", 8, 0, 1, {0,' "$tmp/out.inc" || fail "caldmoor has no row of its own"
grep -q '^#define LEXICON_NKEYS 2$' "$tmp/out.inc" || fail "a phrase's first word counts as a key"

printf '%%class city\nalbury\ncaldmoor\nbrenton\n' >"$tmp/unsorted.txt"
rejects "unsorted" "unsorted.txt:4: 'brenton' comes after 'caldmoor'" "$tmp/unsorted.txt"

printf '%%class city\nalbury\nbrenton\nbrenton\n' >"$tmp/dup.txt"
rejects "duplicate in one file" "dup.txt:4: 'brenton' repeats" "$tmp/dup.txt"

printf '%%class city\nbrenton\n' >"$tmp/other.txt"
rejects "duplicate across files" "'brenton' is already city" "$tmp/good.txt" "$tmp/other.txt"

printf '%%class city hamlet\nbrenton\n' >"$tmp/class.txt"
rejects "unknown class" "unknown class 'hamlet'" "$tmp/class.txt"

printf '%%class given\nbrenton : female\n' >"$tmp/f.txt"
printf '%%class title\nbrenton : male\n' >"$tmp/m.txt"
rejects "two genders" "'brenton' is male here but female" "$tmp/f.txt" "$tmp/m.txt"

printf '%%class city\nbrenton : = brenton town\n' >"$tmp/c1.txt"
printf '%%class region\nbrenton : = brenton vale\n' >"$tmp/c2.txt"
rejects "two canonical forms" "stands for 'brenton vale' here" "$tmp/c1.txt" "$tmp/c2.txt"

printf '%%class city\nBrenton\n' >"$tmp/case.txt"
rejects "upper case key" "malformed key" "$tmp/case.txt"

printf 'brenton\n' >"$tmp/noclass.txt"
rejects "entry without a class" "before any %class" "$tmp/noclass.txt"

python3 -c 'print("%class city"); [print("k%06d" % i) for i in range(40000)]' >"$tmp/big.txt"
rejects "too many keys" "past the table's capacity" "$tmp/big.txt"

# Word lists in the code that are looked up by binary search stay in byte
# order with no duplicate, or some of their words would never be found.
sed -n '/^static const char \*const institution_words\[\] = {$/,/^};$/p' \
    src/input/caption.c | grep '^ *"' | sed 's/^ *"\(.*\)",$/\1/' >"$tmp/inst"
[ -s "$tmp/inst" ] || fail "caption.c: institution_words not found"
LC_ALL=C sort -c -u "$tmp/inst" 2>"$tmp/msg" ||
    fail "caption.c: institution_words out of order: $(cat "$tmp/msg")"

[ "$failures" -eq 0 ] || exit 1
echo "lexicon: generator checks hold"
