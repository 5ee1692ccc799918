#!/bin/sh
# Search as in less and vim (issue 9, defect 4): a query without accents
# ignores them (/avila finds every Ávila of the sample); / starts at the
# reading position (from the end of the article, not match 1); n after Esc
# repeats the last search.
. tests/term/lib.sh
t_init
t_sample_model
m=$(t_jq '[.blocks[].text | scan("Ávila")] | length')
[ "$m" -ge 2 ] || { echo "FAIL: the sample names Ávila fewer than twice"; exit 1; }

t_start 120 40 "$T_SAMPLE"
t_ready
t_keys / && t_type avila && t_keys Enter
t_wait_status "match 1/$m([^0-9]|\$)" "/avila finds every 'Ávila' (accents ignored)"
t_keys Escape
t_wait_status_not 'match' "Esc drops the search"
t_keys n
t_wait_status "match [0-9]+/$m([^0-9]|\$)" "n after Esc repeats the last search"
t_keys Escape G
t_settle
t_keys / && t_type avila && t_keys Enter
t_wait_status "match [0-9]+/$m([^0-9]|\$)" "/avila from the end"
t_status_has "" ""
case $T_ST in *"match 1/"*) t_fail "/ from the end of the article went back to the first match" ;; esac
t_quit
