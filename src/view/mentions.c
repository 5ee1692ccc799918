#include "mentions.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "utf8.h"
#include "xalloc.h"

struct mentions {
    size_t n_entities;
    const doc_span **spans; /* per entity */
    size_t *n;
    doc_span *store; /* merged lists of entities that gained mentions */
    mentions_extra *extra;
    size_t n_extra, cap_extra;
};

static void add_extra(mentions *m, size_t block, size_t start, size_t end,
                      size_t entity)
{
    XGROW(m->extra, m->cap_extra, m->n_extra + 1);
    m->extra[m->n_extra++] = (mentions_extra){block, start, end, entity};
}

static bool block_names(const doc *d, size_t block, size_t entity)
{
    size_t n;
    const doc_mark *marks = doc_block_marks(d, block, &n);
    for (size_t i = 0; i < n; i++)
        if (marks[i].entity == entity)
            return true;
    return false;
}

static bool is_word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-' || c == '\'';
}

/* The cue as a whole word in text[from, to): first (dir > 0) or last. */
static size_t find_cue(const char *text, size_t from, size_t to,
                       const char *cue, size_t cl, int dir)
{
    size_t found = DOC_NONE;
    for (size_t i = from; i + cl <= to; i++) {
        if (memcmp(text + i, cue, cl) != 0)
            continue;
        if (i > 0 && is_word_byte((unsigned char)text[i - 1]))
            continue;
        if (i + cl < to && is_word_byte((unsigned char)text[i + cl]))
            continue;
        found = i;
        if (dir > 0)
            break;
    }
    return found;
}

/* The attribution around quotation q, between the quotations before and
 * after it in its block: the cue, with the word before it ("he said", "the
 * mayor said") when one stands right there. */
static bool locate_attribution(const doc *d, size_t qid, size_t *start,
                               size_t *end)
{
    const doc_quote *q = doc_quote_get(d, qid);
    const doc_block *b = doc_block_get(d, q->block);
    if (!q->cue || !*q->cue || q->end > b->len)
        return false;
    size_t first, count;
    doc_block_quotes(d, q->block, &first, &count);
    size_t lo = 0, hi = b->len;
    if (qid > first)
        lo = doc_quote_get(d, qid - 1)->end;
    if (qid + 1 < first + count)
        hi = doc_quote_get(d, qid + 1)->start;
    size_t cl = strlen(q->cue);
    size_t at =
        q->end <= hi ? find_cue(b->text, q->end, hi, q->cue, cl, 1) : DOC_NONE;
    if (at == DOC_NONE && lo <= q->start)
        at = find_cue(b->text, lo, q->start, q->cue, cl, -1);
    if (at == DOC_NONE)
        return false;
    *start = at;
    *end = at + cl;
    /* one word back over a single space: the pronoun or the noun */
    size_t w = at;
    if (w >= 2 && b->text[w - 1] == ' ' &&
        is_word_byte((unsigned char)b->text[w - 2])) {
        w--;
        while (w > 0 && is_word_byte((unsigned char)b->text[w - 1]))
            w--;
        if (w >= lo)
            *start = w;
    }
    return true;
}

/* Whether the dateline names the place: one of its comma-separated parts
 * ("MANCHESTER, England"), compared without case. */
static bool names_dateline(const char *dateline, const char *name)
{
    if (!dateline || !name)
        return false;
    const char *p = dateline;
    for (;;) {
        while (*p == ' ')
            p++;
        size_t len = strcspn(p, ",");
        size_t l = len;
        while (l > 0 && p[l - 1] == ' ')
            l--;
        int r = 1;
        if (l > 0 &&
            u8_casecmp((const uint8_t *)p, l, (const uint8_t *)name,
                       strlen(name), NULL, NULL, &r) == 0 &&
            r == 0)
            return true;
        if (p[len] == '\0')
            return false;
        p += len + 1;
    }
}

static int cmp_extra(const void *a, const void *b)
{
    const mentions_extra *x = a, *y = b;
    if (x->block != y->block)
        return x->block < y->block ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->entity != y->entity)
        return x->entity < y->entity ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

static int span_cmp(const doc_span *a, const doc_span *b)
{
    if (a->block != b->block)
        return a->block < b->block ? -1 : 1;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a->end < b->end ? -1 : a->end > b->end;
}

mentions *mentions_new(const doc *d)
{
    mentions *m = xcalloc(1, sizeof *m);
    size_t ne = doc_entity_count(d);
    m->n_entities = ne;
    m->spans = xcalloc(ne ? ne : 1, sizeof *m->spans);
    m->n = xcalloc(ne ? ne : 1, sizeof *m->n);

    for (size_t i = 0; i < doc_quote_count(d); i++) {
        const doc_quote *q = doc_quote_get(d, i);
        if (q->kind != DOC_QUOTE_SPEECH || q->speaker >= ne ||
            q->block >= doc_block_count(d) ||
            block_names(d, q->block, q->speaker))
            continue;
        size_t s, e;
        if (locate_attribution(d, i, &s, &e))
            add_extra(m, q->block, s, e, q->speaker);
    }
    if (doc_block_count(d) > 0)
        for (size_t i = 0; i < ne; i++) {
            const doc_entity *e = doc_entity_get(d, i);
            if (e->type == DOC_PLACE &&
                names_dateline(doc_dateline(d), e->name))
                add_extra(m, 0, 0, 0, i);
        }
    if (m->n_extra > 1) /* qsort must not be given NULL, even for none */
        qsort(m->extra, m->n_extra, sizeof *m->extra, cmp_extra);
    size_t k = 0; /* two quotations sharing one "he said" count it once */
    for (size_t i = 0; i < m->n_extra; i++)
        if (k == 0 || cmp_extra(&m->extra[k - 1], &m->extra[i]) != 0)
            m->extra[k++] = m->extra[i];
    m->n_extra = k;

    /* Per entity: its added mentions in order (a counting sort keeps the
     * document order), then merged with the model's into one store. */
    size_t *first = xcalloc(ne + 1, sizeof *first);
    for (size_t i = 0; i < m->n_extra; i++)
        first[m->extra[i].entity + 1]++;
    for (size_t i = 0; i < ne; i++)
        first[i + 1] += first[i];
    doc_span *by = xreallocarray(NULL, m->n_extra ? m->n_extra : 1, sizeof *by);
    size_t *fill = xcalloc(ne ? ne : 1, sizeof *fill);
    for (size_t i = 0; i < m->n_extra; i++) {
        size_t e = m->extra[i].entity;
        by[first[e] + fill[e]++] =
            (doc_span){m->extra[i].block, m->extra[i].start, m->extra[i].end};
    }
    free(fill);
    size_t total = 0;
    for (size_t i = 0; i < ne; i++)
        if (first[i + 1] > first[i])
            total += doc_entity_get(d, i)->n_mentions + first[i + 1] - first[i];
    m->store = xreallocarray(NULL, total ? total : 1, sizeof *m->store);
    size_t at = 0;
    for (size_t i = 0; i < ne; i++) {
        const doc_entity *e = doc_entity_get(d, i);
        m->spans[i] = e->mentions;
        m->n[i] = e->n_mentions;
        if (first[i + 1] == first[i])
            continue;
        doc_span *out = m->store + at;
        const doc_span *x = by + first[i];
        size_t nx = first[i + 1] - first[i], a = 0, b = 0, o = 0;
        while (a < e->n_mentions || b < nx) {
            if (b == nx ||
                (a < e->n_mentions && span_cmp(&e->mentions[a], &x[b]) <= 0))
                out[o++] = e->mentions[a++];
            else
                out[o++] = x[b++];
        }
        m->spans[i] = out;
        m->n[i] = o;
        at += o;
    }
    free(by);
    free(first);
    return m;
}

void mentions_free(mentions *m)
{
    if (!m)
        return;
    free(m->spans);
    free(m->n);
    free(m->store);
    free(m->extra);
    free(m);
}

const doc_span *mentions_of(const mentions *m, size_t entity, size_t *n)
{
    if (entity >= m->n_entities) {
        *n = 0;
        return NULL;
    }
    *n = m->n[entity];
    return m->spans[entity];
}

const mentions_extra *mentions_extra_in(const mentions *m, size_t block,
                                        size_t *n)
{
    size_t lo = 0, hi = m->n_extra;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->extra[mid].block < block)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t j = lo;
    while (j < m->n_extra && m->extra[j].block == block)
        j++;
    *n = j - lo;
    return m->extra + lo;
}
