#!/bin/sh
# The first screen of the sample at 120x40: header (date, dateline, counts),
# body from its first paragraph, the sidebar with people before places before
# organisations and their mention counts, the caption pane with ×2 beside the
# repeated caption, and the status line; s and c hide and show the side panes.
. tests/term/lib.sh
t_init
t_sample_model

date=$(t_jq '.article.date // empty')
place=$(t_jq '.article.dateline // empty')
persons=$(t_jq '[.entities[] | select(.type == "person")] | length')
persons_named=$(t_jq '[.entities[] | select(.type == "person" and (.credit | not))] | length')
first_block=$(t_jq '[.blocks[] | select(.kind == "paragraph")][0].id')
opening=$(t_block_opening "$first_block")
# The most mentioned of each kind, with its mention count (the dateline
# counts as one more mention of the place it names).
top() {
    t_jq --arg k "$1" '(.article.dateline // "" | split(",")[0] | ascii_downcase) as $dl
        | [.entities[] | select(.type == $k and (.credit | not))
           | .n = (.mentions | length) + (if .type == "place" and (.name | ascii_downcase) == $dl then 1 else 0 end)]
        | max_by(.n) // empty | [.name, .n] | @tsv'
}
person=$(top person | cut -f1) person_n=$(top person | cut -f2)
place_e=$(top place | cut -f1) place_n=$(top place | cut -f2)
org=$(top org | cut -f1) org_n=$(top org | cut -f2)
[ -n "$person" ] || { echo "FAIL: the model of $T_SAMPLE has no person"; exit 1; }
repeated=$(t_repeated_caption)
[ -n "$repeated" ] || { echo "FAIL: the model of $T_SAMPLE has no caption with count 2"; exit 1; }
others=$(t_other_captions)
photographer=$(t_jq '[.captions[] | select(.count == 2)][0] | .photographer // .credit // empty')

t_start 120 40 "$T_SAMPLE"
t_ready

# Header.
header=$(t_line 1)
if [ -n "$date" ] && [ -n "$place" ]; then
    t_line 1 | grep -F -q -e "$date · $place" || t_fail "header lacks '$date · $place'"
elif [ -n "$date$place" ]; then
    t_line 1 | grep -F -q -e "$date$place" || t_fail "header lacks '$date$place'"
fi
t_header_quotes
people=$(printf '%s\n' "$header" | sed -n 's/.*[^0-9]\([0-9][0-9]*\) people.*/\1/p')
[ "$people" = "$persons" ] || [ "$people" = "$persons_named" ] ||
    t_fail "header says '${people:-no} people'; the model has $persons_named ($persons with credits)"

# Status line at the top of the article.
t_status | grep -E -q '[0-9]+%' || t_fail "status line shows no reading percentage"
t_status_has '? help'

# Body, sidebar, caption pane.
t_has "$opening" "the body does not start with the first paragraph"
person_re=$(t_entry_re "$person" "$person_n")
t_has_re "$person_re" "sidebar: no line with '$person' and its $person_n mentions"
# The most quoted person shows the number of their quotations beside the
# mentions (in either order).
t_jq --arg mode "$T_QMODE" '[.quotes[] | select($mode == "all" or (.continues | not)) | .speaker
    | select(. != null)] as $s | .entities as $e
    | [$s | unique[] | . as $id | {id: ., n: ([$s[] | select(. == $id)] | length)}]
    | max_by(.n) // empty | . as $q | $e[] | select(.id == $q.id)
    | [.name, (.mentions | length), $q.n] | @tsv' >"$T_DIR/quoted"
if [ -s "$T_DIR/quoted" ]; then
    IFS='	' read -r q_name q_mentions q_n <"$T_DIR/quoted"
    q_re=$(t_re "$q_name")
    t_has_re "$q_re[^[:alpha:]]*(^|[^0-9])($q_mentions[^0-9]+$q_n|$q_n[^0-9]+$q_mentions)([^0-9]|\$)" \
        "sidebar: '$q_name' should show $q_mentions mentions and $q_n quotations"
fi
row_person=$(t_screen | grep -n -E -e "$person_re" | head -n 1 | cut -d: -f1)
if [ -n "$place_e" ]; then
    row_place=$(t_screen | grep -n -E -e "$(t_entry_re "$place_e" "$place_n")" | head -n 1 | cut -d: -f1)
    [ -n "$row_place" ] || t_fail "sidebar: no line with the place '$place_e' and its $place_n mentions"
    [ "$row_person" -lt "$row_place" ] || t_fail "sidebar: the place '$place_e' is listed above the person '$person'"
    if [ -n "$org" ]; then
        row_org=$(t_screen | grep -n -E -e "$(t_entry_re "$org" "$org_n")" | tail -n 1 | cut -d: -f1)
        [ -n "$row_org" ] || t_fail "sidebar: no line with the organisation '$org' and its $org_n mentions"
        [ "$row_place" -lt "$row_org" ] || t_fail "sidebar: the organisation '$org' is listed above the place '$place_e'"
    fi
fi
t_check_repeated_caption "$repeated" "$others"
[ -z "$photographer" ] || t_has "$photographer" "caption pane: the credit '$photographer' is not shown"

# s hides and shows the sidebar; the body stays.
t_keys s
t_wait_re_gone "$person_re" "s hides the sidebar"
t_has "$opening" "the body went away with the sidebar"
t_has '×2' "s hid the caption pane too"
t_keys s
t_wait_re "$person_re" "s again shows the sidebar"

# c hides and shows the caption pane.
t_keys c
t_wait_gone '×2' "c hides the caption pane"
t_has "$opening" "the body went away with the caption pane"
t_has_re "$person_re" "c hid the sidebar too"
t_keys c
t_wait '×2' "c again shows the caption pane"

t_quit
