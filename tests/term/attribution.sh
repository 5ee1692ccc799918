#!/bin/sh
# A quotation's attribution counts as a mention of its speaker (issue 9,
# defect 2). In the sample, a speaker quoted in paragraphs that say only
# "he said" shows more mentions in the reader than the model's named ones;
# } walks to the last of them, and & keeps every paragraph quoting them.
. tests/term/lib.sh
t_init
t_sample_model

# A person quoted in some paragraph that does not name them but has the
# attribution ("he said": the cue outside the quotation).
t_jq '.quotes as $q | .blocks as $blocks | [.entities[] | select(.type == "person") | . as $ent | .id as $id
    | ([.mentions[].block] | unique) as $named
    | [$q[] | select(.speaker == $id and .cue != null and ([.block] - $named | length > 0))
       | . as $x | $blocks[$x.block].text | split($x.text) | join("") | select(contains(" " + $x.cue))]
    | select(length > 0)
    | [$ent.name, ($ent.mentions | length)]][0] // empty | @tsv' >"$T_DIR/who"
[ -s "$T_DIR/who" ] || { echo "FAIL: the sample has no speaker quoted without being named"; exit 1; }
IFS='	' read -r name named <"$T_DIR/who"
t_jq --arg n "$name" '.entities as $e | .quotes[]
    | select(.speaker != null and $e[.speaker].name == $n) | .text' >"$T_DIR/said"

t_start 120 60 "$T_SAMPLE"
t_ready
t_select_person "$name"
m=$(t_status | sed -n 's/.*mention 1\/\([0-9][0-9]*\).*/\1/p')
[ -n "$m" ] && [ "$m" -gt "$named" ] ||
    t_fail "'$name': mention 1/$m, expected more than the $named places the text names them"
t_walk_mentions "$name" "$m"

# & keeps every paragraph that quotes them (focus back to the body first).
t_keys Tab Tab '&'
t_wait_status "only " "& filters"
t_keys g
t_settle
while IFS= read -r text; do
    t_in_view "$text" "& on '$name' hides their quotation \"$(t_prefix 30 "$text")…\"" 4
done <"$T_DIR/said"
t_quit
