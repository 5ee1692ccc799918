#!/bin/sh
# Configuration errors (issue 9, defect 6): every problem of a config file
# is listed — by `dateline --check-config` (exit 1 when there are any, 0
# when none) and on stderr before the reader starts; a syntax error loses
# only its own line (a broken section header its section), so the settings
# after it still apply; a [keys] line that takes a key from another command
# says so; `--config FILE` that does not exist is an error (exit 1).
. tests/term/lib.sh
t_init
mkdir -p "$T_DIR/config/dateline"
cat >"$T_DIR/config/dateline/config.ini" <<'INI'
[general]
this line is broken
mouse = maybe
[view
measure = 30
[view]
sidebar-width = 20
[keys]
d = quit
INI

XDG_CONFIG_HOME=$T_DIR/config "$DATELINE" --check-config >"$T_DIR/out" 2>"$T_DIR/err"
rc=$?
[ "$rc" = 1 ] || t_fail "--check-config with problems: exit status $rc, expected 1"
for want in 'line 2' 'mouse' 'line 4' 'half-down'; do
    grep -q -e "$want" "$T_DIR/err" || { cat "$T_DIR/err"; t_fail "--check-config does not list the problem '$want'"; }
done
[ "$(wc -l <"$T_DIR/err")" -eq 4 ] || { cat "$T_DIR/err"; t_fail "--check-config: expected 4 lines, one a problem"; }

printf '[view]\nmeasure = 60\n' >"$T_DIR/good.ini"
"$DATELINE" --check-config --config "$T_DIR/good.ini" >/dev/null 2>"$T_DIR/err2" ||
    t_fail "--check-config on a good file: exit status $?: $(cat "$T_DIR/err2")"
[ -s "$T_DIR/err2" ] && t_fail "--check-config on a good file wrote to stderr"

"$DATELINE" --config "$T_DIR/missing.ini" "$T_SAMPLE" >/dev/null 2>"$T_DIR/err3"
rc=$?
[ "$rc" = 1 ] || t_fail "--config with a missing file: exit status $rc, expected 1"
grep -q 'missing.ini' "$T_DIR/err3" || t_fail "--config with a missing file: no message naming it"

# The reader: the settings after the broken lines apply (a 20-column
# sidebar), the status line counts the problems, stderr lists them all.
t_start 120 30 "$T_SAMPLE"
t_ready
t_wait_status '4 problems' "the status line counts the problems"
body_w=$(t_line 2 | sed 's/│.*//' | wc -m)
[ "$body_w" -eq 100 ] || t_fail "sidebar-width = 20 after the broken lines not applied (the body is $((body_w - 1)) columns)"
t_keys q
t_wait_exit
for want in 'line 2' 'mouse' 'line 4' 'half-down'; do
    grep -q -e "$want" "$T_DIR/stderr" || t_fail "stderr does not list the problem '$want'"
done
