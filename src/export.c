/* export — the model as JSON (../shared/spec/export.md) and as tab-separated
 * lines for scripts.
 *
 * The JSON is streamed: the outer object is written by hand and each block,
 * entity, quotation and caption is built as a small jansson value, dumped and
 * freed, so a 50 MB article never needs its whole JSON tree in memory. One
 * element per line keeps the output greppable while staying one object. */
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "xalloc.h"

/* ---- strings ------------------------------------------------------------ */

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t len;
    unsigned min;
    unsigned cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2, min = 0x80, cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3, min = 0x800, cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4, min = 0x10000, cp = c & 0x07;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

/* A JSON string of s[0..len). The model promises UTF-8; should a bug
 * elsewhere break that promise, bad bytes become U+FFFD rather than making
 * the whole export fail. */
static json_t *jstring(const char *s, size_t len)
{
    if (s == NULL)
        return json_null();
    json_t *j = json_stringn(s, len);
    if (j)
        return j;
    char *clean = xmalloc(len * 3 + 1);
    size_t out = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t k = u[i] ? utf8_sequence(u + i, len - i) : 0;
        if (k) {
            memcpy(clean + out, s + i, k);
            out += k, i += k;
        } else {
            memcpy(clean + out, "\xef\xbf\xbd", 3);
            out += 3, i++;
        }
    }
    j = json_stringn(clean, out);
    free(clean);
    return j ? j : json_string("");
}

static json_t *jstr(const char *s)
{
    return s ? jstring(s, strlen(s)) : json_null();
}

static json_t *jid(size_t id)
{
    return id == DOC_NONE ? json_null() : json_integer((json_int_t)id);
}

/* A quotation's span, clamped into its block so a bad offset from an analyser
 * cannot read past the text. */
static const char *quote_text(const doc *d, const doc_quote *q, size_t *len)
{
    if (q->block >= doc_block_count(d)) {
        *len = 0;
        return "";
    }
    const doc_block *b = doc_block_get(d, q->block);
    size_t end = q->end < b->len ? q->end : b->len;
    size_t start = q->start < end ? q->start : end;
    *len = end - start;
    return b->text + start;
}

/* ---- JSON ---------------------------------------------------------------- */

/* Writes jansson's compact encoding of v, then frees v. JSON needs no escape
 * for DEL and the C1 controls (U+0080..U+009F), but a terminal may act on
 * them, so they are written as \u escapes too: the same string, and nothing
 * that `cat` could turn into a terminal command. Keys are ASCII, so these
 * bytes only ever occur inside strings. */
static int put_json(json_t *v, FILE *out)
{
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    json_decref(v);
    if (s == NULL)
        return -1;
    int rc = 0;
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *run = p;
    for (; *p; p++) {
        unsigned code;
        size_t skip;
        if (*p == 0x7f) {
            code = 0x7f, skip = 1;
        } else if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
            code = p[1], skip = 2;
        } else {
            continue;
        }
        if (fwrite(run, 1, (size_t)(p - run), out) != (size_t)(p - run) ||
            fprintf(out, "\\u%04x", code) < 0)
            rc = -1;
        p += skip - 1;
        run = p + 1;
    }
    if (fwrite(run, 1, (size_t)(p - run), out) != (size_t)(p - run))
        rc = -1;
    free(s);
    return rc;
}

static const char *block_kind_name(doc_block_kind k)
{
    switch (k) {
    case DOC_BLOCK_PARAGRAPH: return "paragraph";
    case DOC_BLOCK_EMBED: return "embed";
    case DOC_BLOCK_CREDIT: return "credit";
    case DOC_BLOCK_CAPTION: return "caption";
    }
    return "paragraph";
}

static const char *entity_type_name(doc_entity_type t)
{
    switch (t) {
    case DOC_PERSON: return "person";
    case DOC_PLACE: return "place";
    case DOC_ORG: return "org";
    }
    return "person";
}

static json_t *gender_value(doc_gender g)
{
    switch (g) {
    case DOC_GENDER_FEMALE: return json_string("female");
    case DOC_GENDER_MALE: return json_string("male");
    case DOC_GENDER_UNKNOWN: break;
    }
    return json_null();
}

static json_t *article_json(const doc *d)
{
    json_t *contributors = json_array();
    for (size_t i = 0; i < doc_contributor_count(d); i++)
        json_array_append_new(contributors, jstr(doc_contributor(d, i)));
    json_t *a = json_object();
    json_object_set_new(a, "date", jstr(doc_date(d)));
    json_object_set_new(a, "dateline", jstr(doc_dateline(d)));
    json_object_set_new(a, "contributors", contributors);
    json_object_set_new(a, "source", jstr(doc_source(d)));
    return a;
}

static json_t *block_json(const doc *d, size_t id)
{
    const doc_block *b = doc_block_get(d, id);
    json_t *o = json_object();
    json_object_set_new(o, "id", jid(id));
    json_object_set_new(o, "kind", json_string(block_kind_name(b->kind)));
    json_object_set_new(o, "text", jstring(b->text, b->len));
    if (b->kind == DOC_BLOCK_EMBED)
        json_object_set_new(o, "url", jstr(b->url));
    return o;
}

static json_t *entity_json(const doc *d, size_t id)
{
    const doc_entity *e = doc_entity_get(d, id);
    json_t *o = json_object();
    json_object_set_new(o, "id", jid(id));
    json_object_set_new(o, "type", json_string(entity_type_name(e->type)));
    json_object_set_new(o, "name", jstr(e->name));
    if (e->type == DOC_PERSON) {
        json_object_set_new(o, "title", jstr(e->title));
        json_object_set_new(o, "gender", gender_value(e->gender));
        json_object_set_new(o, "credit", json_boolean(e->credit));
    }
    json_t *aliases = json_array();
    for (size_t i = 0; i < e->n_aliases; i++)
        json_array_append_new(aliases, jstr(e->aliases[i]));
    json_object_set_new(o, "aliases", aliases);
    json_t *mentions = json_array();
    for (size_t i = 0; i < e->n_mentions; i++) {
        const doc_span *s = &e->mentions[i];
        json_t *m = json_object();
        json_object_set_new(m, "block", jid(s->block));
        json_object_set_new(m, "start", jid(s->start));
        json_object_set_new(m, "end", jid(s->end));
        json_array_append_new(mentions, m);
    }
    json_object_set_new(o, "mentions", mentions);
    return o;
}

static json_t *quote_json(const doc *d, size_t id)
{
    const doc_quote *q = doc_quote_get(d, id);
    size_t len;
    const char *text = quote_text(d, q, &len);
    json_t *o = json_object();
    json_object_set_new(o, "id", jid(id));
    json_object_set_new(o, "block", jid(q->block));
    json_object_set_new(o, "start", jid(q->start));
    json_object_set_new(o, "end", jid(q->end));
    json_object_set_new(o, "text", jstring(text, len));
    json_object_set_new(o, "speaker", jid(q->speaker));
    json_object_set_new(o, "cue", jstr(q->cue));
    json_object_set_new(o, "continues", json_boolean(q->continues));
    return o;
}

static json_t *caption_json(const doc *d, size_t id)
{
    const doc_caption *c = doc_caption_get(d, id);
    json_t *o = json_object();
    json_object_set_new(o, "id", jid(id));
    json_object_set_new(o, "block", jid(c->block));
    json_object_set_new(o, "text", jstr(c->text));
    json_object_set_new(o, "credit", jstr(c->credit));
    json_object_set_new(o, "photographer", jstr(c->photographer));
    json_object_set_new(o, "date", jstr(c->date));
    json_object_set_new(o, "place", jstr(c->place));
    json_t *people = json_array();
    for (size_t i = 0; i < c->n_people; i++)
        json_array_append_new(people, jid(c->people[i]));
    json_object_set_new(o, "people", people);
    json_object_set_new(o, "count", json_integer((json_int_t)c->count));
    return o;
}

/* Writes `,"key":[` then one element per line, then `]`. */
static int put_array(const doc *d, const char *key, size_t n,
                     json_t *(*element)(const doc *, size_t), FILE *out)
{
    int rc = fprintf(out, ",\n\"%s\":[", key) < 0 ? -1 : 0;
    for (size_t i = 0; i < n; i++) {
        if (fputs(i ? ",\n" : "\n", out) == EOF)
            rc = -1;
        if (put_json(element(d, i), out) != 0)
            rc = -1;
    }
    if (fputs("]", out) == EOF)
        rc = -1;
    return rc;
}

int export_json(const doc *d, FILE *out)
{
    /* jansson allocates through our family, so running out of memory ends
     * the way it does everywhere else. */
    json_set_alloc_funcs(xmalloc, free);
    int rc = 0;
    if (fputs("{\"article\":", out) == EOF)
        rc = -1;
    if (put_json(article_json(d), out) != 0)
        rc = -1;
    if (put_array(d, "blocks", doc_block_count(d), block_json, out) != 0 ||
        put_array(d, "entities", doc_entity_count(d), entity_json, out) != 0 ||
        put_array(d, "quotes", doc_quote_count(d), quote_json, out) != 0 ||
        put_array(d, "captions", doc_caption_count(d), caption_json, out) != 0)
        rc = -1;
    if (fputs("}\n", out) == EOF)
        rc = -1;
    if (fflush(out) != 0 || ferror(out))
        rc = -1;
    return rc;
}

/* ---- tab-separated lines --------------------------------------------------
 */

/* Writes a field with every control character (C0, DEL, C1) as a space, so
 * a field stays on its line and nothing reaches a terminal as a command. */
static int put_field(const char *s, size_t len, FILE *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0;
    int rc = 0;
    for (size_t i = 0; i < len;) {
        size_t skip = 0;
        if (u[i] < 0x20 || u[i] == 0x7f)
            skip = 1;
        else if (u[i] == 0xc2 && i + 1 < len && u[i + 1] >= 0x80 &&
                 u[i + 1] <= 0x9f)
            skip = 2;
        if (skip == 0) {
            i++;
            continue;
        }
        if (fwrite(s + run, 1, i - run, out) != i - run ||
            fputc(' ', out) == EOF)
            rc = -1;
        i += skip;
        run = i;
    }
    if (fwrite(s + run, 1, len - run, out) != len - run)
        rc = -1;
    return rc;
}

static int put_cstr_field(const char *s, FILE *out)
{
    return s ? put_field(s, strlen(s), out) : 0;
}

static int finish(int rc, FILE *out)
{
    if (fflush(out) != 0 || ferror(out))
        rc = -1;
    return rc;
}

int export_quotes(const doc *d, FILE *out)
{
    int rc = 0;
    for (size_t i = 0; i < doc_quote_count(d); i++) {
        const doc_quote *q = doc_quote_get(d, i);
        const char *speaker = NULL;
        if (q->speaker != DOC_NONE && q->speaker < doc_entity_count(d))
            speaker = doc_entity_get(d, q->speaker)->name;
        size_t len;
        const char *text = quote_text(d, q, &len);
        if (put_cstr_field(speaker, out) || fputc('\t', out) == EOF ||
            put_cstr_field(q->cue, out) || fputc('\t', out) == EOF ||
            put_field(text, len, out) || fputc('\n', out) == EOF)
            rc = -1;
    }
    return finish(rc, out);
}

int export_entities(const doc *d, FILE *out)
{
    int rc = 0;
    for (size_t i = 0; i < doc_entity_count(d); i++) {
        const doc_entity *e = doc_entity_get(d, i);
        if (fputs(entity_type_name(e->type), out) == EOF ||
            fputc('\t', out) == EOF || put_cstr_field(e->name, out) ||
            fprintf(out, "\t%zu\t%zu\n", e->n_mentions, e->n_quotes) < 0)
            rc = -1;
    }
    return finish(rc, out);
}
