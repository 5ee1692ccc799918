#!/bin/sh
# Colour: with NO_COLOR set, or --no-color, no colour escapes at all (bold
# and reverse may remain), even after switching themes with t. Themes:
# --theme mono and cycling with t keep the reader working, and some theme
# colours the screen (the control: this check can see colour).
. tests/term/lib.sh
t_init
t_sample_model

ESC=$(printf '\033')
# Colour parameters among the SGR sequences of the pane (capture-pane -e):
# 30-37, 38 (extended), 40-47, 48, 90-97, 100-107. 39 and 49 are defaults.
colour_sgr() {
    t_screen -e | grep -o "$ESC\[[0-9;:]*m" | sed "s/^$ESC\[//; s/m\$//" | tr ';:' '\n\n' |
        grep -E -x '3[0-8]|4[0-8]|9[0-7]|10[0-7]' | head -n 3
}
# Puts the things a theme colours on screen: a current quotation with its
# speaker, then search matches.
highlight_things() {
    t_keys ']'
    t_wait_status 'Quote 1/'
    t_keys / && t_type turbine && t_keys Enter
    t_wait_status 'match 1/'
}

for how in env flag; do
    if [ $how = env ]; then
        T_ENV=NO_COLOR=1 t_start 100 30 "$T_SAMPLE"
    else
        t_start 100 30 --no-color "$T_SAMPLE"
    fi
    t_ready
    highlight_things
    found=$(colour_sgr | tr '\n' ' ')
    [ -z "$found" ] || t_fail "NO_COLOR ($how): colour SGR parameters $found on the screen"
    for i in 1 2 3 4; do
        t_keys_status t
        found=$(colour_sgr | tr '\n' ' ')
        [ -z "$found" ] || t_fail "NO_COLOR ($how): after t x$i, colour SGR parameters $found"
    done
    t_has_re '[0-9]+ quotes?' "NO_COLOR ($how): the header went away after t"
    t_quit
done

# --theme mono, then every theme in turn with t: the reader keeps working,
# and some theme shows colour (the control: this check can see colour).
t_start 100 30 --theme mono "$T_SAMPLE"
t_ready
highlight_things
coloured=
for i in 1 2 3 4; do
    t_keys_status t
    t_has_re '[0-9]+ quotes?' "after t x$i the header is gone"
    t_status_has 'match 1/' "after t x$i the search status is gone"
    [ -n "$(colour_sgr)" ] && coloured=yes
done
[ -n "$coloured" ] || t_fail "no theme showed colour escapes: this test could not see NO_COLOR work"
t_quit
