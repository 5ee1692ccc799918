#!/bin/sh
# The position is saved on SIGTERM, SIGHUP and Ctrl-C too, not only on q
# (issue 9, defect 12): each exits with 128 + the signal (143, 129, 130),
# gives the terminal back (alternate screen left, echo and line mode), and
# the reader reopens on the screen it left. Ctrl-Z suspends as in less: the
# shell's screen returns, and on fg the reader draws itself again.
. tests/term/lib.sh
t_init
t_sample_model
opening=$(t_block_opening "$(t_jq '[.blocks[] | select(.kind == "paragraph")][0].id')")
fmt() { tmux -L "$T_SOCK" display-message -p -t "$T_SESSION" "$1"; }
# The pane's shell writes its pid (the process group of the pane) and, as an
# interactive shell would, outlives a Ctrl-C meant for the reader.
pre='echo $$ >"$T_DIR/pgid"; trap : INT'

# The reader's own pid, in the pane's process group.
reader_pid() {
    ps -o pid=,comm= -g "$(cat "$T_DIR/pgid")" | awk -v c="$(basename "$DATELINE" | cut -c1-15)" '$2 == c { print $1; exit }'
}

n=0
for how in TERM:143 HUP:129 C-c:130; do
    sig=${how%:*} want=${how#*:}
    n=$((n + 1))
    rm -rf "$T_DIR/state" && mkdir "$T_DIR/state"
    T_PRELUDE="export T_DIR=$(t_q "$T_DIR"); $pre" t_start 100 30 "$T_SAMPLE"
    t_ready
    keys=$(printf 'd %.0s' $(seq 1 "$n"))
    t_keys $keys j j
    t_wait_gone "$opening" "scrolling away from the top"
    t_settle
    t_screen | sed '$d' >"$T_DIR/before"
    if [ "$sig" = C-c ]; then
        t_keys C-c
    else
        pid=$(reader_pid)
        [ -n "$pid" ] || t_fail "no dateline process in the pane"
        kill -s "$sig" "$pid"
    fi
    t_wait_exit
    t_check_stderr
    [ "$T_RC" = "$want" ] || t_fail "$sig: exit status $T_RC, expected $want"
    [ "$(fmt '#{alternate_on}')" = 0 ] || t_fail "$sig: the terminal is still on the alternate screen"
    for mode in echo icanon; do
        grep -E -q "(^|[ ;])$mode( |;|\$)" "$T_DIR/stty" || t_fail "$sig: the tty lacks '$mode' afterwards"
    done
    [ -n "$(find "$T_DIR/state" -type f)" ] || t_fail "$sig: no position saved"
    t_start 100 30 "$T_SAMPLE"
    t_ready
    t_settle
    t_screen | sed '$d' >"$T_DIR/after" # the status says "resumed"
    cmp -s "$T_DIR/before" "$T_DIR/after" || {
        diff "$T_DIR/before" "$T_DIR/after" | head -n 10
        t_fail "$sig: reopened on a different screen than the one left"
    }
    t_quit
done

# Ctrl-Z stops the reader and gives the terminal to the shell (a shell with
# job control: Linux ignores stop signals in an orphaned process group);
# fg resumes it, drawn again and still working.
t_start_sh 100 30 'sh -mc '"'"'"$DATELINE" doc/sample.txt; echo "back in the shell"; read x; fg'"'"
t_ready
t_keys C-z
t_wait "back in the shell" "Ctrl-Z gives the terminal back to the shell"
t_lacks_re '[0-9]+ quotes?' "Ctrl-Z: the reader's screen is still shown"
t_keys Enter
t_ready
t_keys ']'
t_wait_status 'Quote [0-9]+/' "] after fg"
t_quit
