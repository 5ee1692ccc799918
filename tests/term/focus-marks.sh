#!/bin/sh
# What has the focus and what is selected shows in every theme, here with
# NO_COLOR (issue 9, defect 5): the focused pane's border is heavy (┃ ━);
# the selected entity is marked ▸ and not reversed, the cursor row is
# reversed; one entity is selected at a time; the caption under the
# cursor collapses again when the focus leaves the caption pane.
. tests/term/lib.sh
t_init
t_sample_model
first=$(t_jq '[.entities[] | select(.type == "person" and (.credit | not))] | max_by(.mentions | length) | .name')
# Words of the first caption not on the first screen: shown only when the
# caption is whole.
t_jq '.captions[0].text' | grep -oE '[[:alpha:]]{5,}' >"$T_DIR/words"

T_ENV=NO_COLOR=1 t_start 120 40 "$T_SAMPLE"
t_ready
t_lacks '┃' "no pane but the body has the focus, yet a heavy border shows"
t_lacks '━' "no pane but the body has the focus, yet a heavy border shows"
hidden=""
for w in $(cat "$T_DIR/words"); do t_snap; case $T_SCR in *"$w"*) ;; *) hidden="$hidden $w" ;; esac; done
[ -n "$hidden" ] || t_fail "the first caption is whole on the first screen already"

t_select_person "$first" # Tab, then Enter
t_wait '┃' "Tab to the sidebar: its border turns heavy"
t_lacks '━'
t_keys j
t_settle
t_has "▸$first" "the selected entity has no ▸ mark"
# the name on the sidebar row below it, where the cursor went
second=$(t_screen | sed 's/^.*[│┃|]//' | grep -A1 -F "▸$first" | sed -n 2p |
    sed 's/^ *//; s/ *[0-9][0-9 q]*$//')
[ -n "$second" ] || t_fail "no sidebar row below '$first'"
# the sidebar's side of each line (the body may name them too)
side() { t_screen -e | sed 's/^.*[│┃|]//'; }
sel=$(side | t_sgr_at "$first")
cur=$(side | t_sgr_at "$second")
case $cur in rev=1*) ;; *) t_fail "the cursor row ($second) is not in reverse video: $cur" ;; esac
case $sel in rev=0*) ;; *) t_fail "the selected row ($first) looks like the cursor: $sel" ;; esac
# one entity at a time
t_keys Enter
t_wait_status "$(t_re "$second").*mention 1/" "Enter on $second"
t_has "▸$second"
[ "$(t_screen | grep -c '▸')" -eq 1 ] || t_fail "more than one entity marked selected"

t_keys Escape Tab
t_wait '━' "Tab to the captions: their border turns heavy"
t_lacks '┃' "the sidebar keeps a heavy border after the focus left it"
for w in $hidden; do t_wait "$w" "the caption under the cursor is shown whole"; done
t_keys Tab
t_wait_gone '━' "the focus back in the body"
for w in $hidden; do t_wait_gone "$w" "the caption collapses when the focus leaves the caption pane"; done
t_quit
