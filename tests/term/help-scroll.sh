#!/bin/sh
# The help scrolls at small sizes (issue 9, defect 11): at 40x12 it cannot
# show every command; j, Space, G and g move through it until the last one
# (quit) shows, and q then closes it without quitting.
. tests/term/lib.sh
t_init
t_start 40 12 "$T_SAMPLE"
t_wait "? help" "the reader"
t_keys '?'
t_wait 'line-down' "? shows the help from its first command"
t_lacks ' quit' "the whole help fits at 40x12; this test needs a window too short"
t_keys j
t_wait_gone 'line-down' "j scrolls the help one row"
t_has 'line-up' "j scrolled more than one row"
t_keys Space
t_wait_gone 'line-up' "Space scrolls the help a page"
t_keys G
t_wait ' quit' "G shows the end of the help"
t_has 'help' "the end of the help"
t_keys g
t_wait 'line-down' "g goes back to the first command"
t_keys q
t_wait_gone 'line-down' "q closes the help"
sleep 0.3
t_exited && t_fail "q in the help quit the program"
t_quit
