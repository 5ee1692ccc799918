#!/bin/sh
# The reading position is remembered: scrolled into the sample and quit with
# q, the reader reopens on the same screen and says so once in the status
# line (`resumed at N% — g for top`). It is kept under XDG_STATE_HOME,
# nothing is written in HOME, and without the state it opens at the top.
. tests/term/lib.sh
t_init
t_sample_model

first_block=$(t_jq '[.blocks[] | select(.kind == "paragraph")][0].id')
opening=$(t_block_opening "$first_block")

t_start 100 30 "$T_SAMPLE"
t_ready
t_has "$opening"
t_keys d d j j j
t_wait_gone "$opening" "d d j j j scrolls away from the top"
t_settle
t_screen | sed '$d' >"$T_DIR/before"
pc=$(t_status | grep -oE '[0-9]+%' | tail -n 1)
t_quit
[ -n "$(find "$T_DIR/state" -type f)" ] || t_fail "nothing was written under XDG_STATE_HOME"
[ -z "$(find "$T_DIR/home" -mindepth 1)" ] || t_fail "files written in HOME: $(find "$T_DIR/home" -mindepth 1 | head -n 3)"

t_start 100 30 "$T_SAMPLE"
t_ready
t_settle
t_status_has "resumed at $pc" "the first screen of a restored position says so"
t_status_has "g for top"
t_screen | sed '$d' >"$T_DIR/after"
if ! cmp -s "$T_DIR/before" "$T_DIR/after"; then
    echo "---- at quit ----"
    sed 's/^/|/' "$T_DIR/before"
    diff "$T_DIR/before" "$T_DIR/after" | head -n 20
    t_fail "reopened on a different screen than the one left"
fi
# the note lasts one frame
t_keys j
t_wait_status_not "resumed at"
t_quit

rm -rf "$T_DIR/state"
mkdir "$T_DIR/state"
t_start 100 30 "$T_SAMPLE"
t_ready
t_has "$opening" "without saved state the reader should open at the top"
t_lacks "resumed at" "nothing was resumed"
t_quit
