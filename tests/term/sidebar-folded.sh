#!/bin/sh
# At a width where the sidebar folds away, s or Tab open it as an overlay
# over the body (with the focus, so j and Enter work in it) instead of
# changing a state nobody can see; Esc, s or Tab onwards close it.
. tests/term/lib.sh
t_init
t_sample_model

t_start 60 24 "$T_SAMPLE"
t_ready
t_lacks "People" "at 60 columns the sidebar is folded"
t_keys s
t_wait "People" "s opens the folded sidebar over the body"
t_lacks "too narrow" "s says nothing of a width it could work around"
t_keys Escape
t_wait_gone "People" "Esc closes the overlay"
t_keys s
t_wait "People"
t_keys s
t_wait_gone "People" "s again closes it"

t_keys Tab
t_wait "People" "Tab to the folded sidebar opens it"
t_keys_status Enter
t_status_has "mention 1/" "Enter in the overlay selects the entry under the cursor"
t_keys Tab
t_wait_gone "People" "Tab onwards closes the overlay"
t_quit
