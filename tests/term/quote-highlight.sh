#!/bin/sh
# The current quotation's highlight has no holes (issue 9, defect 10): a
# name inside the quotation keeps the quotation's background (the default
# theme) or its reverse video (NO_COLOR), like the words around it. At 66
# columns the sidebar folds away, so the name is on the screen once.
. tests/term/lib.sh
t_init
cat >"$T_DIR/a.txt" <<'TXT'
 date 2025-05-02 KELSO, Scotland -- A ferry pilot named Oren Vasquez retired on Friday after forty years on the water.

"Ask Mara Quist about the nets, she knows them all," Vasquez said.
TXT
t_model "$T_DIR/a.txt"
[ "$(t_jq '[.entities[] | select(.name == "Mara Quist") | .mentions[]] | length')" -ge 1 ] ||
    t_skip "the model does not mark the name inside the quotation"

for env in NO_COLOR=1 COLORTERM=; do
    T_ENV=$env t_start 66 12 "$T_DIR/a.txt"
    t_ready
    t_keys ']'
    t_wait_status 'Quote 1/1' "] makes the quotation current"
    t_settle
    before=$(t_screen -e | t_sgr_at 'about the nets')
    inside=$(t_screen -e | t_sgr_at 'Mara Quist')
    case $before in rev=0\ bg=-) t_fail "$env: the current quotation is not highlighted ($before)" ;; esac
    [ "$before" = "$inside" ] ||
        t_fail "$env: the name inside the current quotation breaks its highlight: words '$before', name '$inside'"
    t_quit
done
