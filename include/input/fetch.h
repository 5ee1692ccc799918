/* fetch — an http:// or https:// URL to its raw bytes, with libcurl.
 *
 * One GET: at most FETCH_MAX_REDIRECTS redirects, only http and https for
 * the request and every redirect, TLS peers verified, a connect timeout of
 * FETCH_CONNECT_TIMEOUT seconds (or the total, if shorter) and a total of
 * `timeout` seconds (0: FETCH_DEFAULT_TIMEOUT), gzip and deflate accepted
 * and decoded, "User-Agent: dateline/VERSION", proxies from the environment
 * as curl reads them. The decoded body may not pass `max_bytes` (0:
 * FETCH_MAX_BYTES): the transfer stops as soon as it does. A status other
 * than 2xx, a DNS, connection, TLS or encoding failure, a timeout or an
 * oversized body is an error, and then nothing of the body is given back.
 * Functions return 0, or -1 with *err set to a malloc'd one-line human
 * reason without the URL ("HTTP 404 Not Found", "timed out after 30 s");
 * they never print or exit. */
#ifndef DATELINE_FETCH_H
#define DATELINE_FETCH_H

#include <stdbool.h>
#include <stddef.h>

#define FETCH_MAX_BYTES ((size_t)20 << 20)
#define FETCH_MAX_REDIRECTS 5
#define FETCH_CONNECT_TIMEOUT 10
#define FETCH_DEFAULT_TIMEOUT 30

typedef struct {
    char *body; /* NUL-terminated (not counted in len) */
    size_t len;
    char *content_type; /* media type, lower case, no parameters; or NULL */
    char *charset;      /* the Content-Type's charset parameter, or NULL */
    char *url;          /* the final URL, after redirects */
} fetch_result;

/* Does the argument name an http or https URL (scheme in any case)? */
bool fetch_is_url(const char *arg);

/* Does the argument start like a URL of another scheme ("ftp://",
 * "file://")? Such arguments are refused rather than read as paths. */
bool fetch_is_other_url(const char *arg);

int fetch_url(const char *url, unsigned timeout, size_t max_bytes,
              fetch_result *out, char **err);
void fetch_result_free(fetch_result *r);

#endif
