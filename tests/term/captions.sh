#!/bin/sh
# Captions move the body (issue 9, defect 1): ) makes the first caption
# current as ] does a quotation: the body scrolled to it and highlighting
# it, `Caption 1/N` and its credit in the status line, the person it names
# selected; } goes on from the caption, not from the top; Enter on the
# second caption in the caption pane makes that one current.
. tests/term/lib.sh
t_init
t_sample_model
n=$(t_jq '.captions | length')
[ "$n" -ge 2 ] || { echo "FAIL: the sample has fewer than two captions"; exit 1; }
credit=$(t_jq '.captions[0].credit')
cblock=$(t_jq '.captions[0].block')
t_jq --argjson b "$cblock" '.captions[0].people[0] as $p | .entities[] | select(.id == $p)
    | [.name, ([.mentions[] | select(.block < $b)] | length) + 1] | @tsv' >"$T_DIR/who"
IFS='	' read -r person from <"$T_DIR/who"
[ -n "$person" ] || { echo "FAIL: the first caption names nobody in the model"; exit 1; }
# A caption's first five words: its opening as the body's line starts.
opening5() { t_jq --argjson i "$1" '.captions[$i].text' | tr -s ' ' '\n' | head -n 5 | tr '\n' ' ' | sed 's/ $//'; }
open1=$(opening5 0)
open2=$(opening5 1)

# The body: the rows above the caption pane's border.
body() { t_screen "$@" | awk '/──────────|----------/ { exit } { print }'; }

T_ENV=NO_COLOR=1 t_start 120 40 "$T_SAMPLE"
t_ready
body | grep -F -q -e "$open1" && t_fail "the first caption is in the body at the top already"
t_keys ')'
t_wait_status "Caption 1/$n([^0-9]|\$)" ") makes the first caption current"
t_status_has "$credit" "the status line names the caption's credit"
t_status_has "$person" "the status line names whom the caption shows"
body | grep -F -q -e "$open1" || t_fail ") did not scroll the body to the first caption"
# words from inside the caption, where no name's style starts
inner=$(t_jq '.captions[0].text' | tr -s ' ' '\n' | sed -n 5,6p | tr '\n' ' ' | sed 's/ $//')
state=$(body -e | t_sgr_at "$inner")
[ "$state" = "rev=1 bg=-" ] || t_fail "the current caption is not highlighted in the body ($state)"
t_keys '}'
t_wait_status "$(t_re "$person").*mention $from/" "} goes on from the caption to $person's mention $from"

t_keys Escape Tab Tab j Enter
t_wait_status "Caption 2/$n([^0-9]|\$)" "Enter on the second caption in the caption pane"
body | grep -F -q -e "$open2" || t_fail "Enter on the second caption did not scroll the body to it"
t_quit
