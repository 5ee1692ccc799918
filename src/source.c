/* STUB — owned by the source/parse helper; replace. */
#include "source.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "xalloc.h"
int source_decode(const char *bytes, size_t len, source_text *out, char **err)
{
    (void)err;
    out->text = xstrndup(bytes, len);
    out->len = len;
    out->from_cp1252 = false;
    return 0;
}
int source_read_fd(int fd, source_text *out, char **err)
{
    char *buf = NULL; size_t n = 0, cap = 0; ssize_t r;
    do { XGROW(buf, cap, n + 65536); r = read(fd, buf + n, 65536); if (r > 0) n += (size_t)r; } while (r > 0);
    int rc = source_decode(buf, n, out, err); free(buf); return rc;
}
int source_read_path(const char *path, source_text *out, char **err)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) { *err = xstrdup("cannot open"); return -1; }
    int rc = source_read_fd(fd, out, err); close(fd); return rc;
}
void source_text_free(source_text *t) { free(t->text); t->text = NULL; }
