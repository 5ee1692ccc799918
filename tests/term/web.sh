#!/bin/sh
# A web page in the reader: the header starts with the article's title, then
# date · dateline · counts; the byline (authors and site) heads the body
# above the first paragraph; a URL in the text is never broken across
# lines; L lists the links (text and URL) and Enter copies the selected URL
# through OSC 52, as y does. The page is invented for this test.
. tests/term/lib.sh
t_init

cat >"$T_DIR/page.html" <<'EOF_HTML'
<!doctype html><html><head><meta charset="utf-8">
<title>Harbour ferry returns | Coast Courier</title>
<meta property="og:site_name" content="Coast Courier">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry returns after ten years","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Li Wei"}],"datePublished":"2025-03-02T09:00:00Z"}</script>
</head><body><article><h1>Harbour ferry returns after ten years</h1>
<p>PORT ELLIS — The ferry across the bay runs again from Monday, the council said, after a decade in which the crossing stood idle and the pier rotted.</p>
<p>"We have waited ten years for this," said Tomas Verey, who runs the ferry. The <a href="https://example.org/timetable">new timetable</a> is posted at the pier and online at https://example.org/ferry/timetable-2025-spring-and-summer.html for everyone.</p>
<p>Mara Quell, the mayor, said the <a href="https://example.org/budget">budget</a> covers three years. "It is a start," she said.</p>
</article></body></html>
EOF_HTML
t_model "$T_DIR/page.html"
[ "$(t_jq '.article.title')" = "Harbour ferry returns after ten years" ] ||
    t_skip "this build does not read the page's title (HTML input not there yet)"
url=https://example.org/ferry/timetable-2025-spring-and-summer.html

# widths where the URL fits the text column (the sidebar hidden below 100)
for w in 72 80 100; do
    t_start "$w" 30 "$T_DIR/page.html"
    t_ready
    [ "$w" -lt 100 ] && t_keys s
    t_wait "By Ana Ruiz and Li Wei · Coast Courier" "the byline heads the body at width $w"
    line1=$(t_line 1)
    # the title leads, shortened with … when the counts would not fit
    case $w:$line1 in 100:*"Harbour ferry returns after ten years · 2025-03-02 · PORT ELLIS · 2 quotes"*) ;;
    *:*"Harbour ferry"*" · 2025-03-02 · PORT ELLIS · 2 quotes · 2 people"*) ;;
    *) t_fail "header at width $w: '$line1'" ;; esac
    # the byline comes before the first paragraph
    by_row=$(t_screen | grep -n 'By Ana Ruiz' | head -n 1 | cut -d: -f1)
    p_row=$(t_screen | grep -n 'The ferry across the bay' | head -n 1 | cut -d: -f1)
    [ -n "$p_row" ] && [ "$by_row" -lt "$p_row" ] || t_fail "the byline is not above the first paragraph"
    t_has "$url" "the URL is whole on one line at width $w"
    t_quit
done

# L: the links, Enter copies the URL
t_start 100 30 "$T_DIR/page.html"
t_ready
tmux -L "$T_SOCK" set-option -g set-clipboard on >/dev/null
tmux -L "$T_SOCK" delete-buffer 2>/dev/null
t_keys L
t_wait "2 links" "L opens the links list (the model's links)"
t_has "new timetable" "the link text is listed"
t_has "https://example.org/timetable" "the link URL is listed"
t_has "https://example.org/budget"
t_keys j
t_keys Enter
t_wait_status "copied link 2" "Enter copies the selected link"
i=0
while ! tmux -L "$T_SOCK" show-buffer >"$T_DIR/clip" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -lt 50 ] || t_fail "Enter put nothing on the clipboard (no OSC 52 reached tmux)"
    sleep 0.1
done
[ "$(cat "$T_DIR/clip")" = https://example.org/budget ] || t_fail "clipboard holds '$(cat "$T_DIR/clip")', want the second link's URL"
t_keys Escape
t_wait_gone "2 links" "Esc closes the links list"
t_quit

# A text article without links: L says so
t_start 100 30 doc/sample.txt
t_ready
t_keys L
t_wait_status "no links" "L on an article without links"
t_quit
