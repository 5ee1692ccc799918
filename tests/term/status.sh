#!/bin/sh
# The status line and the caption pane on the sample: ], [, n and } say when
# they wrap round the article (as vim does: `hit BOTTOM, continuing at
# TOP`); `Quote N/M` goes once the quotation is scrolled off screen; a
# message too long for the line ends in …; the caption pane is only as tall
# as its captions (up to caption-height), and grows to show a selected one
# whole.
. tests/term/lib.sh
t_init
t_sample_model
n_speech=$(t_jq '[.quotes[] | select((.kind // "speech") == "speech")] | length')
n_caps=$(t_jq '.captions | length')

t_start 100 40 "$T_SAMPLE"
t_ready
t_keys '['
t_wait_status "Quote $n_speech/$n_speech" "[ from the top goes to the last quotation"
t_status_has "hit TOP, continuing at BOTTOM" "[ from the top says it wrapped"
t_keys ']'
t_wait_status "Quote 1/$n_speech" "] from the last goes to the first"
t_status_has "hit BOTTOM, continuing at TOP" "] from the last says it wrapped"
t_keys ']'
t_wait_status "Quote 2/$n_speech"
case $(t_status) in *continuing*) t_fail "a step that did not wrap says it did" ;; esac

# scrolled away, the status no longer names the quotation
t_keys G
t_wait_status_not "Quote 2/" "G scrolls the quotation away: no Quote N/M"
t_wait_status "100%"
t_keys "'" "'"
t_wait_status "Quote 2/" "back at the quotation, it is current again"
t_keys Escape

# search: n past the last match wraps
t_keys /
t_type "turbine"
t_keys Enter
t_wait_status "match 1/[0-9]+" "search"
m=$(t_status | sed -n 's/.*match 1\/\([0-9][0-9]*\).*/\1/p')
i=1
while [ "$i" -lt "$m" ]; do
    t_keys n
    i=$((i + 1))
    t_wait_status "match $i/$m"
done
t_keys n
t_wait_status "match 1/$m" "n past the last match"
t_status_has "search hit BOTTOM, continuing at TOP"
t_keys Escape Escape g

# the caption pane: as many rows as captions (fewer than caption-height)
pane_rows() {
    _b=$(t_screen | grep -n '^─\{20,\}' | tail -n 1 | cut -d: -f1)
    [ -n "$_b" ] || t_fail "no caption pane border"
    echo $((T_H - _b - 1))
}
if [ "$n_caps" -lt 6 ]; then
    t_settle
    [ "$(pane_rows)" = "$n_caps" ] || t_fail "caption pane of $(pane_rows) rows for $n_caps captions"
fi
t_quit

# at 40 columns a long message is cut with …
t_start 40 14 "$T_SAMPLE"
t_wait "ALMARENA" "the header at 40 columns"
t_keys c '['
t_wait_status "…" "the wrap message is cut with …"
t_quit
