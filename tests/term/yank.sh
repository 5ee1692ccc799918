#!/bin/sh
# y copies the current quotation with its attribution to the terminal's
# clipboard through OSC 52: tmux (set-clipboard on) receives it as a paste
# buffer, which must hold the quotation's words, its speaker and the
# article's dateline. Ctrl-L repaints the same screen.
. tests/term/lib.sh
t_init
t_sample_model

t_start 120 35 "$T_SAMPLE"
t_ready
tmux -L "$T_SOCK" set-option -g set-clipboard on >/dev/null
tmux -L "$T_SOCK" delete-buffer 2>/dev/null

# The first quotation that has a speaker, and where the model says it is.
first=$(t_jq '[.quotes[] | .speaker != null] | index(true)')
[ "$first" != null ] || t_fail "the sample has no attributed quotation"
speaker=$(t_jq --argjson i "$first" '.entities[.quotes[$i].speaker].name')
words=$(t_jq --argjson i "$first" '.quotes[$i].text' | cut -c 1-20)
dateline=$(t_jq '.article.dateline')

n=0
while [ "$n" -le "$first" ]; do
    t_keys ']'
    n=$((n + 1))
done
t_wait_status "Quote $((first + 1))/" "] to the first attributed quotation"
t_keys y
i=0
while ! tmux -L "$T_SOCK" show-buffer >"$T_DIR/clip" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -lt 50 ] || t_fail "y put nothing on the clipboard (no OSC 52 reached tmux)"
    sleep 0.1
done
clip=$(cat "$T_DIR/clip")
case $clip in *"$words"*) ;; *) t_fail "clipboard lacks the quotation's words '$words': $clip" ;; esac
case $clip in *"$speaker"*) ;; *) t_fail "clipboard lacks the speaker '$speaker': $clip" ;; esac
case $clip in *"$dateline"*) ;; *) t_fail "clipboard lacks the dateline '$dateline': $clip" ;; esac

t_keys Escape j
t_settle
before=$(t_screen)
t_keys C-l
t_settle
[ "$(t_screen)" = "$before" ] || t_fail "Ctrl-L changed what the screen shows"
t_quit
echo "yank: the quotation, its speaker and dateline reach the clipboard; Ctrl-L repaints"
