#!/bin/sh
# Search in the sample at 120x40: / counts every match of the body (match
# 1/N with N counted in the model's blocks), n and N step, smart case (a
# capital makes it exact), a miss says `not found`, Esc clears, and ' goes
# back to where the search jumped from.
. tests/term/lib.sh
t_init
t_sample_model

# Matches of a query in the text the body shows: every block.
count() { t_jq --arg q "$1" --arg f "$2" '[.blocks[].text | match($q; $f)] | length'; }
# The queries come from the text: its most frequent lower-case word, and a
# word written both with and without a capital (for smart case).
word=$(t_jq '[.blocks[].text | match("\\b[a-z]{6,}\\b"; "g").string] | group_by(.)
    | max_by(length) // [""] | .[0]')
lower=$(t_jq '[.blocks[].text | match("\\b[A-Za-z]{5,}\\b"; "g").string] | group_by(ascii_downcase)
    | map(select((map(test("^[A-Z]")) | any) and (map(test("^[a-z]")) | any)))
    | max_by(length) // [""] | .[0] | ascii_downcase')
capital=$(printf '%s' "$lower" | cut -c1 | tr a-z A-Z)${lower#?}
n_word=$(count "$word" gi)
n_lower=$(count "$lower" gi)
n_exact=$(count "$capital" g)
[ "$n_word" -ge 3 ] || { echo "FAIL: no lower-case word occurs 3 times in the sample ('$word': $n_word)"; exit 1; }
[ -n "$lower" ] && [ "$n_exact" -ge 1 ] && [ "$n_lower" -gt "$n_exact" ] ||
    { echo "FAIL: the sample needs a word in both cases for the smart-case check"; exit 1; }
# A word only the last block has, to search far from the top.
far=$(t_jq '.blocks as $b | $b[-1].text | [match("[[:alpha:]]{5,}"; "g").string]
    | map(select(. as $w | [$b[:-1][].text | test($w; "i")] | any | not)) | first // empty')
[ -n "$far" ] || { echo "FAIL: the last block of the sample has no word of its own"; exit 1; }
first_block=$(t_jq '[.blocks[] | select(.kind == "paragraph")][0].id')
opening=$(t_block_opening "$first_block")

t_start 120 40 "$T_SAMPLE"
t_ready

t_search_walk "$word" "$n_word"
t_keys n n
t_wait_status "match 3/$n_word([^0-9]|\$)" "n n after match 1"
t_keys Escape
t_wait_status_not 'match [0-9]' "Esc clears the search"

# Smart case.
t_search_walk "$lower" "$n_lower"
t_search_walk "$capital" "$n_exact"

# A miss.
t_keys / && t_type zqxjvw && t_keys Enter
t_wait_status 'not found' "searching for zqxjvw"
t_keys Escape
t_wait_status_not 'not found'

# ' after a search: back to the top.
t_keys g
t_wait "$opening"
t_keys /
t_type "$far"
t_keys Enter
t_wait_status 'match 1/1([^0-9]|$)' "searching for '$far', a word of the last block only"
t_wait "$far"
t_wait_gone "$opening" "the search for '$far' scrolls away from the top"
t_keys "'" "'"
t_wait "$opening" "'' returns to where the search came from"

t_quit
