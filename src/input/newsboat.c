/* One forward pass over lines: the header, then the body, remembering
 * where the last "Links:" line starts as long as only link lines and
 * blank lines follow it. */
#include "newsboat.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static size_t line_end(const char *t, size_t len, size_t pos)
{
    const char *nl = memchr(t + pos, '\n', len - pos);
    return nl ? (size_t)(nl - t) : len;
}

/* Trailing spaces and a CR off a line. */
static size_t rtrim(const char *t, size_t a, size_t b)
{
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\r' || t[b - 1] == '\t'))
        b--;
    return b;
}

static bool blank(const char *t, size_t a, size_t b)
{
    return rtrim(t, a, b) == a;
}

static bool is_key(const char *t, size_t a, size_t b, const char *key)
{
    size_t m = strlen(key);
    return b - a == m && memcmp(t + a, key, m) == 0;
}

/* "[12]: URL (link)": the marker's number and the URL's span. */
static bool link_line(const char *t, size_t a, size_t b, size_t *number,
                      newsboat_span *url)
{
    if (a >= b || t[a] != '[')
        return false;
    size_t i = a + 1, v = 0;
    while (i < b && t[i] >= '0' && t[i] <= '9' && i - a <= 6)
        v = v * 10 + (size_t)(t[i++] - '0');
    if (i == a + 1 || v == 0 || i + 2 >= b || t[i] != ']' || t[i + 1] != ':' ||
        t[i + 2] != ' ')
        return false;
    size_t us = i + 3, ue = rtrim(t, us, b);
    /* The kind in parentheses after the URL: "(link)", "(image)". */
    if (ue > us && t[ue - 1] == ')') {
        size_t k = ue;
        while (k > us && t[k - 1] != '(')
            k--;
        if (k > us + 1 && t[k - 2] == ' ')
            ue = k - 2;
    }
    *number = v;
    url->start = us;
    url->len = ue - us;
    return true;
}

bool newsboat_read(const char *t, size_t len, newsboat_page *page)
{
    memset(page, 0, sizeof *page);
    size_t pos = 0;
    bool first = true, ended = false;
    while (pos < len) {
        size_t e = line_end(t, len, pos);
        if (blank(t, pos, e)) {
            if (first)
                return false;
            pos = e < len ? e + 1 : len;
            ended = true;
            break;
        }
        const char *colon = memchr(t + pos, ':', e - pos);
        size_t k = colon ? (size_t)(colon - t) : e;
        /* A key is a few capitalised words: "Podcast Download URL". */
        if (!colon || k == pos || k - pos > 40 || k + 1 >= e ||
            t[k + 1] != ' ' || t[pos] < 'A' || t[pos] > 'Z')
            return false;
        for (size_t i = pos; i < k; i++)
            if (!((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z') && t[i] != ' ')
                return false;
        if (first && !is_key(t, pos, k, "Feed"))
            return false;
        newsboat_span v = {k + 2, rtrim(t, k + 2, e) - (k + 2)};
        if (is_key(t, pos, k, "Feed"))
            page->feed = v;
        else if (is_key(t, pos, k, "Title"))
            page->title = v;
        else if (is_key(t, pos, k, "Author"))
            page->author = v;
        else if (is_key(t, pos, k, "Date"))
            page->date = v;
        else if (is_key(t, pos, k, "Link"))
            page->link = v;
        first = false;
        pos = e < len ? e + 1 : len;
    }
    if (!ended || page->title.len == 0) {
        memset(page, 0, sizeof *page);
        return false;
    }
    page->body_start = pos;
    page->body_end = len;

    size_t links_at = 0, cap = 0;
    bool in_links = false;
    for (size_t p = pos; p < len;) {
        size_t e = line_end(t, len, p), n;
        newsboat_span url;
        if (is_key(t, p, rtrim(t, p, e), "Links:")) {
            links_at = p;
            in_links = true;
        } else if (in_links && !blank(t, p, e) &&
                   !link_line(t, p, e, &n, &url)) {
            in_links = false;
        }
        p = e < len ? e + 1 : len;
    }
    if (!in_links)
        return true;
    page->body_end = links_at;
    for (size_t p = links_at; p < len;) {
        size_t e = line_end(t, len, p), n;
        newsboat_span url;
        if (link_line(t, p, e, &n, &url) && n <= 100000) {
            if (n > page->n_links) {
                XGROW(page->links, cap, n);
                memset(page->links + page->n_links, 0,
                       (n - page->n_links) * sizeof *page->links);
                page->n_links = n;
            }
            page->links[n - 1] = url;
        }
        p = e < len ? e + 1 : len;
    }
    return true;
}

bool newsboat_link(const newsboat_page *page, size_t n, newsboat_span *url)
{
    if (n == 0 || n > page->n_links || page->links[n - 1].len == 0)
        return false;
    *url = page->links[n - 1];
    return true;
}

void newsboat_page_free(newsboat_page *page)
{
    free(page->links);
    memset(page, 0, sizeof *page);
}
