#!/bin/sh
# The sidebar's counts stand in columns (issue 9): every mention count ends
# in the same screen column, every quotation count ("4q") in another, each
# column only as wide as its widest value, and the quotation column only
# when someone is quoted; names that fit stay whole.
. tests/term/lib.sh
t_init
t_sample_model

# Prints, for each sidebar row with counts, the screen column where the
# mention count ends, a tab, where the quotation count ends (empty without
# one), a tab, the quotation count. Columns are counted as characters in
# the UTF-8 locale (the sample's names have no double-width ones).
count_rows() {
    t_screen | sed -n 's/^\(.*│.*[^0-9 ] \{1,\}[0-9][0-9]*\)\(\( \{1,\}\)\([0-9][0-9]*q\)\)\{0,1\}$/\1\t\3\t\4/p' |
        while IFS='	' read -r head gap q; do
            m=$(printf '%s' "$head" | wc -m)
            if [ -n "$q" ]; then
                printf '%s\t%s\t%s\n' "$m" "$((m + ${#gap} + ${#q}))" "$q"
            else
                printf '%s\t\t\n' "$m"
            fi
        done
}

t_start 120 40 "$T_SAMPLE"
t_ready
t_settle
count_rows >"$T_DIR/rows"
n=$(wc -l <"$T_DIR/rows")
entities=$(t_jq '[.entities[]] | length')
[ "$n" -ge 3 ] || t_fail "only $n sidebar rows with counts (the model has $entities entities)"
quoted=$(awk -F'\t' '$2 != ""' "$T_DIR/rows" | wc -l)
[ "$quoted" -ge 1 ] || t_fail "no sidebar row shows a quotation count"
[ "$quoted" -lt "$n" ] || t_fail "every sidebar row shows a quotation count: nothing to align against"
m_cols=$(cut -f1 "$T_DIR/rows" | sort -u | wc -l)
[ "$m_cols" -eq 1 ] || t_fail "the mention counts end in $m_cols different columns: $(cut -f1 "$T_DIR/rows" | sort -u | tr '\n' ' ')"
q_cols=$(awk -F'\t' '$2 != "" { print $2 }' "$T_DIR/rows" | sort -u | wc -l)
[ "$q_cols" -eq 1 ] || t_fail "the quotation counts end in $q_cols different columns"
# As wide as the widest value: the quotation column ends at the edge's
# margin and the mention column one blank before the widest "Nq".
q_end=$(awk -F'\t' '$2 != "" { print $2; exit }' "$T_DIR/rows")
m_end=$(head -n 1 "$T_DIR/rows" | cut -f1)
q_wide=$(awk -F'\t' '$3 != "" && length($3) > w { w = length($3) } END { print w }' "$T_DIR/rows")
[ "$q_end" -ge $((T_W - 1)) ] || t_fail "the quotation counts end in column $q_end, short of the sidebar's edge ($T_W)"
[ "$m_end" -eq $((q_end - 1 - q_wide)) ] ||
    t_fail "the mention column ends in column $m_end; the widest quotation count ($q_wide wide) puts it at $((q_end - 1 - q_wide))"
# An organisation name as long as the sample's longest that fit before the
# columns stays whole.
t_has 'The Associated Press' "the organisation name was cut"
t_quit

# Nobody quoted: no quotation column, the mention counts at the edge.
cat >"$T_DIR/a.txt" <<'TXT'
 date 2025-05-02 KELSO, Scotland -- Harbour master Elena Marwick opened the new quay in Kelso on Friday, with the Kelso Harbour Trust.

Elena Marwick had asked the Kelso Harbour Trust for the quay nine years ago. Marwick said the work took longer than planned.

The quay cost four million pounds. Marwick thanked the Kelso Harbour Trust.
TXT
t_model "$T_DIR/a.txt"
[ "$(t_jq '[.quotes[]] | length')" = 0 ] || t_skip "the invented article has quotations in the model"
t_start 100 16 "$T_DIR/a.txt"
t_wait '? help'
t_settle
count_rows >"$T_DIR/rows"
[ -s "$T_DIR/rows" ] || t_fail "no sidebar row with counts for the invented article"
awk -F'\t' '$2 != ""' "$T_DIR/rows" | grep -q . && t_fail "a quotation count where nobody is quoted"
for m in $(cut -f1 "$T_DIR/rows" | sort -u); do
    [ "$m" -ge $((T_W - 1)) ] ||
        t_fail "nobody is quoted, yet a mention count ends in column $m, short of the edge ($T_W): a quotation column reserved"
done
t_quit
