#!/bin/sh
# Wide characters leave nothing stale (issue 9, defect 13): an article with
# emoji flags (regional indicator pairs), ZWJ sequences and a skin tone,
# scrolled line by line down and back, shows exactly what a full repaint
# (Ctrl-L) shows.
. tests/term/lib.sh
t_init
{
    printf ' date 2025-05-02 KELSO, Scotland -- The ferry flew a flag.\n\n'
    i=1
    while [ $i -le 12 ]; do
        printf 'Line %d: fans waved \360\237\207\252\360\237\207\270 and \360\237\207\253\360\237\207\267 flags while a coder \360\237\221\251\342\200\215\360\237\222\273 typed and a family \360\237\221\250\342\200\215\360\237\221\251\342\200\215\360\237\221\247 watched \360\237\221\215\360\237\217\275 from the quay.\n\n' $i
        i=$((i + 1))
    done
} >"$T_DIR/a.txt"

t_start 80 14 "$T_DIR/a.txt"
t_ready
for keys in 'j j j' 'k k' 'j j j j' 'k k k k k'; do
    t_keys $keys
    t_settle
    t_screen >"$T_DIR/moved"
    t_keys C-l
    sleep 0.3
    t_settle
    t_screen >"$T_DIR/repainted"
    if ! cmp -s "$T_DIR/moved" "$T_DIR/repainted"; then
        diff "$T_DIR/moved" "$T_DIR/repainted" | head -n 10
        t_fail "after '$keys' the screen differs from its full repaint: stale characters"
    fi
done
t_quit
