#!/bin/sh
# Reopening the quotation overview after choosing a late item keeps the list
# filled (issue 9, defect 3): the selection is visible with as many rows
# above it as fit, no empty rows below the last quotation.
. tests/term/lib.sh
t_init
t_sample_model
t_start 120 14 "$T_SAMPLE"
t_ready
t_header_quotes
t_quotes_tsv "$T_QMODE" >"$T_DIR/q.tsv"
last=$(sed -n "${T_QM}p" "$T_DIR/q.tsv" | cut -f2-)
before=$(sed -n "$((T_QM - 3))p" "$T_DIR/q.tsv" | cut -f2-)
first=$(sed -n 1p "$T_DIR/q.tsv" | cut -f2-)
t_keys o
t_wait "$(t_prefix 14 "$first")" "o lists the first quotation"
t_lacks "$(t_prefix 14 "$last")" "the window should be too short for the whole list"
t_keys G Enter
t_wait_status "Quote $T_QM/$T_QM" "G Enter in the overview chooses the last quotation"
t_keys o
t_wait "$(t_prefix 14 "$last")" "o again shows the chosen quotation"
t_has "$(t_prefix 14 "$before")" "reopened overview: the quotations above the chosen one are not shown"
# the overview's box (shorter than the list): every row between its
# borders holds a quotation
t_screen | awk '/quotations \(Enter/ { on = 1; next } on && /└|\+--/ { exit } on { print }' >"$T_DIR/rows"
empty=$(grep -c -E '^.?[│|] *[│|]' "$T_DIR/rows")
[ "$empty" -eq 0 ] || t_fail "the reopened overview has $empty empty rows"
t_keys Escape
t_wait_gone "quotations (Enter" "Esc closes the overview"
t_quit
