#!/bin/sh
# less and vim movement on the sample at 80x14 with the side panes hidden:
# Ctrl-D / Ctrl-U half pages, e / Ctrl-E / Ctrl-Y one line, counts (5j, 3]),
# N% and Np, marks (m + letter, ' + letter), '' toggling back, Ctrl-O and
# Tab (Ctrl-I) along the jump list. Screens are compared with the status
# line left out (it shows the typed count and messages).
. tests/term/lib.sh
t_init
t_sample_model

t_start 80 14 "$T_SAMPLE"
t_ready
t_keys s c
t_wait_gone '×2' "c hides the caption pane"
t_settle

body() { t_screen | sed '$d'; }
keep() { t_settle; body >"$T_DIR/$1"; }
t__body_differs() { [ "$(body)" != "$(cat "$T_DIR/$1")" ]; }
t__body_is() { [ "$(body)" = "$(cat "$T_DIR/$1")" ]; }
# $1 keys (one tmux argument each), then the screen must become $2
expect() {
    _want=$1
    shift
    t_keys "$@"
    T_WHAT="the screen of '$_want' after $*" t_poll t__body_is "$_want"
}
moved() {
    _from=$1
    shift
    t_keys "$@"
    T_WHAT="the screen to change from '$_from' after $*" t_poll t__body_differs "$_from"
    t_settle
}

keep top
t_keys C-o
t_wait_status "oldest place" "Ctrl-O before any jump"
# half pages: d, Ctrl-D and Ctrl-U
moved top d
keep half
expect top C-u
expect half C-d
expect top u

# one line: j, e and Ctrl-E are the same; Ctrl-Y and k go back
moved top j
keep line
expect top C-y
expect line e
expect top k
expect line C-e
expect top k

# counts: 5j is j five times
t_keys j j j j j
moved top
keep five
expect top g
expect five 5 j
t_keys g
T_WHAT="the top again" t_poll t__body_is top

# 3] makes the third quotation current
t_keys 3 ']'
t_wait_status "Quote 3/[0-9]+" "3] goes to the third quotation"
t_keys Escape
t_keys g
T_WHAT="the top again" t_poll t__body_is top

# N% and Np: the same place, half way into the text
moved top 5 0 '%'
keep pc50
t_snap_status
case $T_ST in *" 5"[0-9]"%"* | *" 6"[0-9]"%"* | *" 7"[0-9]"%"*) ;; *)
    t_fail "50% shows a reading position of 50-79%" ;; esac
expect top g
expect pc50 5 0 p
expect top g

# marks: ma at 50%, g, then 'a returns; '' toggles back and forth
expect pc50 5 0 p
t_keys m a
t_wait_status "mark a set" "m a sets mark a"
expect top g
expect pc50 "'" a
expect top "'" "'"
expect pc50 "'" "'"
t_keys "'" b
t_wait_status "mark b is not set" "' b with no mark b"

# ' then a non-letter is back, as before marks, and that key counts too
expect top g
t_keys G
moved top
keep bottom
t_keys "'" Down
T_WHAT="' Down: back to the top, then one line down" t_poll t__body_is line

# Ctrl-O walks back along the jump list, Tab (Ctrl-I) forward again
expect top g
expect pc50 5 0 p
expect bottom G
expect pc50 C-o
expect top C-o
expect pc50 Tab
expect bottom Tab
# the walk is over: Tab moves the focus again, the body stays
t_keys Tab
t_settle
t__body_is bottom || t_fail "Tab after the newest place moved the body"

t_quit
