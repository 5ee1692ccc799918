#!/bin/sh
# The search prompt edits as in less and a shell (issue 9, defect 4):
# Ctrl-W deletes a word, Ctrl-U the line, ← and → move the cursor to
# insert in the middle, ↑ and ↓ walk the search history, which is kept in
# $XDG_STATE_HOME/dateline/ and so is there in the next session.
. tests/term/lib.sh
t_init
t_sample_model
n=$(t_jq '[.blocks[].text | scan("octopus")] | length')
[ "$n" -ge 1 ] || { echo "FAIL: the sample has no 'octopus'"; exit 1; }

t_start 120 30 "$T_SAMPLE"
t_ready
t_keys /
t_type 'nobody asked'
t_wait_status '^ ?/nobody asked' "typing in the prompt"
t_keys C-w
t_wait_status '^ ?/nobody *$' "Ctrl-W deletes the word before the cursor"
t_keys C-u
t_wait_status '^ ?/$' "Ctrl-U deletes the line"
t_type octpus
t_keys Left Left Left
t_type o
t_wait_status '^ ?/octopus$' "Left Left Left, then o inserts in the middle"
t_keys Enter
t_wait_status "match 1/$n([^0-9]|\$)" "the edited query is searched"
t_keys Escape /
t_type zebra
t_keys Up
t_wait_status '^ ?/octopus$' "Up brings back the last search"
t_keys Down
t_wait_status '^ ?/zebra$' "Down returns to the line being typed"
t_keys Escape
t_quit
[ -s "$T_DIR/state/dateline/search-history" ] || t_fail "no search history in XDG_STATE_HOME/dateline/"

t_start 120 30 "$T_SAMPLE"
t_ready
t_keys / Up
t_wait_status '^ ?/octopus$' "the history is kept for the next session"
t_keys Enter
t_wait_status "match [0-9]+/$n([^0-9]|\$)"
t_quit
