/* A web page to blocks and article fields: html, htmlmeta, extract, then
 * the same dateline and caption handling as text input. */
#include "webpage.h"

#include <stdlib.h>
#include <string.h>

#include "caption.h"
#include "extract.h"
#include "html.h"
#include "htmlmeta.h"
#include "parse.h"
#include "xalloc.h"

static void set_meta(doc *d, const htmlmeta *m)
{
    if (m->title)
        doc_set_title(d, m->title);
    for (size_t i = 0; i < m->n_authors; i++)
        doc_add_author(d, m->authors[i]);
    if (m->site)
        doc_set_site(d, m->site);
    if (m->url)
        doc_set_url(d, m->url);
    if (m->published)
        doc_set_published(d, m->published);
    if (m->description)
        doc_set_description(d, m->description);
    if (m->date[0])
        doc_set_date(d, m->date);
}

/* The first body paragraph may open with "CITY (AP) — ". Returns how many
 * bytes of it to skip. */
static size_t take_dateline(doc *d, const extract_block *b)
{
    size_t place_end = 0;
    const char *agency = NULL;
    size_t body = parse_dateline(b->text, b->len, &place_end, &agency);
    if (!body)
        return 0;
    char *place = xstrndup(b->text, place_end);
    doc_set_dateline(d, place);
    free(place);
    if (agency)
        doc_set_source(d, agency);
    return body;
}

doc *webpage_parse(const char *bytes, size_t len, const char *charset,
                   const char *base_url, bool *from_cp1252)
{
    doc *d = doc_new();
    htmlDocPtr page = html_parse(bytes, len, charset, from_cp1252);
    if (!page)
        return d;
    htmlmeta meta;
    htmlmeta_read(page, base_url, &meta);
    set_meta(d, &meta);
    extract_result res;
    extract_content(page, meta.base, meta.title, &res);
    xmlFreeDoc(page);

    caption_set *caps = caption_set_new();
    bool first = true;
    size_t offset = 0; /* blocks' offsets: their order in the page's text */
    for (size_t i = 0; i < res.n; i++) {
        const extract_block *b = &res.blocks[i];
        size_t skip = 0;
        doc_block_kind kind = b->kind;
        size_t cs, ce;
        /* As in text: a paragraph ending in a photo credit is a caption. */
        if (kind == DOC_BLOCK_PARAGRAPH && b->len < 1000 &&
            caption_find_credit(b->text, b->len, &cs, &ce))
            kind = DOC_BLOCK_CAPTION;
        if (first && kind == DOC_BLOCK_PARAGRAPH) {
            skip = take_dateline(d, b);
            first = false;
        }
        size_t id = doc_add_block(d, kind, b->text + skip, b->len - skip,
                                  b->url, offset);
        offset += b->len + 1;
        for (size_t k = 0; k < b->n_links; k++) {
            const extract_link *l = &b->links[k];
            if (l->end <= skip)
                continue;
            size_t s = l->start > skip ? l->start - skip : 0;
            doc_add_link(d, id, s, l->end - skip, l->url);
        }
        if (kind == DOC_BLOCK_CAPTION) {
            const doc_block *db = doc_block_get(d, id);
            caption_set_add(caps, id, db->text, db->len);
        }
    }
    caption_set_commit(caps, d);
    caption_set_free(caps);
    extract_result_free(&res);
    htmlmeta_free(&meta);
    return d;
}
