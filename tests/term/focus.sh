#!/bin/sh
# Focus in the sample at 120x40: Tab goes body -> sidebar -> captions -> body
# and Shift-Tab the other way. Where the focus is shows in what keys do:
# Enter in the sidebar selects an entity (`mention 1/M`), Enter in the
# captions makes the first caption current (`Caption 1/N`, whole) and selects the person it shows, j
# in the body scrolls it a line. Esc clears each selection. ) and ( select
# the next and previous caption and show it whole.
. tests/term/lib.sh
t_init
t_sample_model

first_block=$(t_jq '[.blocks[] | select(.kind == "paragraph")][0].id')
opening=$(t_block_opening "$first_block")
second_block=$(t_jq '[.blocks[] | select(.kind == "paragraph")][1].id')
second=$(t_block_opening "$second_block")
t_jq '.captions[0].text' >"$T_DIR/caption"
# The first person the first caption shows: Enter on it selects them.
shown=$(t_jq '.captions[0].people[0] as $p | if $p == null then "" else (.entities[] | select(.id == $p) | .name) end')

t_start 120 40 "$T_SAMPLE"
t_ready
t_has "$opening"

# Words from the second half of the first caption that the screen does not
# show yet: the whole caption brings them.
hidden_caption_words() {
    words=$(grep -oE '[[:alpha:]]{4,}' "$T_DIR/caption")
    n=$(printf '%s\n' "$words" | wc -l)
    scr=$(t_screen)
    printf '%s\n' "$words" | tail -n "$((n / 2))" | while IFS= read -r w; do
        case $scr in *"$w"*) ;; *) echo "$w" ;; esac
    done
}
hidden=$(hidden_caption_words)
[ -n "$hidden" ] || t_fail "every word of the first caption is on the first screen; cannot tell it is shown whole"

expect_sidebar() {
    t_keys Enter
    t_wait_status 'mention 1/[0-9]+' "$1: Enter should select an entity in the sidebar"
    for w in $hidden; do
        t_lacks "$w" "$1: Enter showed the first caption whole, as in the caption pane, not the sidebar"
    done
    t_keys Escape
    t_wait_status_not 'mention [0-9]' "$1: Esc drops the selection"
}
expect_captions() {
    t_keys Enter
    for w in $hidden; do
        t_wait "$w" "$1: Enter in the caption pane shows the first caption whole"
    done
    t_wait_status "Caption 1/" "$1: Enter on the caption makes it current"
    [ -z "$shown" ] || t_status_has "$shown" "$1: Enter on the caption selects '$shown', whom it shows"
    t_keys Escape
    t_settle
}
# The row of the second paragraph's opening: j in the body moves it up one.
second_row() { t_screen | grep -n -F -e "$second" | head -n 1 | cut -d: -f1; }
at_row() { [ "$(second_row)" = "$want_row" ]; }
expect_body() {
    t_keys g
    t_wait "$opening"
    t_settle
    row=$(second_row)
    [ -n "$row" ] || t_fail "the second paragraph is not on the first screen"
    t_keys j
    want_row=$((row - 1))
    T_WHAT="the second paragraph one row up ($1: j scrolls the body)" t_poll at_row
    t_keys k
    want_row=$row
    T_WHAT="the second paragraph back in its row ($1: k)" t_poll at_row
}

expect_body "at start"
t_keys Tab
expect_sidebar "Tab once"
t_keys Tab
expect_captions "Tab twice"
t_keys Tab
expect_body "Tab three times"
t_keys BTab
expect_captions "Shift-Tab from the body"
t_keys BTab
expect_sidebar "Shift-Tab twice"
t_keys BTab
expect_body "Shift-Tab three times"

# ) and ( select the next and previous caption and show it whole.
t_keys g
t_wait "$opening"
t_jq '.captions[1].text' >"$T_DIR/caption2"
cp "$T_DIR/caption" "$T_DIR/caption1"
cp "$T_DIR/caption2" "$T_DIR/caption"
hidden2=$(hidden_caption_words)
cp "$T_DIR/caption1" "$T_DIR/caption"
[ -n "$hidden2" ] || t_fail "every word of the second caption is on the screen already"
t_keys ')'
for w in $hidden; do t_wait "$w" ") shows the first caption whole"; done
t_keys ')'
for w in $hidden2; do t_wait "$w" ") again shows the second caption whole"; done
t_keys '('
for w in $hidden; do t_wait "$w" "( shows the first caption whole again"; done

t_quit
