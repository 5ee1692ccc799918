#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "hash.h"
#include "xalloc.h"

/* While building, entities keep growable vectors beside their public view;
 * doc_freeze copies everything into the arena and frees the vectors. */
struct entity_build {
    doc_entity pub;
    const char **aliases;
    size_t n_aliases, cap_aliases;
    doc_span *mentions;
    size_t n_mentions, cap_mentions;
    size_t new_id;
    bool dropped;
};

struct caption_build {
    doc_caption pub;
    size_t *people;
    size_t n_people, cap_people;
};

struct doc {
    arena *arena;
    bool frozen;
    const char *date, *dateline, *source;
    const char **contributors;
    size_t n_contributors, cap_contributors;
    const char *title, *site, *url, *published, *description;
    const char **authors;
    size_t n_authors, cap_authors;
    doc_link *links;
    size_t n_links, cap_links;
    size_t *link_index; /* frozen: links of block b: [b], [b+1]) */

    doc_block *blocks;
    size_t n_blocks, cap_blocks;
    size_t text_bytes;

    struct entity_build *ents; /* build phase */
    size_t n_ents, cap_ents;
    doc_entity *entities; /* frozen */
    size_t n_entities;

    doc_quote *quotes;
    size_t n_quotes, cap_quotes;

    struct caption_build *caps; /* build phase */
    size_t n_caps, cap_caps;
    doc_caption *captions; /* frozen */

    /* frozen indices, one slot per block (+1) */
    size_t *
        quote_index; /* quotes of block b: [quote_index[b], quote_index[b+1]) */
    doc_mark *marks;
    size_t *mark_index;
    size_t *block_caption;
    size_t *caption_blocks_pending; /* (caption, block) pairs */
    size_t n_pending, cap_pending;
};

doc *doc_new(void)
{
    doc *d = xcalloc(1, sizeof *d);
    d->arena = arena_new();
    return d;
}

static void free_build_vectors(doc *d)
{
    if (!d->ents && !d->caps && !d->caption_blocks_pending)
        return; /* already freed by doc_freeze */
    for (size_t i = 0; d->ents && i < d->n_ents; i++) {
        free(d->ents[i].aliases);
        free(d->ents[i].mentions);
    }
    free(d->ents);
    d->ents = NULL;
    for (size_t i = 0; d->caps && i < d->n_caps; i++)
        free(d->caps[i].people);
    free(d->caps);
    d->caps = NULL;
    free(d->caption_blocks_pending);
    d->caption_blocks_pending = NULL;
}

void doc_free(doc *d)
{
    if (!d)
        return;
    free_build_vectors(d);
    free(d->contributors);
    free(d->authors);
    free(d->links);
    free(d->link_index);
    free(d->blocks);
    free(d->quotes);
    arena_free(d->arena);
    free(d);
}

const char *doc_strdup(doc *d, const char *s)
{
    return s ? arena_strdup(d->arena, s) : NULL;
}

void doc_reserve_text(doc *d, size_t bytes)
{
    arena_reserve(d->arena, bytes);
}

const char *doc_strndup(doc *d, const char *s, size_t len)
{
    return arena_strndup(d->arena, s, len);
}

void doc_set_date(doc *d, const char *iso)
{
    d->date = doc_strdup(d, iso);
}
void doc_set_dateline(doc *d, const char *p)
{
    d->dateline = doc_strdup(d, p);
}
void doc_set_source(doc *d, const char *a)
{
    d->source = doc_strdup(d, a);
}

/* One name list with duplicates dropped (contributors, authors). */
static void add_unique(doc *d, const char ***list, size_t *n, size_t *cap,
                       const char *name)
{
    if (!name || !*name)
        return;
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*list)[i], name) == 0)
            return;
    XGROW(*list, *cap, *n + 1);
    (*list)[(*n)++] = doc_strdup(d, name);
}

void doc_add_contributor(doc *d, const char *name)
{
    add_unique(d, &d->contributors, &d->n_contributors, &d->cap_contributors,
               name);
}

void doc_add_author(doc *d, const char *name)
{
    add_unique(d, &d->authors, &d->n_authors, &d->cap_authors, name);
}

void doc_set_title(doc *d, const char *s)
{
    d->title = doc_strdup(d, s);
}
void doc_set_site(doc *d, const char *s)
{
    d->site = doc_strdup(d, s);
}
void doc_set_url(doc *d, const char *s)
{
    d->url = doc_strdup(d, s);
}
void doc_set_published(doc *d, const char *s)
{
    d->published = doc_strdup(d, s);
}
void doc_set_description(doc *d, const char *s)
{
    d->description = doc_strdup(d, s);
}

void doc_add_link(doc *d, size_t block, size_t start, size_t end,
                  const char *url)
{
    if (d->frozen || block >= d->n_blocks || end > d->blocks[block].len ||
        start >= end || !url)
        abort(); /* a programming error, not input */
    XGROW(d->links, d->cap_links, d->n_links + 1);
    d->links[d->n_links++] = (doc_link){block, start, end, doc_strdup(d, url)};
}

bool doc_block_kind_is_body(doc_block_kind kind)
{
    return kind == DOC_BLOCK_PARAGRAPH || kind == DOC_BLOCK_HEADING ||
           kind == DOC_BLOCK_ITEM || kind == DOC_BLOCK_BLOCKQUOTE;
}

size_t doc_add_block(doc *d, doc_block_kind kind, const char *text, size_t len,
                     const char *url, size_t source_offset)
{
    XGROW(d->blocks, d->cap_blocks, d->n_blocks + 1);
    doc_block *b = &d->blocks[d->n_blocks];
    b->kind = kind;
    b->text = doc_strndup(d, text, len);
    b->len = len;
    b->url = url ? doc_strdup(d, url) : NULL;
    b->source_offset = source_offset;
    d->text_bytes += len;
    return d->n_blocks++;
}

size_t doc_add_entity(doc *d, doc_entity_type type, const char *name)
{
    XGROW(d->ents, d->cap_ents, d->n_ents + 1);
    struct entity_build *e = &d->ents[d->n_ents];
    memset(e, 0, sizeof *e);
    e->pub.type = type;
    e->pub.name = doc_strdup(d, name);
    return d->n_ents++;
}

static struct entity_build *ent(doc *d, size_t id)
{
    if (d->frozen || id >= d->n_ents)
        abort(); /* a programming error, not input */
    return &d->ents[id];
}

void doc_entity_set_name(doc *d, size_t id, const char *name)
{
    ent(d, id)->pub.name = doc_strdup(d, name);
}

void doc_entity_set_title(doc *d, size_t id, const char *title)
{
    ent(d, id)->pub.title = doc_strdup(d, title);
}

void doc_entity_add_alias(doc *d, size_t id, const char *alias)
{
    struct entity_build *e = ent(d, id);
    if (!alias || !*alias || (e->pub.name && strcmp(e->pub.name, alias) == 0))
        return;
    for (size_t i = 0; i < e->n_aliases; i++)
        if (strcmp(e->aliases[i], alias) == 0)
            return;
    XGROW(e->aliases, e->cap_aliases, e->n_aliases + 1);
    e->aliases[e->n_aliases++] = doc_strdup(d, alias);
    e->pub.aliases = e->aliases;
    e->pub.n_aliases = e->n_aliases;
}

void doc_entity_set_gender(doc *d, size_t id, doc_gender g)
{
    ent(d, id)->pub.gender = g;
}

void doc_entity_set_credit(doc *d, size_t id, bool credit)
{
    ent(d, id)->pub.credit = credit;
}

void doc_entity_add_mention(doc *d, size_t id, doc_span span)
{
    struct entity_build *e = ent(d, id);
    if (span.block >= d->n_blocks || span.end > d->blocks[span.block].len ||
        span.start >= span.end)
        abort();
    XGROW(e->mentions, e->cap_mentions, e->n_mentions + 1);
    e->mentions[e->n_mentions++] = span;
    e->pub.mentions = e->mentions;
    e->pub.n_mentions = e->n_mentions;
}

void doc_entity_set_rule(doc *d, size_t id, const char *rule)
{
    ent(d, id)->pub.rule = rule;
}

void doc_entity_drop(doc *d, size_t id)
{
    ent(d, id)->dropped = true;
}

size_t doc_add_quote(doc *d, const doc_quote *q)
{
    if (d->frozen || q->block >= d->n_blocks ||
        q->end > d->blocks[q->block].len || q->start > q->end)
        abort();
    XGROW(d->quotes, d->cap_quotes, d->n_quotes + 1);
    d->quotes[d->n_quotes] = *q;
    d->quotes[d->n_quotes].cue = q->cue ? doc_strdup(d, q->cue) : NULL;
    return d->n_quotes++;
}

doc_quote *doc_quote_mut(doc *d, size_t id)
{
    if (d->frozen || id >= d->n_quotes)
        abort();
    return &d->quotes[id];
}

void doc_quote_set_speaker(doc *d, size_t id, size_t entity, const char *cue)
{
    doc_quote *q = doc_quote_mut(d, id);
    q->speaker = entity;
    q->cue = cue ? doc_strdup(d, cue) : NULL;
}

void doc_quote_set_rule(doc *d, size_t id, const char *rule)
{
    doc_quote_mut(d, id)->rule = rule;
}

void doc_quote_set_kind(doc *d, size_t id, doc_quote_kind kind)
{
    doc_quote_mut(d, id)->kind = kind;
}

size_t doc_add_caption(doc *d, const doc_caption *c)
{
    if (d->frozen)
        abort();
    XGROW(d->caps, d->cap_caps, d->n_caps + 1);
    struct caption_build *cb = &d->caps[d->n_caps];
    memset(cb, 0, sizeof *cb);
    cb->pub = *c;
    cb->pub.text = doc_strdup(d, c->text);
    cb->pub.credit = doc_strdup(d, c->credit);
    cb->pub.photographer = doc_strdup(d, c->photographer);
    cb->pub.date = doc_strdup(d, c->date);
    cb->pub.place = doc_strdup(d, c->place);
    cb->pub.people = NULL;
    cb->pub.n_people = 0;
    if (cb->pub.count == 0)
        cb->pub.count = 1;
    return d->n_caps++;
}

void doc_caption_add_person(doc *d, size_t id, size_t entity)
{
    if (d->frozen || id >= d->n_caps)
        abort();
    struct caption_build *c = &d->caps[id];
    for (size_t i = 0; i < c->n_people; i++)
        if (c->people[i] == entity)
            return;
    XGROW(c->people, c->cap_people, c->n_people + 1);
    c->people[c->n_people++] = entity;
}

void doc_caption_add_block(doc *d, size_t id, size_t block)
{
    if (d->frozen || id >= d->n_caps)
        abort();
    XGROW(d->caption_blocks_pending, d->cap_pending, d->n_pending + 2);
    d->caption_blocks_pending[d->n_pending++] = id;
    d->caption_blocks_pending[d->n_pending++] = block;
}

/* ---- freeze ------------------------------------------------------------ */

static int span_cmp(const void *a, const void *b)
{
    const doc_span *x = a, *y = b;
    if (x->block != y->block)
        return x->block < y->block ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return 0;
}

static size_t unique_spans(doc_span *s, size_t n)
{
    if (n == 0)
        return 0;
    qsort(s, n, sizeof *s, span_cmp);
    size_t out = 1;
    for (size_t i = 1; i < n; i++)
        if (span_cmp(&s[i], &s[out - 1]) != 0)
            s[out++] = s[i];
    return out;
}

/* Order for entities: first mention; entities without one go last, in the
 * order they were added. The records carry what the order needs, so the
 * sort needs no context. */
struct ent_order {
    doc_span first; /* first mention, when has_mention */
    bool has_mention;
    size_t index; /* in d->ents */
};

static int ent_order_cmp(const void *a, const void *b)
{
    const struct ent_order *x = a, *y = b;
    if (x->has_mention && y->has_mention) {
        int c = span_cmp(&x->first, &y->first);
        if (c)
            return c;
    } else if (x->has_mention != y->has_mention) {
        return x->has_mention ? -1 : 1;
    }
    return x->index < y->index ? -1 : x->index > y->index;
}

static int link_cmp(const void *a, const void *b)
{
    const doc_link *x = a, *y = b;
    if (x->block != y->block)
        return x->block < y->block ? -1 : 1;
    return (x->start > y->start) - (x->start < y->start);
}

static int quote_cmp(const void *a, const void *b)
{
    const doc_quote *x = a, *y = b;
    if (x->block != y->block)
        return x->block < y->block ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

static int mark_cmp(const void *a, const void *b)
{
    const doc_mark *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1; /* longer first */
    return (x->entity > y->entity) - (x->entity < y->entity);
}

static size_t remap(const doc *d, size_t old)
{
    if (old == DOC_NONE || old >= d->n_ents || d->ents[old].dropped)
        return DOC_NONE;
    return d->ents[old].new_id;
}

void doc_freeze(doc *d)
{
    if (d->frozen)
        return;
    arena *A = d->arena;

    /* Entities: dedup mentions, order by first mention, renumber. */
    struct ent_order *order = xcalloc(d->n_ents ? d->n_ents : 1, sizeof *order);
    size_t live = 0;
    for (size_t i = 0; i < d->n_ents; i++) {
        struct entity_build *e = &d->ents[i];
        e->n_mentions = unique_spans(e->mentions, e->n_mentions);
        if (!e->dropped) {
            order[live].has_mention = e->n_mentions > 0;
            if (e->n_mentions)
                order[live].first = e->mentions[0];
            order[live++].index = i;
        }
    }
    qsort(order, live, sizeof *order, ent_order_cmp);
    d->entities = arena_array(A, live, sizeof *d->entities);
    d->n_entities = live;
    for (size_t k = 0; k < live; k++) {
        struct entity_build *e = &d->ents[order[k].index];
        e->new_id = k;
        doc_entity *out = &d->entities[k];
        *out = e->pub;
        out->aliases =
            arena_memdup(A, e->aliases, e->n_aliases, sizeof(char *));
        out->n_aliases = e->n_aliases;
        out->mentions =
            arena_memdup(A, e->mentions, e->n_mentions, sizeof(doc_span));
        out->n_mentions = e->n_mentions;
        out->n_quotes = 0;
    }
    free(order);

    /* Quotes: remap speakers, document order, per-entity counts. */
    for (size_t i = 0; i < d->n_quotes; i++)
        d->quotes[i].speaker = remap(d, d->quotes[i].speaker);
    if (d->n_quotes)
        qsort(d->quotes, d->n_quotes, sizeof *d->quotes, quote_cmp);
    for (size_t i = 0; i < d->n_quotes; i++)
        if (d->quotes[i].speaker != DOC_NONE)
            d->entities[d->quotes[i].speaker].n_quotes++;

    /* Captions. */
    d->captions = arena_array(A, d->n_caps, sizeof *d->captions);
    for (size_t i = 0; i < d->n_caps; i++) {
        struct caption_build *c = &d->caps[i];
        size_t n = 0;
        for (size_t k = 0; k < c->n_people; k++) {
            size_t id = remap(d, c->people[k]);
            if (id != DOC_NONE)
                c->people[n++] = id;
        }
        d->captions[i] = c->pub;
        d->captions[i].people = arena_memdup(A, c->people, n, sizeof(size_t));
        d->captions[i].n_people = n;
    }

    /* Indices by block. */
    size_t nb = d->n_blocks;
    d->quote_index = arena_array(A, nb + 1, sizeof(size_t));
    for (size_t i = 0, b = 0; b <= nb; b++) {
        while (i < d->n_quotes && d->quotes[i].block < b)
            i++;
        d->quote_index[b] = i;
    }
    if (d->n_links)
        qsort(d->links, d->n_links, sizeof *d->links, link_cmp);
    d->link_index = xcalloc(nb + 1, sizeof(size_t));
    for (size_t i = 0, b = 0; b <= nb; b++) {
        while (i < d->n_links && d->links[i].block < b)
            i++;
        d->link_index[b] = i;
    }
    size_t n_marks = 0;
    for (size_t k = 0; k < live; k++)
        n_marks += d->entities[k].n_mentions;
    d->marks = arena_array(A, n_marks, sizeof(doc_mark));
    d->mark_index = arena_array(A, nb + 1, sizeof(size_t));
    size_t *fill = xcalloc(nb + 1, sizeof *fill);
    for (size_t k = 0; k < live; k++)
        for (size_t m = 0; m < d->entities[k].n_mentions; m++)
            d->mark_index[d->entities[k].mentions[m].block + 1]++;
    for (size_t b = 0; b < nb; b++)
        d->mark_index[b + 1] += d->mark_index[b];
    for (size_t k = 0; k < live; k++)
        for (size_t m = 0; m < d->entities[k].n_mentions; m++) {
            const doc_span *s = &d->entities[k].mentions[m];
            size_t at = d->mark_index[s->block] + fill[s->block]++;
            d->marks[at] = (doc_mark){s->start, s->end, k};
        }
    free(fill);
    for (size_t b = 0; b < nb; b++)
        qsort(d->marks + d->mark_index[b],
              d->mark_index[b + 1] - d->mark_index[b], sizeof(doc_mark),
              mark_cmp);
    d->block_caption = arena_array(A, nb + 1, sizeof(size_t));
    for (size_t b = 0; b < nb; b++)
        d->block_caption[b] = DOC_NONE;
    for (size_t i = 0; i < d->n_caps; i++)
        if (d->captions[i].block < nb)
            d->block_caption[d->captions[i].block] = i;
    for (size_t i = 0; i + 1 < d->n_pending; i += 2)
        if (d->caption_blocks_pending[i + 1] < nb)
            d->block_caption[d->caption_blocks_pending[i + 1]] =
                d->caption_blocks_pending[i];

    free_build_vectors(d);
    d->frozen = true;
}

/* ---- reading ------------------------------------------------------------ */

const char *doc_date(const doc *d)
{
    return d->date;
}
const char *doc_dateline(const doc *d)
{
    return d->dateline;
}
const char *doc_source(const doc *d)
{
    return d->source;
}
size_t doc_contributor_count(const doc *d)
{
    return d->n_contributors;
}
const char *doc_contributor(const doc *d, size_t i)
{
    return d->contributors[i];
}
size_t doc_block_count(const doc *d)
{
    return d->n_blocks;
}
const doc_block *doc_block_get(const doc *d, size_t id)
{
    return id < d->n_blocks ? &d->blocks[id] : NULL;
}
size_t doc_entity_count(const doc *d)
{
    return d->frozen ? d->n_entities : d->n_ents;
}
const doc_entity *doc_entity_get(const doc *d, size_t id)
{
    if (!d->frozen)
        return id < d->n_ents ? &d->ents[id].pub : NULL;
    return id < d->n_entities ? &d->entities[id] : NULL;
}
size_t doc_quote_count(const doc *d)
{
    return d->n_quotes;
}
const doc_quote *doc_quote_get(const doc *d, size_t id)
{
    return id < d->n_quotes ? &d->quotes[id] : NULL;
}
size_t doc_caption_count(const doc *d)
{
    return d->n_caps;
}
const doc_caption *doc_caption_get(const doc *d, size_t id)
{
    if (id >= d->n_caps)
        return NULL;
    return d->frozen ? &d->captions[id] : &d->caps[id].pub;
}

void doc_block_quotes(const doc *d, size_t block, size_t *first, size_t *count)
{
    *first = 0;
    *count = 0;
    if (!d->frozen || block >= d->n_blocks)
        return;
    *first = d->quote_index[block];
    *count = d->quote_index[block + 1] - d->quote_index[block];
}

void doc_block_links(const doc *d, size_t block, size_t *first, size_t *count)
{
    *first = 0;
    *count = 0;
    if (!d->frozen || block >= d->n_blocks)
        return;
    *first = d->link_index[block];
    *count = d->link_index[block + 1] - d->link_index[block];
}

size_t doc_link_count(const doc *d)
{
    return d->n_links;
}

const doc_link *doc_link_get(const doc *d, size_t id)
{
    return id < d->n_links ? &d->links[id] : NULL;
}

const char *doc_title(const doc *d)
{
    return d->title;
}
const char *doc_site(const doc *d)
{
    return d->site;
}
const char *doc_url(const doc *d)
{
    return d->url;
}
const char *doc_published(const doc *d)
{
    return d->published;
}
const char *doc_description(const doc *d)
{
    return d->description;
}
size_t doc_author_count(const doc *d)
{
    return d->n_authors;
}
const char *doc_author(const doc *d, size_t i)
{
    return i < d->n_authors ? d->authors[i] : NULL;
}

size_t doc_quote_at(const doc *d, size_t block, size_t offset)
{
    size_t first, count;
    doc_block_quotes(d, block, &first, &count);
    for (size_t i = first; i < first + count; i++) /* few per block */
        if (offset >= d->quotes[i].start && offset < d->quotes[i].end)
            return i;
    return DOC_NONE;
}

const doc_mark *doc_block_marks(const doc *d, size_t block, size_t *count)
{
    *count = 0;
    if (!d->frozen || block >= d->n_blocks)
        return NULL;
    *count = d->mark_index[block + 1] - d->mark_index[block];
    return d->marks + d->mark_index[block];
}

size_t doc_block_caption(const doc *d, size_t block)
{
    if (!d->frozen || block >= d->n_blocks)
        return DOC_NONE;
    return d->block_caption[block];
}

size_t doc_text_bytes(const doc *d)
{
    return d->text_bytes;
}

unsigned long long doc_hash(const doc *d)
{
    /* Unmixed, so saved reading positions keep their keys. */
    uint64_t h = HASH_INIT;
    for (size_t b = 0; b < d->n_blocks; b++) {
        h = hash_add(h, d->blocks[b].text, d->blocks[b].len);
        h = hash_add(h, "\n", 1);
    }
    return h;
}
