#!/bin/sh
# Several articles in one reader: the header says `article N/M`, :n and :p
# step between them (wrapping), each keeps its own place, and each one's
# position is saved. An unreadable one is said in the status line, the
# others open, and its one-line error follows on quitting (exit status 2).
. tests/term/lib.sh
t_init
t_sample_model

# A second article, invented for this test.
cat >"$T_DIR/second.txt" <<'ART'
2025-03-02 -- PORT ELLIS

"The bridge opens on Monday," Mara Quell said on Friday.

"We have waited ten years for this," said Tomas Verey, who runs the ferry.
ART

t_start 100 30 "$T_SAMPLE" "$T_DIR/second.txt"
t_ready
t_wait "article 1/2" "the header counts the articles"
t_keys d d
t_settle
t_screen | sed -e '1d' -e '$d' >"$T_DIR/first"

t_keys : n
t_wait "article 2/2" ":n goes to the second article"
t_wait "bridge opens on Monday" "the second article's text"
t_wait "PORT ELLIS" "the second article's header"
t_keys ']'
t_wait_status "Quote 1/2" "] in the second article"

t_keys : p
t_wait "article 1/2" ":p comes back"
t_settle
t_screen | sed -e '1d' -e '$d' >"$T_DIR/again"
cmp -s "$T_DIR/first" "$T_DIR/again" || {
    diff "$T_DIR/first" "$T_DIR/again" | head
    t_fail "the first article did not keep its place"
}
# :p from the first wraps to the last, which kept its current quotation
t_keys : p
t_wait "article 2/2" ":p from the first wraps to the last"
t_keys ']'
t_wait_status "Quote 2/2" "the second article kept its current quotation"
# an unbound key after the prefix says so
t_keys : x
t_wait_status ":x is not bound" "':x' is not a command"
t_quit

# Both positions were saved: the first reopens where it was left.
[ "$(find "$T_DIR/state" -type f | wc -l)" -ge 2 ] || t_fail "not every article's position was saved"

# One unreadable argument: the others open, the status says so, and the
# reason follows on quitting with exit status 2.
printf 'x\000y' >"$T_DIR/binary.txt"
t_start 100 30 "$T_DIR/binary.txt" "$T_DIR/second.txt"
t_wait "bridge opens on Monday" "the readable article opens"
t_lacks "article 1/" "one article open: no article count"
t_status_has "could not be read"
t_keys q
t_wait_exit
t_check_stderr
[ "$T_RC" = 2 ] || t_fail "exit status $T_RC with an unreadable article, want 2"
grep -q "^dateline: $T_DIR/binary.txt: " "$T_DIR/stderr" || t_fail "no one-line error for the binary file: $(cat "$T_DIR/stderr")"
[ "$(wc -l <"$T_DIR/stderr" | tr -d ' ')" = 1 ] || t_fail "stderr has more than the one error line"
