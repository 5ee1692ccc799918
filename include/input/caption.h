/* caption — photo captions: the credit that ends them, the photographer,
 * date and place they state, and the merging of repeated captions.
 *
 * A caption is a paragraph ending in a photo credit: bracketed, as in
 * "(AP Photo/NAME)", "(NAME/PA via AP)", "(REUTERS/NAME)", "(credit: ...)",
 * possibly glued to the previous word, or unbracketed at the very end, as in
 * "REUTERS/NAME" or "NAME/AFP". Weaker bracketed forms, which body text
 * may end with too ("(NAME for OUTLET)", "(NAME/VENUE)", "(NAME)", "(Some
 * University)"), count only after text that reads like a caption (short,
 * a final full stop, no reported speech, long quotation or first person).
 * The functions take (text, byte length), need no NUL terminator, and scan
 * each text once (the credit search looks only at the last
 * CAPTION_CREDIT_MAX bytes, the test of a weak credit's caption at 600
 * before it). Returned strings are xalloc'd (free()).
 * People shown in a caption are linked by the entity analysis, not here. */
#ifndef DATELINE_CAPTION_H
#define DATELINE_CAPTION_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

#define CAPTION_CREDIT_MAX 160

/* True when the paragraph ends in a photo credit; [*start, *end) is then the
 * credit as it should be shown: without its parentheses and without a
 * leading "credit:" label ("AP Photo/Dora Vantreck, File"). */
bool caption_find_credit(const char *text, size_t len, size_t *start,
                         size_t *end);

/* The person named in a credit ("AP Photo/NAME, File" -> NAME,
 * "Photo by NAME/AFP" -> NAME), or NULL for agency-only credits such as
 * "PA via AP" or "AFP/Getty Images". */
char *caption_photographer(const char *credit, size_t len);

/* The first date written in full in the text ("Sunday, June 6, 2021",
 * "on May 28, 2016", "28 May 2016") as "YYYY-MM-DD", or NULL. [*start,
 * *end) receive the span of "Month Day, Year" (either may be NULL). */
char *caption_date(const char *text, size_t len, size_t *start, size_t *end);

/* The place written just before the date ("... arrival in Guatemala City,
 * Sunday, June 6, 2021" -> "Guatemala City"), or failing that the first
 * "in Place" after it (before `limit`, e.g. the credit's start); NULL when
 * there is none. date_start/date_end come from caption_date; when the
 * caption has no date, pass date_start == date_end to get the last
 * "in Place" before `limit` ("... reporters in Minneapolis on Thursday."). */
char *caption_place(const char *text, size_t len, size_t date_start,
                    size_t date_end, size_t limit);

/* Collects the caption blocks of one article and merges repeats (identical
 * text, found by hash in constant time): one doc_caption per distinct text,
 * with its count, the later blocks registered by doc_caption_add_block. */
typedef struct caption_set caption_set;

caption_set *caption_set_new(void);
/* text must stay valid until caption_set_commit (a doc block's text). */
void caption_set_add(caption_set *s, size_t block, const char *text,
                     size_t len);
/* Analyses every distinct caption and adds it to the doc; returns how many
 * distinct captions there were. */
size_t caption_set_commit(caption_set *s, doc *d);
void caption_set_free(caption_set *s);

#endif
