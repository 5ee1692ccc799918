#!/bin/sh
# The corpus seed article at 140x45. Expected facts are read at run time from
# ../shared/corpus (the text and its gold annotations), never copied here:
# the header `DATE · DATELINE`, every quotation stepped with `Quote N/M` and
# its gold speaker, the envoy quoted twice selected in the sidebar with his
# mentions walked, `match 1/N` for guatemala with N counted in the text, ×2
# beside the repeated caption, and the reading position kept across resizes.
. tests/term/lib.sh
t_init
corpus=../shared/corpus
seed=$corpus/seed.txt
gold=$corpus/seed.gold.json
[ -f "$seed" ] && [ -f "$gold" ] || t_skip "../shared/corpus missing (seed.txt, seed.gold.json)"

date=$(jq -r '.date' "$gold")
place=$(jq -r '.dateline' "$gold")
jq -r '.quotes[] | [.speaker // "unattributed", (.text | gsub("[\t\n]"; " "))] | @tsv' "$gold" >"$T_DIR/quotes.tsv"
n_quotes=$(wc -l <"$T_DIR/quotes.tsv" | tr -d ' ')
# The person quoted second most often (ties: the earlier).
envoy=$(jq -r '[.quotes[].speaker | select(. != null)] as $s
    | [$s | unique[] | . as $p | {p: ., n: ([$s[] | select(. == $p)] | length),
       i: ($s | index($p))}] | sort_by(-.n, .i) | .[1].p // empty' "$gold")
n_guatemala=$(grep -o -i guatemala "$seed" | wc -l | tr -d ' ')
# The repeated caption: a paragraph that occurs twice; the others' openings.
awk 'BEGIN { RS = "" } { n[$0]++; if (n[$0] == 1) order[++k] = $0 }
    END { for (i = 1; i <= k; i++) if (n[order[i]] == 2) print order[i] }' "$seed" >"$T_DIR/repeated"
repeated=$(head -n 1 "$T_DIR/repeated")
[ -n "$repeated" ] || t_fail "no repeated paragraph in $seed"

t_start 140 45 "$seed"
t_ready
t_line 1 | grep -F -q -e "$date · $place" || t_fail "header lacks '$date · $place'"
t_line 1 | grep -E -q "(^|[^0-9])$n_quotes quotes" || t_fail "header does not say '$n_quotes quotes'"

t_step_quotes "$T_DIR/quotes.tsv"
t_keys Escape
t_wait_status_not 'Quote [0-9]'

# Captions: ×2 beside the repeated one, and beside no other paragraph.
others=$(jq -R -s '[split("\n\n")[] | gsub("^\\s+|\\s+$"; "")]' "$seed" | t_distinct_openings "$repeated")
t_check_repeated_caption "$repeated" "$others"

# The envoy in the sidebar.
[ -n "$envoy" ] || t_fail "the gold has no second quoted person"
t_select_person "$envoy"
m=$(t_status | sed -n 's/.*mention 1\/\([0-9]*\).*/\1/p')
t_walk_mentions "$envoy" "$m"
t_keys Escape
t_wait_status_not 'mention [0-9]'
t_keys Tab Tab g

# Search: every occurrence in the article (from the top: a search starts at
# the reading position).
t_search_walk guatemala "$n_guatemala"
t_keys Escape
t_wait_status_not 'match [0-9]'

# The reading position across resizes.
t_resize_keeps_place "80x24 200x50 60x20 30x10 8x3 140x45 100x60 41x13"
t_quit
