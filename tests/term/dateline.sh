#!/bin/sh
# The dateline is a mention of the place it names, at the top of the
# article (issue 9, defect 7): no place in the sidebar shows 0 mentions,
# and Enter on the dateline's place goes to the top with `mention 1/1`.
. tests/term/lib.sh
t_init
{
    printf ' date 2025-05-02 KELSO, Scotland -- A ferry pilot named Oren Vasquez retired on Friday after forty years on the water, the harbour board said.\n'
    i=1
    while [ $i -le 30 ]; do
        printf '\nParagraph %d tells of tides and nets and the long winters on the firth.\n' $i
        i=$((i + 1))
    done
} >"$T_DIR/a.txt"
t_model "$T_DIR/a.txt"
[ "$(t_jq '[.entities[] | select(.name == "Kelso")] | length')" = 1 ] ||
    t_skip "the model has no place for the dateline"

t_start 100 20 "$T_DIR/a.txt"
t_ready
t_wait_re "$(t_entry_re Kelso 1)" "the dateline's place with one mention"
t_lacks_re "$(t_entry_re Kelso 0)" "a place with 0 mentions in the sidebar"
t_keys G
t_wait_gone "ferry pilot" "G leaves the top"
t_keys Tab
n=0
while :; do
    t_keys_status Enter
    case $T_ST in *Kelso*) break ;; esac
    n=$((n + 1))
    [ $n -lt 10 ] || t_fail "Enter never selected Kelso"
    t_keys j
done
t_status_has "mention 1/1" "Enter on the dateline's place"
t_wait "ferry pilot" "Enter on the dateline's place goes to the top of the article"
t_quit
