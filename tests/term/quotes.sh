#!/bin/sh
# Quotations of the sample at 120x40: ] steps through every one and [ comes
# back, each scrolled into view with `Quote N/M` and its speaker (from the
# JSON model) in the status line; Esc clears; the overview o lists them with
# their speakers, Enter jumps, q and Esc close it.
. tests/term/lib.sh
t_init
t_sample_model

t_start 120 40 "$T_SAMPLE"
t_ready
t_header_quotes
t_quotes_tsv "$T_QMODE" >"$T_DIR/quotes.tsv"
t_step_quotes "$T_DIR/quotes.tsv"

t_keys Escape
t_wait_status_not 'Quote [0-9]' "Esc clears the current quotation"
t_status_has '? help' "after Esc the status line should show '? help'"

# The overview lists every quotation with its speaker.
last_text=$(sed -n "${T_QM}p" "$T_DIR/quotes.tsv" | cut -f2-)
last_speaker=$(sed -n "${T_QM}p" "$T_DIR/quotes.tsv" | cut -f1)
last_open=$(t_prefix 14 "$last_text")
t_keys g
t_settle
t_lacks "$last_open" "the last quotation is on the first screen already; the overview check needs another"
t_keys o
t_wait "$last_open" "o lists the last quotation"
cut -f1 "$T_DIR/quotes.tsv" | sort -u | while IFS= read -r sp; do
    t_screen | grep -F -q -e "$sp" || { echo "$sp"; exit 1; }
done >"$T_DIR/missing" || t_fail "overview: speaker '$(cat "$T_DIR/missing")' not listed"
t_screen | grep -F -e "$last_open" | grep -F -q -e "$last_speaker" ||
    t_fail "overview: the last quotation's line does not name its speaker '$last_speaker'"

# q closes the overlay without quitting; Esc too.
t_keys q
t_wait_gone "$last_open" "q closes the overview"
t_exited && t_fail "q in the overview quit the program"
t_keys o
t_wait "$last_open" "o again"
t_keys Escape
t_wait_gone "$last_open" "Esc closes the overview"

# Enter jumps to the selected quotation: the second, one line down.
t_keys o
t_wait "$last_open"
t_keys j Enter
t_wait_status "Quote 2/$T_QM([^0-9]|\$)" "j Enter in the overview jumps to the second quotation"
t_wait_gone "$last_open" "the overview closes after Enter"
t_in_view "$(sed -n 2p "$T_DIR/quotes.tsv" | cut -f2-)" "overview Enter: the second quotation is not in view"

t_quit
