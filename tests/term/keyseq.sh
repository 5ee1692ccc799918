#!/bin/sh
# Keys that arrive as escape sequences the terminal's entry does not name
# (TERM set for another terminal): Esc [ H, Esc O F, Esc [ 1 ~, Esc [ 8 ~,
# Esc [ 6 ; 5 ~ are read as one key each (Home, End, Home, End, PgDn), an
# unknown sequence is swallowed whole, and Esc alone still clears. Never Esc,
# then '[' as a key of its own.
. tests/term/lib.sh
t_init
t_sample_model

t_start 80 14 "$T_SAMPLE"
t_ready
t_keys s c
t_wait_gone '×2' "c hides the caption pane"
t_settle
body() { t_screen | sed '$d'; }
t_screen | sed '$d' >"$T_DIR/top"
t__body_is() { [ "$(body)" = "$(cat "$T_DIR/$1")" ]; }
t__body_differs() { [ "$(body)" != "$(cat "$T_DIR/$1")" ]; }
esc=$(printf '\033')

# $1: the raw sequence after Esc; $2: what the screen must then be
seq_to() {
    t_type "$esc$1"
    T_WHAT="the screen after Esc $1" t_poll "$2" "$3"
    t_settle
    t_snap_status
    case $T_ST in *"not bound"*) t_fail "Esc $1 read as separate keys: $T_ST" ;; esac
}

t_keys G
T_WHAT="G to scroll away" t_poll t__body_differs top
t_settle
body >"$T_DIR/bottom"
seq_to '[H' t__body_is top
seq_to 'OF' t__body_is bottom
seq_to '[1~' t__body_is top
seq_to '[8~' t__body_is bottom
seq_to '[7~' t__body_is top
seq_to '[6;5~' t__body_differs top
seq_to '[H' t__body_is top
# an unknown sequence does nothing at all
t_type "${esc}[99;9~"
t_settle
t__body_is top || t_fail "an unknown sequence moved the body"
t_snap_status
case $T_ST in *"not bound"* | *"search"*) t_fail "an unknown sequence ran keys: $T_ST" ;; esac

# Esc alone still clears the current quotation
t_keys ']'
t_wait_status "Quote 1/"
t_keys Escape
t_wait_status_not "Quote 1/" "Esc clears the current quotation"
t_quit
