/* The project's benchmark: how long the model takes to build, export and lay
 * out, for the bundled sample, the shared corpus when present, and a large
 * synthetic article made by repeating the sample (default 50 MB).
 * Usage: bench [MEGABYTES]   (run by `make bench`) */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "doc.h"
#include "export.h"
#include "layout.h"
#include "source.h"
#include "xalloc.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Builds the model `reps` times and reports the best time per build. */
static void bench_build(const char *label, const char *text, size_t len, int reps)
{
    double best = 1e30;
    doc *d = NULL;
    for (int i = 0; i < reps; i++) {
        double t0 = now_ms();
        doc *x = article_build(text, len);
        double t = now_ms() - t0;
        if (t < best)
            best = t;
        if (d)
            doc_free(d);
        d = x;
    }
    FILE *sink = fopen("/dev/null", "w");
    double t0 = now_ms();
    export_json(d, sink);
    double t_json = now_ms() - t0;
    fclose(sink);
    /* The reader's first screen: the first blocks at 72 columns. */
    t0 = now_ms();
    size_t lines = 0;
    for (size_t b = 0; b < doc_block_count(d) && lines < 60; b++) {
        layout_block *lb = layout_block_new(d, b, 72);
        lines += layout_block_line_count(lb);
        layout_block_free(lb);
    }
    double t_screen = now_ms() - t0;
    printf("%-34s %9zu bytes  build %9.3f ms  json %8.2f ms  first screen %6.3f ms"
           "  (%zu blocks, %zu entities, %zu quotes)\n",
           label, len, best, t_json, t_screen, doc_block_count(d),
           doc_entity_count(d), doc_quote_count(d));
    doc_free(d);
}

static int bench_file(const char *path, int reps)
{
    source_text src;
    char *err = NULL;
    if (source_read_path(path, &src, &err) != 0) {
        fprintf(stderr, "bench: %s: %s\n", path, err);
        free(err);
        return -1;
    }
    const char *base = strrchr(path, '/');
    bench_build(base ? base + 1 : path, src.text, src.len, reps);
    source_text_free(&src);
    return 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* CPU time of this thread: what one core spends, whatever else the machine
 * is running. */
static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Web pages: from the file to a frozen model (reading, HTML parsing,
 * extraction, analysis), best of 5 per page in CPU time on one core; the
 * median over the pages. */
static void bench_html(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    double *times = NULL;
    size_t n = 0, cap = 0, bytes = 0;
    struct dirent *e;
    while ((e = readdir(dh)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 6 || strcmp(e->d_name + l - 5, ".html") != 0)
            continue;
        char *path = xasprintf("%s/%s", dir, e->d_name);
        double best = 1e30;
        for (int r = 0; r < 5; r++) {
            article_options opt = {.format = ARTICLE_FORMAT_AUTO};
            article_info info = {0};
            char *err = NULL;
            double t0 = cpu_ms();
            doc *d = article_open(path, &opt, &info, &err);
            double t = cpu_ms() - t0;
            if (!d) {
                free(err);
                break;
            }
            if (r == 0)
                bytes += info.bytes;
            doc_free(d);
            if (t < best)
                best = t;
        }
        free(path);
        XGROW(times, cap, n + 1);
        times[n++] = best;
    }
    closedir(dh);
    if (n) {
        qsort(times, n, sizeof *times, cmp_double);
        printf("%-34s %9zu pages  median %.3f ms/page  max %.3f ms  (%zu KB "
               "in all; file to frozen model, CPU time)\n",
               "web pages (corpus/html)", n, times[n / 2], times[n - 1],
               bytes >> 10);
    }
    free(times);
}

int main(int argc, char **argv)
{
    size_t megabytes = argc > 1 ? strtoul(argv[1], NULL, 10) : 50;
    if (bench_file("doc/sample.txt", 200) != 0)
        return 1;
    const char *corpus[] = {"seed", "afp_fallujah_2016", "ap_burnham_manchester_2026",
                            "ap_oklahoma_wildfire_2016", "reuters_parasite_sag_2020"};
    for (size_t i = 0; i < sizeof corpus / sizeof *corpus; i++) {
        char *p = xasprintf("../shared/corpus/%s.txt", corpus[i]);
        FILE *f = fopen(p, "r");
        if (f) {
            fclose(f);
            bench_file(p, 200);
        }
        free(p);
    }

    bench_html("../shared/corpus/html");

    /* A large dump: the sample's text repeated. */
    source_text src;
    char *err = NULL;
    if (source_read_path("doc/sample.txt", &src, &err) != 0)
        return 1;
    size_t want = megabytes << 20, len = 0;
    char *big = xmalloc(want + src.len + 3);
    while (len < want) {
        memcpy(big + len, src.text, src.len);
        len += src.len;
        memcpy(big + len, "\n\n", 2);
        len += 2;
    }
    big[len] = '\0';
    char *label = xasprintf("sample repeated to %zu MB", megabytes);
    bench_build(label, big, len, 1);
    free(label);
    free(big);
    source_text_free(&src);
    return 0;
}
