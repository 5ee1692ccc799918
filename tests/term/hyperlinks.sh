#!/bin/sh
# Links as OSC 8 hyperlinks: with DATELINE_HYPERLINKS=1 the raw output holds
# each link on screen (a model link, and a bare URL in the text) wrapped in
# OSC 8 with its URL, and nothing of a hostile URL acts on the terminal
# (bytes outside printable ASCII are percent-encoded), and the screen is the
# same as without them; without it (here, inside tmux, which is not trusted
# to pass them on) no OSC 8 sequence is written at all. The pane's raw output is
# recorded with tmux pipe-pane. The page is invented for this test.
. tests/term/lib.sh
t_init

cat >"$T_DIR/page.html" <<'EOF_HTML'
<!doctype html><html><head><meta charset="utf-8"><title>Ferry timetable</title></head>
<body><article><h1>Ferry timetable</h1>
<p>The ferry across the bay runs again from Monday, the council said, after a decade in which the crossing stood idle and the pier rotted away.</p>
<p>The <a href="https://example.org/timetable">new timetable</a> is posted at the pier, and online at https://example.org/ferry/spring.html for everyone who asks.</p>
<p>A <a href="https://example.org/a&#27;[31mred">strange link</a> closes the page, which the council wrote in some haste on Friday.</p>
</article></body></html>
EOF_HTML
t_model "$T_DIR/page.html"
[ "$(t_jq '.links | length')" -ge 2 ] || t_skip "this build reads no links from HTML"

esc=$(printf '\033')
record() {
    : >"$T_DIR/raw"
    tmux -L "$T_SOCK" pipe-pane -o -t "$T_SESSION" "cat >>'$T_DIR/raw'"
}

T_ENV=DATELINE_HYPERLINKS=1
t_start 100 30 "$T_DIR/page.html"
record
t_keys C-l
t_wait "new timetable"
t_keys j k
t_settle
tmux -L "$T_SOCK" pipe-pane -t "$T_SESSION"
t_screen -e >"$T_DIR/with"
grep -q "${esc}]8;;https://example.org/timetable${esc}\\\\[^$esc]*new timetable" "$T_DIR/raw" ||
    grep -q "${esc}]8;;https://example.org/timetable${esc}\\\\.*new" "$T_DIR/raw" ||
    t_fail "no OSC 8 hyperlink around the model link"
grep -q "${esc}]8;;https://example.org/ferry/spring.html${esc}\\\\" "$T_DIR/raw" ||
    t_fail "no OSC 8 hyperlink for the bare URL"
grep -q "${esc}]8;;${esc}\\\\" "$T_DIR/raw" || t_fail "no hyperlink is closed"
grep -q "${esc}\[31m" "$T_DIR/raw" && t_fail "the URL's escape sequence reached the terminal"
t_quit

T_ENV=
t_start 100 30 "$T_DIR/page.html"
record
t_keys C-l
t_wait "new timetable"
t_keys j k
t_settle
tmux -L "$T_SOCK" pipe-pane -t "$T_SESSION"
[ -s "$T_DIR/raw" ] || t_fail "pipe-pane recorded nothing"
t_screen -e >"$T_DIR/without"
cmp -s "$T_DIR/with" "$T_DIR/without" || {
    diff "$T_DIR/with" "$T_DIR/without" | head
    t_fail "the screen with hyperlinks differs from the one without"
}
grep -q "${esc}]8;" "$T_DIR/raw" && t_fail "OSC 8 sent to a terminal not known to show it"
t_quit
