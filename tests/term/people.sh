#!/bin/sh
# People in the sample at 120x40: with nobody selected, } and { walk every
# person's mentions in reading order; a person chosen in the sidebar (Tab, Enter)
# shows `mention 1/M` with M from the model and the body at their first
# mention; } and { walk every mention; & shows only the paragraphs that
# mention them and & again shows all; '' returns to where the selection came
# from; Esc drops the selection.
. tests/term/lib.sh
t_init
t_sample_model

first_block=$(t_jq '[.blocks[] | select(.kind == "paragraph")][0].id')
opening=$(t_block_opening "$first_block")
# The most mentioned named person whom the first paragraph does not mention,
# so that the filter has something to hide.
t_jq --argjson b "$first_block" '[.entities[] | select(.type == "person" and (.credit | not))
    | select([.mentions[].block] | index($b) | not)]
    | max_by(.mentions | length) // empty
    | [.name, (.mentions | length), ([.mentions[].block] | unique | map(tostring) | join(" "))] | @tsv' >"$T_DIR/person"
name=$(cut -f1 "$T_DIR/person")
count=$(cut -f2 "$T_DIR/person")
blocks=$(cut -f3 "$T_DIR/person")
[ -n "$name" ] || { echo "FAIL: the model has no person outside the first paragraph"; exit 1; }
[ "$count" -ge 2 ] || { echo "FAIL: '$name' has only $count mention in the model"; exit 1; }
set -- $blocks
shown_block=$1
shown_opening=$(t_block_opening "$shown_block")
# The surface text of the first mention, cut by byte offsets.
t_jq --arg n "$name" '[.entities[] | select(.name == $n)][0].mentions[0] | [.block, .start, .end] | @tsv' >"$T_DIR/m0"
m_block=$(cut -f1 "$T_DIR/m0") m_start=$(cut -f2 "$T_DIR/m0") m_end=$(cut -f3 "$T_DIR/m0")
t_jq --argjson b "$m_block" '.blocks[] | select(.id == $b) | .text' >"$T_DIR/mtext"
surface=$(tail -c +"$((m_start + 1))" "$T_DIR/mtext" | head -c "$((m_end - m_start))")

# With nobody selected, } and { walk the mentions of every person in
# reading order: the first three, as name, index and count.
t_jq '[.entities[] | select(.type == "person") | .name as $n | (.mentions | length) as $c
    | .mentions | to_entries[] | {n: $n, i: (.key + 1), c: $c, b: .value.block, s: .value.start}]
    | sort_by(.b, .s) | .[0:3][] | "\(.n) · mention \(.i)/\(.c)"' >"$T_DIR/any"

t_start 120 40 "$T_SAMPLE"
t_ready
t_has "$opening"
for k in '}' '}' '{'; do
    case $k in '}') n=$(( ${n:-0} + 1 )) ;; *) n=$((n - 1)) ;; esac
    want=$(sed -n "${n}p" "$T_DIR/any")
    t_keys "$k"
    T_WHAT="'$want' in the status line ($k with nobody selected: person mention $n of the article)" \
        t_poll t__status_is "${want##* · }" "${want% · *}"
done
t_keys Escape
t_wait_status_not 'mention [0-9]'
t_keys g

t_select_person "$name"
t_status_has "mention 1/$count" "'$name': the model has $count mentions"
t_in_view "$surface" "Enter on '$name': the first mention is not in view"
t_walk_mentions "$name" "$count"

# The filter: only paragraphs mentioning the person (focus back in the body).
t_keys Tab Tab g
t_wait "$opening" "Tab Tab g: the body at the top"
t_keys '&'
t_wait_gone "$opening" "& hides the first paragraph, which does not mention '$name'"
t_wait "$shown_opening" "& shows the first paragraph that mentions '$name'"
t_keys '&'
t_keys g
t_wait "$opening" "& again shows every paragraph"

# '' returns to where the selection's jump came from: from the end of the
# article, Enter on the same entry again jumps up to the first mention.
# (the last block that is not a caption: the caption pane shows those anyway)
last_block=$(t_jq '[.blocks[] | select(.kind != "caption")][-1].id')
last_opening=$(t_block_opening "$last_block")
t_keys G
t_wait "$last_opening" "G shows the end of the article"
t_keys BTab BTab Enter
t_wait_status "mention 1/$count" "Enter on '$name' again"
t_in_view "$surface" "Enter on '$name' from the end: the first mention is not in view"
t_wait_gone "$last_opening" "Enter on '$name' leaves the end of the article"
t_keys "'" "'"
t_wait "$last_opening" "' returns to the end, where the selection came from"

# Esc drops the selection.
t_keys Escape
t_wait_status_not 'mention [0-9]' "Esc drops the selection"

t_quit
