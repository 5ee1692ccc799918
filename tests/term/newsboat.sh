#!/bin/sh
# dateline as newsboat's pager: the real newsboat reads a local file:// feed
# (an invented story with quotations and links), `pager "dateline %f"` opens
# the story in dateline with its title and author, the quotations step with
# ] and name their speaker,
# newsboat's header and Links list are not body text, and q returns to
# newsboat. The very file newsboat handed over is kept and read with --json:
# its title, author, feed, date and links reach the article. Skips without
# newsboat.
. tests/term/lib.sh
command -v newsboat >/dev/null 2>&1 || t_skip "newsboat not installed"
t_init

nb=$T_DIR/nb
mkdir -p "$nb"
cat >"$nb/feed.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Tidewater Ledger</title>
<link>http://127.0.0.1:9/</link>
<description>Invented stories for a test</description>
<item>
<title>Lock keepers vote to reopen the Sellin canal</title>
<link>http://127.0.0.1:9/sellin-canal</link>
<dc:creator>Odile Brannock</dc:creator>
<pubDate>Thu, 05 Mar 2026 09:15:00 +0000</pubDate>
<description><![CDATA[<p>SELLIN, Denmark (AP) &#8212; The lock keepers of the Sellin canal voted on Wednesday to reopen it, <a href="http://127.0.0.1:9/canal-map">after the repairs</a> of the winter.</p>
<p>"The gates have never been stronger," said Henrik Aalund, who leads the keepers' guild.</p>
<p>Barge owners welcomed the vote. "We lost a season," said Marta Quell, a grain shipper.</p>]]></description>
</item>
</channel>
</rss>
EOF
printf 'file://%s/feed.xml\n' "$nb" >"$nb/urls"
# The pager keeps a copy of the file newsboat writes, then hands it over.
printf 'pager "cp %%f %s/pager.txt && %s %%f"\n' "$nb" "$DATELINE" >"$nb/config"

t_start_sh 100 30 "newsboat -r -u $(t_q "$nb/urls") -C $(t_q "$nb/config") -c $(t_q "$nb/cache.db")"
t_wait 'Tidewater Ledger' "newsboat's feed list"
t_keys Enter
t_wait 'Lock keepers vote' "newsboat's article list"
t_keys Enter
t_ready

# ---- on the screen: the story and its quotations, none of newsboat's frame
t_wait 'lock keepers of the Sellin canal' "the body"
t_has 'gates have never been stronger' "the first quotation"
t_has 'Lock keepers vote to reopen' "the title (newsboat's Title:) in dateline"
t_has 'Odile Brannock' "the author (newsboat's Author:) in dateline"
t_lacks 'Feed: Tidewater' "newsboat's header shown as body text"
t_lacks 'Links:' "newsboat's Links list shown as body text"
t_lacks 'repairs[1]' "a link marker left in the text"
t_keys ']'
t_wait_status 'Quote 1/' "] on the story newsboat handed over"
t_status_has 'Henrik Aalund' "the first quotation's speaker"
t_keys ']'
t_wait_status 'Quote 2/' "] to the second quotation"
t_status_has 'Marta Quell' "the second quotation's speaker"

# ---- q: back to newsboat, which still runs
t_keys q
t_wait 'Lock keepers vote' "newsboat after q in dateline"
t_wait_re 'Articles in feed|Tidewater Ledger' "newsboat's screen after q"
t_exited && t_fail "newsboat exited with dateline"

# ---- the file newsboat wrote, as dateline's model
[ -s "$nb/pager.txt" ] || t_fail "the pager got no file"
t_model "$nb/pager.txt"
[ "$(t_jq .article.title)" = "Lock keepers vote to reopen the Sellin canal" ] ||
    t_fail "title: $(t_jq .article.title)"
[ "$(t_jq '.article.authors | join(",")')" = "Odile Brannock" ] ||
    t_fail "authors: $(t_jq -c .article.authors)"
[ "$(t_jq .article.site)" = "Tidewater Ledger" ] || t_fail "site: $(t_jq .article.site)"
[ "$(t_jq .article.url)" = "http://127.0.0.1:9/sellin-canal" ] || t_fail "url: $(t_jq .article.url)"
[ "$(t_jq .article.published)" = "2026-03-05T09:15:00+00:00" ] ||
    t_fail "published: $(t_jq .article.published)"
[ "$(t_jq .article.dateline)" = "SELLIN, Denmark" ] || t_fail "dateline: $(t_jq .article.dateline)"
[ "$(t_jq '.links[0].url')" = "http://127.0.0.1:9/canal-map" ] ||
    t_fail "links: $(t_jq -c .links)"
t_jq '.blocks[].text' | grep -q -e 'Feed:' -e 'Links:' -e '\[1\]' &&
    t_fail "newsboat's frame in the blocks: $(t_jq -c '[.blocks[].text]')"
# Nobody from the header is a person quoted: the quotations go to the speakers.
[ "$(t_jq '[.quotes[] | select(.speaker != null) | .speaker as $s | $s] | length')" = 2 ] ||
    t_fail "quotations attributed: $(t_jq -c .quotes)"

# newsboat itself: q from the article list, q from the feed list.
t_keys q
t_wait 'Your feeds' "newsboat's feed list"
t_keys q
t_wait_exit
exit 0
