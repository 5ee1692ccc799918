/* source — article bytes in, clean UTF-8 out.
 *
 * Reads a file or a descriptor (at most SOURCE_MAX_BYTES; reading stops as
 * soon as the limit is passed), drops a BOM, turns CRLF and lone CR into LF,
 * decodes text that is not valid UTF-8 as Windows-1252 (saying so in
 * from_cp1252; its unassigned bytes become U+FFFD), and normalises to NFC with
 * libunistring. Binary input (NUL bytes, UTF-16) is refused, as are
 * directories and unreadable files (with the system's reason). Functions
 * return 0, or -1 with *err set to a malloc'd one-line reason without the
 * path; they never print or exit. On error *out is left empty. */
#ifndef DATELINE_SOURCE_H
#define DATELINE_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#define SOURCE_MAX_BYTES ((size_t)256 << 20)

typedef struct {
    char *text; /* NUL-terminated UTF-8, NFC, LF line ends */
    size_t len;
    bool from_cp1252;
} source_text;

int source_read_path(const char *path, source_text *out, char **err);
int source_read_fd(int fd, source_text *out, char **err);
int source_decode(const char *bytes, size_t len, source_text *out, char **err);
void source_text_free(source_text *t);

/* The raw bytes of a file or descriptor, NUL-terminated (not counted in
 * *len), undecoded: for formats that name their own charset. */
int source_slurp_path(const char *path, size_t max_bytes, char **bytes,
                      size_t *len, char **err);
int source_slurp_fd(int fd, size_t max_bytes, char **bytes, size_t *len,
                    char **err);

/* The same with a caller's size limit instead of SOURCE_MAX_BYTES. */
int source_read_path_max(const char *path, size_t max_bytes, source_text *out,
                         char **err);
int source_read_fd_max(int fd, size_t max_bytes, source_text *out, char **err);

#endif
