/* One GET with libcurl's easy interface. The body grows in one buffer; the
 * write callback stops the transfer as soon as the cap is passed (the
 * Content-Length check alone would miss chunked, endless and compressed
 * bodies). The status line's reason phrase is kept from the header callback
 * because libcurl does not report it. */
#include "fetch.h"

#include <curl/curl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

#ifndef DATELINE_VERSION
#define DATELINE_VERSION "0"
#endif

struct sink {
    char *buf;
    size_t len, cap, max;
    bool too_large;
    char reason[96]; /* reason phrase of the last status line */
};

static size_t on_body(char *data, size_t size, size_t nmemb, void *ud)
{
    struct sink *s = ud;
    size_t n = size * nmemb;
    if (n > s->max - s->len) {
        s->too_large = true;
        return 0; /* aborts with CURLE_WRITE_ERROR */
    }
    XGROW(s->buf, s->cap, s->len + n + 1);
    memcpy(s->buf + s->len, data, n);
    s->len += n;
    return n;
}

static size_t on_header(char *data, size_t size, size_t nmemb, void *ud)
{
    struct sink *s = ud;
    size_t n = size * nmemb;
    /* "HTTP/1.1 404 Not Found": each response of a redirect chain has one. */
    if (n > 5 && memcmp(data, "HTTP/", 5) == 0) {
        size_t i = 5;
        while (i < n && data[i] != ' ')
            i++;
        while (i < n && data[i] == ' ')
            i++;
        while (i < n && data[i] >= '0' && data[i] <= '9')
            i++;
        while (i < n && data[i] == ' ')
            i++;
        size_t k = 0;
        /* Printable ASCII only: the phrase is written to the terminal. */
        while (i < n && k + 1 < sizeof s->reason && data[i] >= ' ' &&
               data[i] < 0x7f)
            s->reason[k++] = data[i++];
        while (k > 0 && s->reason[k - 1] == ' ')
            k--;
        s->reason[k] = '\0';
    }
    return n;
}

static bool scheme_prefix(const char *arg, size_t *len)
{
    size_t i = 0;
    if (!((arg[0] | 0x20) >= 'a' && (arg[0] | 0x20) <= 'z'))
        return false;
    while (((arg[i] | 0x20) >= 'a' && (arg[i] | 0x20) <= 'z') ||
           (arg[i] >= '0' && arg[i] <= '9') || arg[i] == '+' || arg[i] == '-' ||
           arg[i] == '.')
        i++;
    if (strncmp(arg + i, "://", 3) != 0)
        return false;
    *len = i;
    return true;
}

bool fetch_is_url(const char *arg)
{
    size_t n;
    if (!scheme_prefix(arg, &n))
        return false;
    return (n == 4 && strncasecmp(arg, "http", 4) == 0) ||
           (n == 5 && strncasecmp(arg, "https", 5) == 0);
}

bool fetch_is_other_url(const char *arg)
{
    size_t n;
    return scheme_prefix(arg, &n) && !fetch_is_url(arg);
}

/* "text/html; charset=ISO-8859-1" to "text/html" and "ISO-8859-1". */
static void split_content_type(const char *ct, fetch_result *out)
{
    size_t n = strcspn(ct, ";");
    while (n > 0 && (ct[n - 1] == ' ' || ct[n - 1] == '\t'))
        n--;
    out->content_type = xstrndup(ct, n);
    for (char *p = out->content_type; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + ('a' - 'A'));
    for (const char *p = strchr(ct, ';'); p; p = strchr(p + 1, ';')) {
        const char *q = p + 1;
        while (*q == ' ' || *q == '\t')
            q++;
        if (strncasecmp(q, "charset=", 8) != 0)
            continue;
        q += 8;
        bool quoted = *q == '"';
        q += quoted;
        size_t m = quoted ? strcspn(q, "\"") : strcspn(q, "; \t");
        /* A charset name is short and plain ASCII. */
        bool plain = m > 0 && m < 40;
        for (size_t i = 0; i < m && plain; i++)
            plain = (q[i] >= '0' && q[i] <= '9') ||
                    ((q[i] | 0x20) >= 'a' && (q[i] | 0x20) <= 'z') ||
                    strchr("-_.:+", q[i]);
        if (plain)
            out->charset = xstrndup(q, m);
        return;
    }
}

static const char *status_phrase(long code)
{
    /* HTTP/2 and HTTP/3 send no reason phrase. */
    switch (code) {
    case 300: return "Multiple Choices";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
    }
}

static char *status_error(long code, const struct sink *s)
{
    const char *phrase = s->reason[0] ? s->reason : status_phrase(code);
    return xasprintf("HTTP %ld%s%s", code, phrase[0] ? " " : "", phrase);
}

static char *curl_error(CURL *h, CURLcode rc, const struct sink *s,
                        unsigned timeout, unsigned connect_timeout,
                        const char *detail)
{
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST: return xstrdup("could not resolve host");
    case CURLE_COULDNT_RESOLVE_PROXY: return xstrdup("could not resolve proxy");
    case CURLE_COULDNT_CONNECT: return xstrdup("could not connect");
    case CURLE_OPERATION_TIMEDOUT: {
        curl_off_t connected = 0;
        curl_easy_getinfo(h, CURLINFO_CONNECT_TIME_T, &connected);
        if (connected == 0)
            return xasprintf("could not connect within %u s", connect_timeout);
        return xasprintf("timed out after %u s", timeout);
    }
    case CURLE_TOO_MANY_REDIRECTS:
        return xasprintf("more than %d redirects", FETCH_MAX_REDIRECTS);
    case CURLE_UNSUPPORTED_PROTOCOL:
        return xstrdup("redirected to a scheme other than http or https");
    case CURLE_FILESIZE_EXCEEDED:
        return xasprintf("larger than %zu MB", s->max >> 20);
    case CURLE_WRITE_ERROR:
        if (s->too_large)
            return xasprintf("larger than %zu MB", s->max >> 20);
        break;
    case CURLE_HTTP_RETURNED_ERROR: {
        long code = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
        return status_error(code, s);
    }
    case CURLE_PEER_FAILED_VERIFICATION:
        return xasprintf("TLS certificate not trusted%s%s",
                         detail[0] ? ": " : "", detail);
    case CURLE_SSL_CONNECT_ERROR:
        return xasprintf("TLS handshake failed%s%s", detail[0] ? ": " : "",
                         detail);
    case CURLE_BAD_CONTENT_ENCODING:
        return xstrdup("the compressed body is damaged");
    case CURLE_GOT_NOTHING: return xstrdup("the server sent nothing");
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
        return xstrdup("the connection broke before the end of the body");
    default: break;
    }
    if (detail[0])
        return xstrdup(detail);
    return xstrdup(curl_easy_strerror(rc));
}

int fetch_url(const char *url, unsigned timeout, size_t max_bytes,
              fetch_result *out, char **err)
{
    memset(out, 0, sizeof *out);
    if (!fetch_is_url(url)) {
        *err = xstrdup("only http:// and https:// URLs are fetched");
        return -1;
    }
    if (timeout == 0)
        timeout = FETCH_DEFAULT_TIMEOUT;
    unsigned connect_timeout =
        timeout < FETCH_CONNECT_TIMEOUT ? timeout : FETCH_CONNECT_TIMEOUT;
    if (max_bytes == 0)
        max_bytes = FETCH_MAX_BYTES;

    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        *err = xstrdup("libcurl could not start");
        return -1;
    }
    CURL *h = curl_easy_init();
    if (!h) {
        curl_global_cleanup();
        *err = xstrdup("libcurl could not start");
        return -1;
    }
    struct sink s = {.max = max_bytes};
    char detail[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(h, CURLOPT_URL, url);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85: protocols by name */
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(h, CURLOPT_PROTOCOLS, CURLPROTO_HTTP | CURLPROTO_HTTPS);
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS,
                     CURLPROTO_HTTP | CURLPROTO_HTTPS);
#endif
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)connect_timeout);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)timeout);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(h, CURLOPT_USERAGENT, "dateline/" DATELINE_VERSION);
    curl_easy_setopt(h, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max_bytes);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &s);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &s);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, detail);

    CURLcode rc = curl_easy_perform(h);
    long code = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    int result = 0;
    if (rc != CURLE_OK) {
        /* The error buffer may end in a newline. */
        size_t dn = strlen(detail);
        while (dn > 0 && (detail[dn - 1] == '\n' || detail[dn - 1] == ' '))
            detail[--dn] = '\0';
        *err = curl_error(h, rc, &s, timeout, connect_timeout, detail);
        result = -1;
    } else if (code < 200 || code > 299) {
        /* A redirect without a Location, or a 1xx left as the answer. */
        *err = status_error(code, &s);
        result = -1;
    } else {
        const char *ct = NULL, *eff = NULL;
        curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct);
        curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
        if (ct)
            split_content_type(ct, out);
        out->url = xstrdup(eff ? eff : url);
        if (!s.buf)
            s.buf = xmalloc(1);
        s.buf[s.len] = '\0';
        out->body = s.buf;
        out->len = s.len;
        s.buf = NULL;
    }
    free(s.buf);
    curl_easy_cleanup(h);
    curl_global_cleanup();
    return result;
}

void fetch_result_free(fetch_result *r)
{
    free(r->body);
    free(r->content_type);
    free(r->charset);
    free(r->url);
    memset(r, 0, sizeof *r);
}
