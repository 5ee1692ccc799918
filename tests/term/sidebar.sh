#!/bin/sh
# A sidebar longer than its pane: the last row says how many entries are cut
# (`↓ N more`), and scrolled down the list keeps the title of the section
# the top entry belongs to on its first row.
. tests/term/lib.sh
t_init
t_sample_model

t_start 100 16 "$T_SAMPLE"
t_ready
# the sidebar's part of screen line N: after the pane's border
side() { t_line "$1" | sed 's/^.*│//'; }
t_wait "more" "a cut sidebar says how much more there is"
t_line $((T_H - 1)) | grep -q '↓ [0-9][0-9]* more' || t_fail "no '↓ N more' on the sidebar's last row"
n1=$(t_line $((T_H - 1)) | sed -n 's/.*↓ \([0-9][0-9]*\) more.*/\1/p')

t_keys Tab j j j j j j j j j j j j
t_settle
first=$(side 2)
case $first in *People* | *Places* | *Organisations* | *Credits*) ;; *)
    t_fail "scrolled, the first sidebar row is '$first', not its section's title" ;; esac
t_keys G
t_settle
t_line $((T_H - 1)) | grep -q 'more' && t_fail "at the end of the list, '↓ N more' is still shown"
case $(side 2) in *People* | *Places* | *Organisations* | *Credits*) ;; *)
    t_fail "at the end, the first sidebar row is '$(side 2)', not a section title" ;; esac
t_keys g
t_wait_re "↓ $n1 more" "back at the top the same count of entries is cut"
t_keys Escape
t_quit
