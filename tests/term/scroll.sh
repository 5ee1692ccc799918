#!/bin/sh
# Scrolling the sample's body at 80x12 with both side panes hidden (s, c),
# so that rows 2 to 11 are the body: a page down keeps two lines of context,
# a page up comes back to the same screen, d moves half a screen, j a line,
# G reaches the end (100%) and g the top; the other keys of keys.md for the
# same commands do the same.
. tests/term/lib.sh
t_init
t_sample_model

first_block=$(t_jq '[.blocks[] | select(.kind == "paragraph")][0].id')
opening=$(t_block_opening "$first_block")
body_h=10

t_start 80 12 "$T_SAMPLE"
t_ready
t_keys s c
t_wait_gone '×2' "c hides the caption pane"
t_settle
t_screen >"$T_DIR/top"
row() { sed -n "$2p" "$1"; }

# $1: keys; waits for the screen to change, then keeps it in $T_DIR/$2.
after() {
    t_keys $1
    T_WHAT="the screen to change after $1" t_poll t__differs "$T_DIR/$3"
    t_settle
    t_screen >"$T_DIR/$2"
}
t__differs() { [ "$(t_screen)" != "$(cat "$1")" ]; }
same() {
    cmp -s "$T_DIR/$1" "$T_DIR/$2" || {
        diff "$T_DIR/$1" "$T_DIR/$2" | head -n 10
        t_fail "$3"
    }
}

after Space page1 top
for i in 0 1; do
    [ "$(row "$T_DIR/page1" $((2 + i)))" = "$(row "$T_DIR/top" $((body_h + i)))" ] ||
        t_fail "Space: body row $((1 + i)) should be row $((body_h - 1 + i)) of the screen before (two lines of context)"
done
after b back top2
same top back "b after Space does not come back to the top screen"

for k in f NPage C-f; do
    after "$k" other top
    same page1 other "$k does not scroll like Space"
    after "g" back other
done
for k in PPage C-b; do
    after Space other top
    after "$k" back other
    same top back "$k does not come back like b"
done

after d half top
[ "$(row "$T_DIR/half" 2)" = "$(row "$T_DIR/top" $((2 + body_h / 2)))" ] ||
    t_fail "d: the body should move up half a screen ($((body_h / 2)) rows)"
after u back half
same top back "u after d does not come back to the top screen"

after j line top
[ "$(row "$T_DIR/line" 2)" = "$(row "$T_DIR/top" 3)" ] || t_fail "j: the body should move up one row"
for k in Down C-n; do
    after k back line
    after "$k" other back
    same line other "$k does not scroll like j"
done
after k back line
for k in Up C-p; do
    after j line back
    after "$k" other line
    same top other "$k does not scroll like k"
done

after G bottom top
t_status_has '100%' "G: the status line should say 100%"
t_lacks "$opening" "G: the first paragraph is still shown"
after g back bottom
same top back "g does not come back to the top"
after End other top
same bottom other "End does not go where G goes"
after Home back other
same top back "Home does not go where g goes"
t_quit
