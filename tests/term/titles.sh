#!/bin/sh
# Titles of works and scare quotes are not walked as quotations (issue 9,
# defect 9): the header counts speech and titles apart (`2 quotes · 3
# titles`), ] and [ step through the speech only, and the overview o lists
# only speech. Which is which comes from the model (quotes[].kind); the test
# skips while the model marks no title.
. tests/term/lib.sh
t_init
cat >"$T_DIR/a.txt" <<'TXT'
 date 2025-02-10 LOS ANGELES -- The drama "Harbor Lights" led the nominations on Monday, ahead of "The Long Field" and the comedy "Paper Kings".

"We made it for almost nothing," said director Ilse Marrow, whose film "Harbor Lights" took six years to finance.

Critics had called the film "slow" when it opened, but audiences stayed. "People came back twice," Marrow said.
TXT
t_model "$T_DIR/a.txt"
speech=$(t_jq '[.quotes[] | select(.kind == "speech" or .kind == null)] | length')
titles=$(t_jq '[.quotes[] | select(.kind == "title")] | length')
[ "$titles" -gt 0 ] || t_skip "the model marks no quoted title (quotes[].kind)"
t_jq '(.entities | map({key: (.id | tostring), value: .name}) | from_entries) as $n
    | .quotes[] | select(.kind == "speech" or .kind == null)
    | [(if .speaker == null then "unattributed" else $n[.speaker | tostring] end),
       (.text | gsub("[\t\n]"; " "))] | @tsv' >"$T_DIR/speech.tsv"

t_start 120 30 "$T_DIR/a.txt"
t_wait_re "$speech quotes? · $titles titles?" "the header counts speech and titles apart"
t_step_quotes "$T_DIR/speech.tsv"
# one more ] wraps to the first speech, never to a title
t_keys ']' ']'
t_wait_status "Quote [0-9]+/$speech([^0-9]|\$)" "] after the last"
t_keys Escape o
t_wait_re "^.?[│|] +1  " "the overview"
rows=$(t_screen | grep -c -E "^.?[│|] +[0-9]+  ")
[ "$rows" -eq "$speech" ] || t_fail "the overview lists $rows quotations; the model has $speech of speech"
t_keys Escape
t_quit
