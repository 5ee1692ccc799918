#!/bin/sh
# The help overlay: ? and F1 show the bound keys beside their command names
# (from the same table as the config's [keys]); any key closes it, q closes
# it without quitting. A key rebound in the config's [keys] section works,
# the old key no longer does, and the help lists the new one. The keys
# beside the table (5j, N%, Ctrl-Z, C-i that is Tab) are listed too.
. tests/term/lib.sh
t_init
t_sample_model

# A help line names the command and shows one of its default keys.
check_help() {
    t_wait 'next-quote' "$1 shows the help overlay"
    for pair in 'next-quote ]' 'prev-quote [' 'search /' 'quote-overview o' 'toggle-sidebar s' \
        'help ?' 'quit q'; do
        cmd=${pair% *} key=${pair#* }
        t_screen | grep -E -e "(^|[^a-z-])$(t_re "$cmd")([^a-z-]|\$)" | grep -F -q -e "$key" ||
            t_fail "$1: no help line with '$cmd' and its key '$key'"
    done
}

t_start 100 40 "$T_SAMPLE"
t_ready
t_lacks 'next-quote'
t_keys '?'
check_help '?'
t_keys x
t_wait_gone 'next-quote' "any key (x) closes the help"
t_has_re '[0-9]+ quotes?' "the reader is back after closing the help"

t_keys F1
check_help 'F1'
t_keys q
t_wait_gone 'next-quote' "q closes the help"
sleep 0.3
t_exited && t_fail "q in the help overlay quit the program"
t_quit

mkdir -p "$T_DIR/config/dateline"
printf '[keys]\nnext-quote = x\n' >"$T_DIR/config/dateline/config.ini"
t_start 100 40 "$T_SAMPLE"
t_ready
t_keys x
t_wait_status 'Quote 1/' "x, bound to next-quote in [keys]"
# ] no longer steps: after ] x the second quotation is current, not the third.
t_keys ']' x
t_wait_status 'Quote [2-9]/' "x again"
t_settle
t_status_has 'Quote 2/' "] still runs next-quote after [keys] next-quote = x"
t_keys Escape
t_wait_status_not 'Quote [0-9]'
t_keys '?'
t_wait 'next-quote' "? after rebinding"
line=$(t_screen | grep -E -e '(^|[^a-z-])next-quote([^a-z-]|$)')
case $line in
*" x "*) ;;
*) t_fail "help: the next-quote line does not show its new key x: $line" ;;
esac
case $line in *"]"*) t_fail "help: the next-quote line still shows ]: $line" ;; esac
t_keys x
t_wait_gone 'next-quote'
t_quit

# Beside the command table the help lists what keys.md lists with it: a
# count before a key, N% and Np, Ctrl-Z, and C-i for jump-newer, saying
# that a terminal sends it as Tab.
t_start 200 60 "$T_SAMPLE"
t_ready
t_keys '?'
t_wait 'next-quote' "? at 200x60"
help_line() { t_screen | grep -E -e "(^|[^a-z-])$(t_re "$1")([^a-z-]|\$)"; }
line=$(help_line jump-newer)
case $line in *C-i*Tab*) ;; *) t_fail "help: the jump-newer line lacks C-i and that it is Tab: $line" ;; esac
line=$(help_line back)
case $line in *"''"*) ;; *) t_fail "help: the back line lacks '': $line" ;; esac
for key in 5j "3]" "N%" Np C-z; do
    t_screen | grep -F -q -e "$key" || t_fail "help: no line gives $key"
done
t_keys q
t_wait_gone 'next-quote'
t_quit
