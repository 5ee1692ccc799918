/* dateline — a terminal reader for news articles. The program: options,
 * input, and the choice between the reader and the text exports. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "doc.h"
#include "dump.h"
#include "export.h"
#include "ui.h"
#include "xalloc.h"

enum { EXIT_USAGE = 1, EXIT_INPUT = 2 };

enum output_mode {
    MODE_AUTO,
    MODE_JSON,
    MODE_DUMP,
    MODE_QUOTES,
    MODE_ENTITIES
};

static const char usage_text[] = "usage: dateline [OPTIONS] [FILE | URL]\n";

static const char help_text[] =
    "Read a plain-text news article in the terminal: the body, its quotations\n"
    "with their speakers, the people, places and organisations it names, and\n"
    "its photo captions.\n"
    "\n"
    "FILE is a path, or - for standard input. Without FILE, a pipe on "
    "standard\n"
    "input is read (curl -s URL | dateline). A URL (http:// or https://) is\n"
    "fetched: redirects followed, TLS verified, at most 20 MB. When standard\n"
    "output is not a terminal the article is written as plain wrapped text,\n"
    "as with --dump. newsboat's pager file is recognised: as its pager and\n"
    "browser, put pager \"dateline %f\" and browser \"dateline %u\" in\n"
    "~/.newsboat/config.\n"
    "\n"
    "Output:\n"
    "  --json            the document model as JSON\n"
    "  --dump            the article as plain text wrapped at --width\n"
    "  --quotes          one line per quotation: speaker, cue, text "
    "(tab-separated)\n"
    "  --entities        one line per entity: type, name, mentions, "
    "quotations\n"
    "  -w, --width N     columns for --dump (default: the terminal's, else "
    "80)\n"
    "\n"
    "Input:\n"
    "  --timeout SECONDS  give up on a URL after this long (default 30)\n"
    "\n"
    "Reader:\n"
    "  --theme NAME      colour theme (default, dark, light, mono, ...)\n"
    "  --config FILE     configuration file (default:\n"
    "                    ${XDG_CONFIG_HOME:-~/.config}/dateline/config.ini)\n"
    "  --no-color        attributes only, no colours (also: NO_COLOR set)\n"
    "  --mouse           wheel scrolling and clicks in the lists\n"
    "\n"
    "  -h, --help        this help\n"
    "  -V, --version     the version\n"
    "\n"
    "In the reader, ? lists the keys. Exit status: 0 success, 1 usage error,\n"
    "2 unusable input.\n";

static bool announce_shown;

static void say_analysing(size_t bytes, void *ctx)
{
    (void)ctx;
    if (bytes < ((size_t)8 << 20))
        return;
    fprintf(stderr, "dateline: analysing %zu MB...", bytes >> 20);
    announce_shown = true;
}

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "dateline: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%sTry 'dateline --help' for more.\n", usage_text);
    exit(EXIT_USAGE);
}

static unsigned parse_timeout(const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *s == '\0' || *end != '\0' || v < 1 || v > 86400)
        usage_error("--timeout wants seconds from 1 to 86400, not '%s'", s);
    return (unsigned)v;
}

static unsigned parse_width(const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *s == '\0' || *end != '\0' || v < 1 || v > 10000)
        usage_error("--width wants a number from 1 to 10000, not '%s'", s);
    return (unsigned)v;
}

/* Writes what the exporters produced, and reports a write failure. */
static int finish_output(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (errno != EPIPE)
            fprintf(stderr, "dateline: writing output: %s\n", strerror(errno));
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");

    enum output_mode mode = MODE_AUTO;
    unsigned width = 0, timeout = 0;
    ui_options opts = {0};

    enum {
        OPT_JSON = 256,
        OPT_DUMP,
        OPT_QUOTES,
        OPT_ENTITIES,
        OPT_THEME,
        OPT_CONFIG,
        OPT_NO_COLOR,
        OPT_MOUSE,
        OPT_TIMEOUT
    };
    static const struct option longopts[] = {
        {"json", no_argument, NULL, OPT_JSON},
        {"dump", no_argument, NULL, OPT_DUMP},
        {"quotes", no_argument, NULL, OPT_QUOTES},
        {"entities", no_argument, NULL, OPT_ENTITIES},
        {"width", required_argument, NULL, 'w'},
        {"theme", required_argument, NULL, OPT_THEME},
        {"config", required_argument, NULL, OPT_CONFIG},
        {"no-color", no_argument, NULL, OPT_NO_COLOR},
        {"no-colour", no_argument, NULL, OPT_NO_COLOR},
        {"mouse", no_argument, NULL, OPT_MOUSE},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":w:hV", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_JSON: mode = MODE_JSON; break;
        case OPT_DUMP: mode = MODE_DUMP; break;
        case OPT_QUOTES: mode = MODE_QUOTES; break;
        case OPT_ENTITIES: mode = MODE_ENTITIES; break;
        case 'w': width = parse_width(optarg); break;
        case OPT_THEME: opts.theme = optarg; break;
        case OPT_CONFIG: opts.config_path = optarg; break;
        case OPT_NO_COLOR: opts.no_color = true; break;
        case OPT_MOUSE: opts.mouse = true; break;
        case OPT_TIMEOUT: timeout = parse_timeout(optarg); break;
        case 'h':
            fputs(usage_text, stdout);
            fputc('\n', stdout);
            fputs(help_text, stdout);
            return finish_output();
        case 'V':
            printf("dateline %s\n", DATELINE_VERSION);
            return finish_output();
        case ':':
            usage_error("option '%s' needs a value", argv[optind - 1]);
            break;
        default: usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (argc - optind > 1)
        usage_error("one article at a time; '%s' is one too many",
                    argv[optind + 1]);

    const char *path = optind < argc ? argv[optind] : NULL;
    bool from_stdin = path == NULL || strcmp(path, "-") == 0;
    if (path == NULL && isatty(STDIN_FILENO))
        usage_error("%s",
                    "no article given (a FILE, or a pipe on standard input)");
    const char *label = from_stdin ? "<stdin>" : path;

    if (mode == MODE_AUTO && !isatty(STDOUT_FILENO))
        mode = MODE_DUMP;

    /* A large dump takes a few seconds to analyse (about 80 ms a megabyte):
     * say so on the terminal rather than look hung. */
    bool announce = mode == MODE_AUTO && isatty(STDERR_FILENO);
    article_options aopt = {.format = ARTICLE_FORMAT_AUTO,
                            .before_analysis = announce ? say_analysing : NULL,
                            .ctx = NULL,
                            .timeout = timeout};
    article_info info = {0};
    char *err = NULL;
    doc *d = article_open(from_stdin ? "-" : path, &aopt, &info, &err);
    if (announce_shown)
        fputs("\r\033[K", stderr);
    if (!d) {
        fprintf(stderr, "dateline: %s: %s\n", label, err ? err : "cannot read");
        free(err);
        return EXIT_INPUT;
    }
    if (mode == MODE_DUMP && width == 0)
        width = ui_terminal_width(80);

    int status = EXIT_SUCCESS;
    switch (mode) {
    case MODE_JSON:
        export_json(d, stdout);
        status = finish_output();
        break;
    case MODE_QUOTES:
        export_quotes(d, stdout);
        status = finish_output();
        break;
    case MODE_ENTITIES:
        export_entities(d, stdout);
        status = finish_output();
        break;
    case MODE_DUMP:
        dump_text(d, width, stdout);
        status = finish_output();
        break;
    case MODE_AUTO:
        opts.path = label;
        opts.keys_from_tty = from_stdin;
        opts.decoded_from_cp1252 = info.from_cp1252;
        status = ui_run(d, &opts);
        break;
    }
    if (info.from_cp1252 && mode != MODE_AUTO)
        fprintf(stderr, "dateline: %s: not UTF-8; read as Windows-1252\n",
                label);
    doc_free(d);
    return status;
}
