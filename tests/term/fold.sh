#!/bin/sh
# Small windows with the sample: at 60x20 and 40x12 the body stays readable
# (its opening words on one line), the header and status stay, keys work,
# and a side pane folds away in order (the sidebar before the captions). At
# 8x3 the screen says `window too small` and the program keeps running until
# the window grows again.
. tests/term/lib.sh
t_init
t_sample_model

date=$(t_jq '.article.date // empty')
first_block=$(t_jq '[.blocks[] | select(.kind == "paragraph")][0].id')
person=$(t_jq '[.entities[] | select(.type == "person" and (.credit | not))]
    | max_by(.mentions | length) | [.name, (.mentions | length)] | @tsv')
person_re=$(t_entry_re "$(printf '%s' "$person" | cut -f1)" "$(printf '%s' "$person" | cut -f2)")
# The opening words of the first paragraph that fit in half of WIDTH.
opening_for() {
    t_jq --argjson b "$first_block" '.blocks[] | select(.id == $b) | .text' | tr -s ' ' '\n' |
        awk -v max="$(($1 / 2))" '{ s = (NR == 1) ? $0 : s " " $0; if (length(s) > max) exit; print s }' |
        tail -n 1
}
tiny_says_so() {
    rows=$(t_screen)
    joined=$(printf '%s\n' "$rows" | tr -d '\n' | tr -s ' ')
    spaced=$(printf '%s\n' "$rows" | tr '\n' ' ' | tr -s ' ')
    case "$joined|$spaced" in *"window too small"*) return 0 ;; esac
    return 1
}
check_size() {
    w=$1 h=$2
    t_wait "$(opening_for "$w")" "${w}x${h}: the body shows its first words on one line"
    [ -z "$date" ] || t_line 1 | grep -F -q -e "$date" || t_fail "${w}x${h}: the header lost the date"
    t_lacks "window too small" "${w}x${h} is usable, yet the screen says 'window too small'"
    t_has "$(opening_for "$w")" "${w}x${h}: the body does not show its first words on one line"
    t_status | grep -E -q '[0-9]+%|\? help' || t_fail "${w}x${h}: no status line (percentage or '? help')"
    if t__has_re "$person_re"; then
        t_has '×2' "${w}x${h}: the sidebar is shown but the caption pane folded: the sidebar should fold first"
    fi
    t_keys ']'
    t_wait_status 'Quote 1/' "${w}x${h}: ] still works"
    t_keys Escape
    t_wait_status_not 'Quote [0-9]'
    t_keys g
}

t_start 60 20 "$T_SAMPLE"
check_size 60 20

# Shrinking a running reader folds the panes; growing brings them back.
t_resize 120 40
t_ready
t_wait_re "$person_re" "120x40: the sidebar is shown"
t_resize 40 12
t_wait_re_gone "$person_re" "40x12: the sidebar folds away"
check_size 40 12
t_resize 120 40
t_wait_re "$person_re" "back at 120x40 the sidebar returns"
t_wait '×2' "back at 120x40 the caption pane returns"

# Too small.
t_resize 8 3
T_WHAT="'window too small' at 8x3" t_poll tiny_says_so
sleep 0.3
t_exited && t_fail "the program exited at 8x3"
t_resize 100 30
t_ready
t_wait "$(opening_for 100)" "grown to 100x30 again, the body is back"
t_quit

# Started too small, it waits for the window to grow.
t_start 8 3 "$T_SAMPLE"
T_WHAT="'window too small' when started at 8x3" t_poll tiny_says_so
t_resize 80 24
t_ready
t_quit
