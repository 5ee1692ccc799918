#!/bin/sh
# A running reader never crashes: 600 keys drawn at random from every default
# binding (overlays, prompts, focus changes, the filter, back, themes, with
# resizes between), on the sample and on an article made of control
# characters and broken marks. The reader must still answer afterwards and q
# must exit 0 with nothing on stderr (under ASan/UBSan: no report).
. tests/term/lib.sh
t_init

printf ' date 2024-01-02 X -- \033[2J "unclosed \033]0;t\007 ``mixed” (AP Photo/\n\n\001\002\177 ”” ““ \302\233 ' >"$T_DIR/odd.txt"

keys='j k Down Up C-n C-p Space f b NPage PPage C-f C-b d u g G Home End ] [ } { ) ( Tab BTab Enter Escape / n N o & '"'"' s c y t ? F1 C-l a 1'
set -- $keys
nkeys=$#

storm() {
    seed=$1
    i=0
    # A portable pseudo-random sequence (POSIX sh has no $RANDOM).
    while [ "$i" -lt 300 ]; do
        seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
        k=$(( seed / 65536 % nkeys + 1 ))
        eval "key=\${$k}"
        t_keys "$key"
        if [ $((i % 50)) -eq 49 ]; then
            t_resize $((20 + seed % 120)) $((4 + seed / 7 % 40))
        fi
        i=$((i + 1))
    done
    t_resize 100 30
    # Whatever state the storm left (a prompt, an overlay), Escape twice
    # returns to the body, and the reader still answers.
    t_keys Escape Escape Escape
    t_settle
    t_exited && t_fail "the reader exited during the storm (status $(cat "$T_DIR/rc"))"
    t_keys g
    t_ready
    t_quit
}

t_start 100 30 doc/sample.txt
t_ready
storm 12345
t_start 100 30 "$T_DIR/odd.txt"
t_wait_re 'quotes?' "the header of the odd article"
storm 777
echo "storm: 600 random keys with resizes, reader alive and clean"
