#!/bin/sh
# Names too long for the sidebar are cut from the front so the surname
# stays (issue 9, defect 8): given names become initials ("M. F. C.
# Rivera"), never "Maria Fernanda Ca…"; with the cursor on the name the
# status line shows it whole.
. tests/term/lib.sh
t_init
cat >"$T_DIR/a.txt" <<'TXT'
 date 2025-05-02 KELSO, Scotland -- Harbour master Maria Fernanda Castillo Rivera opened the new quay on Friday.

"It took nine years," Castillo Rivera said. "Nine long years."

The quay cost four million pounds, Castillo Rivera said.
TXT
t_model "$T_DIR/a.txt"
name=$(t_jq '[.entities[] | select(.type == "person")][0].name')
[ "$name" = "Maria Fernanda Castillo Rivera" ] || t_skip "the model names the person '$name'"

t_start 100 12 "$T_DIR/a.txt"
t_ready
t_snap
row=$(printf '%s\n' "$T_SCR" | sed -n 's/.*│ *\(.*[^ ]\) *[0-9][0-9]* *[0-9][0-9]*q *$/\1/p' | head -n 1)
[ -n "$row" ] || t_fail "no sidebar line for the quoted person"
case $row in
*Rivera*) ;;
*) t_fail "the sidebar cut the surname off: '$row'" ;;
esac
case $row in M.\ *) ;; *) t_fail "the sidebar does not shorten the given names to initials: '$row'" ;; esac
t_status_has '? help'
case $T_ST in *"$name"*) t_fail "the full name is in the status line before the cursor is on it" ;; esac
t_keys Tab
t_wait_status "$name" "with the cursor on the shortened name, the status line shows it whole"
t_quit
