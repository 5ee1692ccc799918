#!/bin/sh
# An article carrying terminal escape sequences (OSC 0 title with BEL, CSI 2J
# clear screen): the reader shows them as visible ^[ text; the pane title
# stays what it was and the screen is not cleared.
. tests/term/lib.sh
t_init

art=$T_DIR/escapes.txt
{
    printf 'First paragraph opens the story, and "it is quoted here," Ana Ruiz said.\n\n'
    printf 'Second paragraph carries \033]0;pwned-title\007 and \033[2J inside it, then ends.\n\n'
    printf 'Third paragraph closes the story.'
} >"$art"

T_PRELUDE='printf "\033]2;kept-title\033\\\\"' t_start 100 30 "$art"
t_ready
t_settle
title=$(tmux -L "$T_SOCK" display-message -p -t "$T_SESSION" '#{pane_title}')
[ "$title" = kept-title ] || t_fail "the pane title changed to '$title' (was kept-title): an escape sequence reached the terminal"
t_has '^[]0;pwned-title' "ESC ] 0 ; is not shown as visible ^[ text"
t_has '^[[2J' "ESC [ 2 J is not shown as visible ^[ text"
t_has 'First paragraph opens' "the text before the escapes is gone: the screen was cleared"
t_has 'Second paragraph carries' "the paragraph with the escapes is not shown"
t_has 'Third paragraph closes' "the text after the escapes is not shown"
t_has_re '[0-9]+ quotes?' "the header is gone: the screen was cleared"
t_keys j k
t_settle
t_has 'First paragraph opens' "after j k the first paragraph is gone"
title=$(tmux -L "$T_SOCK" display-message -p -t "$T_SESSION" '#{pane_title}')
[ "$title" = kept-title ] || t_fail "after j k the pane title changed to '$title'"
t_quit
