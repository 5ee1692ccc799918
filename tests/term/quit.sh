#!/bin/sh
# q quits with status 0 and gives the terminal back: the shell's screen
# returns (alternate screen left), the cursor shows, and the tty echoes and
# reads lines again. An article piped in (cat FILE | dateline) opens the
# reader with keys read from the terminal.
. tests/term/lib.sh
t_init
t_sample_model

fmt() { tmux -L "$T_SOCK" display-message -p -t "$T_SESSION" "$1"; }

T_PRELUDE='echo "shell-before-the-reader"' t_start 100 30 "$T_SAMPLE"
t_ready
t_lacks 'shell-before-the-reader' "the reader should draw on the alternate screen"
[ "$(fmt '#{alternate_on}')" = 1 ] || t_fail "the reader is not on the alternate screen"
t_quit
t_wait 'shell-before-the-reader' "after q the shell's screen returns"
t_lacks_re '[0-9]+ quotes?' "after q the reader's header is still on the screen"
[ "$(fmt '#{alternate_on}')" = 0 ] || t_fail "after q the terminal is still on the alternate screen"
[ "$(fmt '#{cursor_flag}')" = 1 ] || t_fail "after q the cursor is still hidden"
for mode in echo icanon isig icrnl opost; do
    grep -E -q "(^|[ ;])$mode( |;|\$)" "$T_DIR/stty" || t_fail "after q the tty lacks '$mode': $(cat "$T_DIR/stty")"
done

# A pipe: the article on stdin, the keys from the terminal.
t_start_sh 100 30 'cat doc/sample.txt | "$DATELINE"'
t_ready
t_keys ']'
t_wait_status 'Quote 1/' "] in a reader fed by a pipe"
t_keys Escape
t_wait_status_not 'Quote [0-9]'
t_keys j j
t_settle
t_quit
