/* export — the model as JSON (../shared/spec/export.md) and as tab-separated
 * lines for scripts.
 *
 * The JSON is streamed: the structure (keys, numbers, brackets) is written
 * directly, one block, entity, quotation or caption per line, and every
 * string that needs escaping is encoded by jansson. Nothing is held but the
 * string being written, so a 50 MB article exports in constant memory and
 * with no allocation per mention or quotation (which matters under the
 * sanitisers, where each allocation is costly). */
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

/* True when s is valid UTF-8 whose JSON form is itself between quotes: no
 * quotation mark, backslash or control character (C0, DEL, C1). */
static bool json_verbatim(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\')
                return false;
            i++;
            continue;
        }
        size_t k = utf8_sequence(u + i, len - i);
        if (k == 0 || (c == 0xc2 && u[i + 1] <= 0x9f))
            return false;
        i += k;
    }
    return true;
}

/* A jansson string of s[0..len). The model promises UTF-8; should a bug
 * elsewhere break that promise, bad bytes become U+FFFD rather than making
 * the whole export fail. */
static json_t *jstring(const char *s, size_t len)
{
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

/* ---- JSON ---------------------------------------------------------------- */

typedef struct {
    FILE *out;
    int rc;        /* -1 once a write failed */
    bool one_line; /* JSON Lines: no newline inside the object */
} writer;

static void put_raw(writer *w, const char *s, size_t n)
{
    if (n && fwrite(s, 1, n, w->out) != n)
        w->rc = -1;
}

static void put_lit(writer *w, const char *s)
{
    put_raw(w, s, strlen(s));
}

/* Decimal digits by hand: printf's machinery is the slowest part of writing
 * hundreds of thousands of offsets. */
static void put_size(writer *w, size_t v)
{
    char digits[24];
    size_t at = sizeof digits;
    do {
        digits[--at] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put_raw(w, digits + at, sizeof digits - at);
}

static void put_id(writer *w, size_t id)
{
    if (id == DOC_NONE)
        put_lit(w, "null");
    else
        put_size(w, id);
}

static void put_bool(writer *w, bool v)
{
    put_lit(w, v ? "true" : "false");
}

/* jansson's encoding of a string. JSON needs no escape for DEL and the C1
 * controls (U+0080..U+009F), but a terminal may act on them, so they are
 * written as \u escapes too: the same string, and nothing that `cat` could
 * turn into a terminal command. */
static void put_encoded(writer *w, json_t *j)
{
    char small[4096];
    char *big = NULL;
    const char *s = small;
    size_t n = json_dumpb(j, small, sizeof small, JSON_ENCODE_ANY);
    if (n > sizeof small) {
        s = big = json_dumps(j, JSON_ENCODE_ANY);
        n = big ? strlen(big) : 0;
    }
    if (n == 0) {
        w->rc = -1;
        return;
    }
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned code;
        size_t skip;
        if (u[i] == 0x7f) {
            code = 0x7f, skip = 1;
        } else if (u[i] == 0xc2 && i + 1 < n && u[i + 1] >= 0x80 &&
                   u[i + 1] <= 0x9f) {
            code = u[i + 1], skip = 2;
        } else {
            continue;
        }
        put_raw(w, s + run, i - run);
        if (fprintf(w->out, "\\u%04x", code) < 0)
            w->rc = -1;
        i += skip - 1;
        run = i + 1;
    }
    put_raw(w, s + run, n - run);
    free(big);
}

/* A JSON string, or null for NULL. */
static void put_str(writer *w, const char *s, size_t len)
{
    if (s == NULL) {
        put_lit(w, "null");
    } else if (json_verbatim(s, len)) {
        put_raw(w, "\"", 1);
        put_raw(w, s, len);
        put_raw(w, "\"", 1);
    } else {
        json_t *j = jstring(s, len);
        put_encoded(w, j);
        json_decref(j);
    }
}

static void put_cstr(writer *w, const char *s)
{
    put_str(w, s, s ? strlen(s) : 0);
}

/* `"key":` — keys are ASCII literals and need no escaping. */
static void put_key(writer *w, const char *key)
{
    put_raw(w, "\"", 1);
    put_lit(w, key);
    put_raw(w, "\":", 2);
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

static const char *block_kind_name(doc_block_kind k)
{
    switch (k) {
    case DOC_BLOCK_PARAGRAPH: return "paragraph";
    case DOC_BLOCK_EMBED: return "embed";
    case DOC_BLOCK_CREDIT: return "credit";
    case DOC_BLOCK_CAPTION: return "caption";
    case DOC_BLOCK_HEADING: return "heading";
    case DOC_BLOCK_ITEM: return "item";
    case DOC_BLOCK_BLOCKQUOTE: return "blockquote";
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

static const char *gender_name(doc_gender g)
{
    switch (g) {
    case DOC_GENDER_FEMALE: return "female";
    case DOC_GENDER_MALE: return "male";
    case DOC_GENDER_UNKNOWN: break;
    }
    return NULL;
}

static void put_article(writer *w, const doc *d)
{
    put_key(w, "date");
    put_cstr(w, doc_date(d));
    put_lit(w, ",");
    put_key(w, "dateline");
    put_cstr(w, doc_dateline(d));
    put_lit(w, ",");
    put_key(w, "contributors");
    put_lit(w, "[");
    for (size_t i = 0; i < doc_contributor_count(d); i++) {
        if (i)
            put_lit(w, ",");
        put_cstr(w, doc_contributor(d, i));
    }
    put_lit(w, "],");
    put_key(w, "source");
    put_cstr(w, doc_source(d));
    put_lit(w, ",");
    put_key(w, "title");
    put_cstr(w, doc_title(d));
    put_lit(w, ",");
    put_key(w, "authors");
    put_lit(w, "[");
    for (size_t i = 0; i < doc_author_count(d); i++) {
        if (i)
            put_lit(w, ",");
        put_cstr(w, doc_author(d, i));
    }
    put_lit(w, "],");
    put_key(w, "site");
    put_cstr(w, doc_site(d));
    put_lit(w, ",");
    put_key(w, "url");
    put_cstr(w, doc_url(d));
    put_lit(w, ",");
    put_key(w, "published");
    put_cstr(w, doc_published(d));
    put_lit(w, ",");
    put_key(w, "description");
    put_cstr(w, doc_description(d));
}

static const char *quote_kind_name(doc_quote_kind k)
{
    switch (k) {
    case DOC_QUOTE_TITLE: return "title";
    case DOC_QUOTE_TERM: return "term";
    case DOC_QUOTE_SPEECH: break;
    }
    return "speech";
}

static void put_block(writer *w, const doc *d, size_t id)
{
    const doc_block *b = doc_block_get(d, id);
    put_key(w, "kind");
    put_cstr(w, block_kind_name(b->kind));
    put_lit(w, ",");
    put_key(w, "text");
    put_str(w, b->text, b->len);
    if (b->kind == DOC_BLOCK_EMBED) {
        put_lit(w, ",");
        put_key(w, "url");
        put_cstr(w, b->url);
    }
}

static void put_entity(writer *w, const doc *d, size_t id)
{
    const doc_entity *e = doc_entity_get(d, id);
    put_key(w, "type");
    put_cstr(w, entity_type_name(e->type));
    put_lit(w, ",");
    put_key(w, "name");
    put_cstr(w, e->name);
    if (e->type == DOC_PERSON) {
        put_lit(w, ",");
        put_key(w, "title");
        put_cstr(w, e->title);
        put_lit(w, ",");
        put_key(w, "gender");
        put_cstr(w, gender_name(e->gender));
        put_lit(w, ",");
        put_key(w, "credit");
        put_bool(w, e->credit);
    }
    put_lit(w, ",");
    put_key(w, "aliases");
    put_lit(w, "[");
    for (size_t i = 0; i < e->n_aliases; i++) {
        if (i)
            put_lit(w, ",");
        put_cstr(w, e->aliases[i]);
    }
    put_lit(w, "],");
    put_key(w, "rule");
    put_cstr(w, e->rule);
    put_lit(w, ",");
    put_key(w, "mentions");
    put_lit(w, "[");
    for (size_t i = 0; i < e->n_mentions; i++) {
        const doc_span *s = &e->mentions[i];
        put_lit(w, i ? ",{\"block\":" : "{\"block\":");
        put_size(w, s->block);
        put_lit(w, ",\"start\":");
        put_size(w, s->start);
        put_lit(w, ",\"end\":");
        put_size(w, s->end);
        put_lit(w, "}");
    }
    put_lit(w, "]");
}

static void put_quote(writer *w, const doc *d, size_t id)
{
    const doc_quote *q = doc_quote_get(d, id);
    size_t len;
    const char *text = quote_text(d, q, &len);
    put_key(w, "block");
    put_size(w, q->block);
    put_lit(w, ",");
    put_key(w, "start");
    put_size(w, q->start);
    put_lit(w, ",");
    put_key(w, "end");
    put_size(w, q->end);
    put_lit(w, ",");
    put_key(w, "text");
    put_str(w, text, len);
    put_lit(w, ",");
    put_key(w, "speaker");
    put_id(w, q->speaker);
    put_lit(w, ",");
    put_key(w, "cue");
    put_cstr(w, q->cue);
    put_lit(w, ",");
    put_key(w, "continues");
    put_bool(w, q->continues);
    put_lit(w, ",");
    put_key(w, "kind");
    put_cstr(w, quote_kind_name(q->kind));
    put_lit(w, ",");
    put_key(w, "rule");
    put_cstr(w, q->rule);
}

static void put_link(writer *w, const doc *d, size_t id)
{
    const doc_link *l = doc_link_get(d, id);
    put_key(w, "block");
    put_size(w, l->block);
    put_lit(w, ",");
    put_key(w, "start");
    put_size(w, l->start);
    put_lit(w, ",");
    put_key(w, "end");
    put_size(w, l->end);
    put_lit(w, ",");
    put_key(w, "url");
    put_cstr(w, l->url);
}

static void put_caption(writer *w, const doc *d, size_t id)
{
    const doc_caption *c = doc_caption_get(d, id);
    put_key(w, "block");
    put_size(w, c->block);
    put_lit(w, ",");
    put_key(w, "text");
    put_cstr(w, c->text);
    put_lit(w, ",");
    put_key(w, "credit");
    put_cstr(w, c->credit);
    put_lit(w, ",");
    put_key(w, "photographer");
    put_cstr(w, c->photographer);
    put_lit(w, ",");
    put_key(w, "date");
    put_cstr(w, c->date);
    put_lit(w, ",");
    put_key(w, "place");
    put_cstr(w, c->place);
    put_lit(w, ",");
    put_key(w, "people");
    put_lit(w, "[");
    for (size_t i = 0; i < c->n_people; i++) {
        if (i)
            put_lit(w, ",");
        put_id(w, c->people[i]);
    }
    put_lit(w, "],");
    put_key(w, "count");
    put_size(w, c->count);
}

/* `,"key":[` then one `{"id":N,...}` per line, then `]`. */
static void put_array(writer *w, const doc *d, const char *key, size_t n,
                      void (*fields)(writer *, const doc *, size_t))
{
    const char *nl = w->one_line ? "" : "\n";
    put_lit(w, ",");
    put_lit(w, nl);
    put_key(w, key);
    put_lit(w, "[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            put_lit(w, ",");
        put_lit(w, nl);
        put_lit(w, "{\"id\":");
        put_size(w, i);
        put_lit(w, ",");
        fields(w, d, i);
        put_lit(w, "}");
    }
    put_lit(w, "]");
}

static int put_json(const doc *d, const char *file, FILE *out)
{
    /* jansson allocates through our family, so running out of memory ends
     * the way it does everywhere else. */
    json_set_alloc_funcs(xmalloc, free);
    writer w = {out, 0, file != NULL};
    put_lit(&w, "{");
    if (file) {
        put_key(&w, "file");
        put_cstr(&w, file);
        put_lit(&w, ",");
    }
    put_lit(&w, "\"article\":{");
    put_article(&w, d);
    put_lit(&w, "}");
    put_array(&w, d, "blocks", doc_block_count(d), put_block);
    put_array(&w, d, "entities", doc_entity_count(d), put_entity);
    put_array(&w, d, "quotes", doc_quote_count(d), put_quote);
    put_array(&w, d, "captions", doc_caption_count(d), put_caption);
    put_array(&w, d, "links", doc_link_count(d), put_link);
    put_lit(&w, "}\n");
    if (fflush(out) != 0 || ferror(out))
        w.rc = -1;
    return w.rc;
}

int export_json(const doc *d, FILE *out)
{
    return put_json(d, NULL, out);
}

int export_json_line(const doc *d, const char *file, FILE *out)
{
    return put_json(d, file ? file : "", out);
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
