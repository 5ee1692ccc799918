#define _XOPEN_SOURCE_EXTENDED 1
#include "view-status.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view-text.h"
#include "xalloc.h"

#define SEP " \xc2\xb7 " /* " · " */

size_t view_status_people(const doc *d)
{
    size_t n = 0;
    for (size_t i = 0; i < doc_entity_count(d); i++) {
        const doc_entity *e = doc_entity_get(d, i);
        n += e->type == DOC_PERSON && !e->credit;
    }
    return n;
}

static void append(char **buf, const char *s)
{
    char *next =
        xasprintf("%s%s%s", *buf ? *buf : "", *buf && **buf ? SEP : "", s);
    free(*buf);
    *buf = next;
}

void view_status_header(const doc *d, size_t people, size_t article,
                        size_t n_articles, int y, int cols)
{
    view_text_fill(y, 0, cols, STYLE_HEADER);
    char *text = NULL;
    if (doc_date(d))
        append(&text, doc_date(d));
    if (doc_dateline(d))
        append(&text, doc_dateline(d));
    char part[64];
    /* Speech is what ] walks; quoted titles and terms are counted apart. */
    size_t kinds[3] = {0, 0, 0};
    for (size_t i = 0; i < doc_quote_count(d); i++) {
        doc_quote_kind k = doc_quote_get(d, i)->kind;
        kinds[(unsigned)k < 3 ? k : 0]++;
    }
    size_t q = kinds[DOC_QUOTE_SPEECH];
    snprintf(part, sizeof part, "%zu %s", q, q == 1 ? "quote" : "quotes");
    append(&text, part);
    if (kinds[DOC_QUOTE_TITLE]) {
        q = kinds[DOC_QUOTE_TITLE];
        snprintf(part, sizeof part, "%zu %s", q, q == 1 ? "title" : "titles");
        append(&text, part);
    }
    if (kinds[DOC_QUOTE_TERM]) {
        q = kinds[DOC_QUOTE_TERM];
        snprintf(part, sizeof part, "%zu %s", q, q == 1 ? "term" : "terms");
        append(&text, part);
    }
    snprintf(part, sizeof part, "%zu %s", people,
             people == 1 ? "person" : "people");
    append(&text, part);
    if (n_articles > 1) {
        snprintf(part, sizeof part, "article %zu/%zu", article + 1, n_articles);
        append(&text, part);
    }
    /* The title leads, shortened with … so the counts stay in sight. */
    const char *title = doc_title(d);
    size_t rest = view_text_width(text, strlen(text));
    if (title && *title && (size_t)cols > rest + 3 + 2 + 8) {
        size_t room = (size_t)cols - 2 - rest - 3, tlen = strlen(title);
        char *line;
        if (view_text_width(title, tlen) <= room) {
            line = xasprintf("%s" SEP "%s", title, text);
        } else {
            size_t fit = view_text_fit(title, tlen, room - 1);
            line =
                xasprintf("%.*s\xe2\x80\xa6" SEP "%s", (int)fit, title, text);
        }
        free(text);
        text = line;
    }
    move(y, 1);
    view_text_put(text, strlen(text), cols - 2, STYLE_HEADER, false);
    free(text);
}

/* Whether any of the current quotation is on screen (its first or last
 * character). */
static bool quote_in_view(viewstate *vs)
{
    const doc_quote *q = doc_quote_get(vs->d, vs->quote);
    return viewstate_in_view(vs, q->block, q->start) ||
           viewstate_in_view(vs, q->block, q->end > 0 ? q->end - 1 : 0);
}

/* The words of the status line's left side for the current context. */
static char *context_text(viewstate *vs)
{
    const doc *d = vs->d;
    switch (vs->context) {
    case VIEWSTATE_CONTEXT_QUOTE:
        /* once scrolled off screen the quotation is no longer what the
         * status speaks of: the position is */
        if (vs->quote != DOC_NONE && quote_in_view(vs)) {
            const doc_quote *q = doc_quote_get(d, vs->quote);
            const doc_entity *e =
                q->speaker != DOC_NONE ? doc_entity_get(d, q->speaker) : NULL;
            size_t rank = viewstate_speech_rank(vs, vs->quote);
            if (rank == DOC_NONE)
                break;
            return xasprintf("Quote %zu/%zu" SEP "%s", rank + 1, vs->n_speech,
                             e && e->name ? e->name : "unattributed");
        }
        break;
    case VIEWSTATE_CONTEXT_CAPTION:
        if (vs->caption != DOC_NONE) {
            const doc_caption *c = doc_caption_get(d, vs->caption);
            const doc_entity *e =
                vs->entity != DOC_NONE ? doc_entity_get(d, vs->entity) : NULL;
            return xasprintf("Caption %zu/%zu%s%s%s%s", vs->caption + 1,
                             doc_caption_count(d), c->credit ? SEP : "",
                             c->credit ? c->credit : "", e ? SEP : "",
                             e && e->name ? e->name : "");
        }
        break;
    case VIEWSTATE_CONTEXT_PERSON: {
        size_t who = vs->mention_of != DOC_NONE ? vs->mention_of : vs->entity;
        const doc_entity *e = who != DOC_NONE ? doc_entity_get(d, who) : NULL;
        if (!e)
            break;
        size_t nm;
        viewstate_mentions(vs, who, &nm);
        if (vs->mention_of == who && vs->mention < nm)
            return xasprintf("%s" SEP "mention %zu/%zu",
                             e->name ? e->name : "?", vs->mention + 1, nm);
        return xasprintf("%s" SEP "no mentions", e->name ? e->name : "?");
    }
    case VIEWSTATE_CONTEXT_SEARCH:
        if (vs->search) {
            size_t n = search_count(vs->search);
            if (n == 0)
                return xasprintf("/%s" SEP "not found",
                                 vs->query ? vs->query : "");
            if (vs->match != DOC_NONE)
                return xasprintf("/%s" SEP "match %zu/%zu",
                                 vs->query ? vs->query : "", vs->match + 1, n);
            return xasprintf("/%s" SEP "%zu matches",
                             vs->query ? vs->query : "", n);
        }
        break;
    default: break;
    }
    return xstrdup("? help");
}

int view_status_draw(viewstate *vs, int y, int cols, const char *prompt,
                     size_t len)
{
    view_text_fill(y, 0, cols, STYLE_STATUS);
    if (cols < 2)
        return 0;
    if (prompt) {
        move(y, 0);
        view_text_put("/", 1, cols, STYLE_STATUS, false);
        /* the end of a long query stays in sight */
        size_t w = view_text_width(prompt, len), start = 0;
        while (w + 2 > (size_t)cols && start < len) {
            size_t step = 1;
            while (start + step < len && (prompt[start + step] & 0xC0) == 0x80)
                step++;
            w -= view_text_width(prompt + start, step);
            start += step;
        }
        int used = view_text_put(prompt + start, len - start, cols - 2,
                                 STYLE_STATUS, false);
        return 1 + used;
    }
    char right[96];
    unsigned pc = viewstate_percent(vs);
    if (vs->filter_entity != DOC_NONE) {
        const doc_entity *e = doc_entity_get(vs->d, vs->filter_entity);
        char name[48];
        size_t fit = view_text_fit(e->name, strlen(e->name), 24);
        snprintf(name, sizeof name, "%.*s", (int)fit, e->name);
        snprintf(right, sizeof right, "only %s" SEP "%u%%", name, pc);
    } else {
        snprintf(right, sizeof right, "%u%%", pc);
    }
    char *left = context_text(vs);
    if (vs->focus == VIEWSTATE_FOCUS_SIDEBAR && vs->item_cut &&
        vs->item_sel < vs->n_items && vs->items[vs->item_sel].text) {
        /* the whole name the sidebar had to shorten */
        char *both =
            xasprintf("%s" SEP "%s", vs->items[vs->item_sel].text, left);
        free(left);
        left = both;
    }
    if (vs->message) {
        char *both = xasprintf("%s" SEP "%s", left, vs->message);
        free(left);
        left = both;
    }
    int rw = (int)view_text_width(right, strlen(right));
    int room = cols - 2;
    if (rw + 12 > room)
        rw = 0;
    move(y, 1);
    int lroom = room - (rw ? rw + 2 : 0);
    size_t llen = strlen(left);
    if (lroom > 1 && view_text_width(left, llen) > (size_t)lroom) {
        /* cut, and say so */
        size_t fit = view_text_fit(left, llen, (size_t)lroom - 1);
        int used = view_text_put(left, fit, lroom - 1, STYLE_STATUS, false);
        move(y, 1 + used);
        view_text_put("\xe2\x80\xa6", 3, 1, STYLE_STATUS, false);
    } else {
        view_text_put(left, llen, lroom, STYLE_STATUS, false);
    }
    if (rw) {
        move(y, cols - 1 - rw);
        view_text_put(right, strlen(right), rw, STYLE_STATUS, false);
    }
    free(left);
    return 0;
}
