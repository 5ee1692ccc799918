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
#include <sys/stat.h>
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

static const char usage_text[] = "usage: dateline [OPTIONS] [FILE | URL]...\n";

static const char help_text[] =
    "Read a news article in the terminal (plain text, a saved web page, a URL\n"
    "or a newsboat article): the body, its quotations with their speakers,\n"
    "the people, places and organisations it names, and its photo captions.\n"
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
    "Several FILEs (or URLs) open together: in the reader :n and :p step "
    "between them;\n"
    "--json writes one object per line (JSON Lines) with \"file\"; --quotes "
    "and\n"
    "--entities start each line with the file name and a tab; --dump heads "
    "each\n"
    "article with ==> FILE <==. A FILE that cannot be read is reported and "
    "the\n"
    "others still open; the exit status is then 2.\n"
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
    "  --format F        text, html or auto (default: auto, HTML recognised "
    "by\n"
    "                    its content)\n"
    "  --timeout SECONDS  give up on a URL after this long (default 30)\n"
    "\n"
    "Reader:\n"
    "  --theme NAME      colour theme (default, dark, light, mono, ...)\n"
    "  --config FILE     configuration file (default:\n"
    "                    ${XDG_CONFIG_HOME:-~/.config}/dateline/config.ini)\n"
    "  --no-color        attributes only, no colours (also: NO_COLOR set)\n"
    "  --mouse           wheel scrolling and clicks in the lists\n"
    "  --check-config    list every problem of the configuration (and its\n"
    "                    theme and [keys]) on stderr; exit 1 if there are any\n"
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

static article_format parse_format(const char *s)
{
    if (strcmp(s, "text") == 0)
        return ARTICLE_FORMAT_TEXT;
    if (strcmp(s, "html") == 0)
        return ARTICLE_FORMAT_HTML;
    if (strcmp(s, "auto") != 0)
        usage_error("--format wants text, html or auto, not '%s'", s);
    return ARTICLE_FORMAT_AUTO;
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

/* --quotes / --entities; with several articles each line starts with the
 * article's name and a tab (control characters in the name as spaces, so a
 * line stays one line). */
static void export_lines(const doc *d, enum output_mode mode,
                         const char *prefix)
{
    if (!prefix) {
        if (mode == MODE_QUOTES)
            export_quotes(d, stdout);
        else
            export_entities(d, stdout);
        return;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return;
    if (mode == MODE_QUOTES)
        export_quotes(d, mem);
    else
        export_entities(d, mem);
    fclose(mem);
    char *name = xstrdup(prefix);
    for (char *p = name; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = ' ';
    for (char *line = buf; line < buf + len;) {
        char *nl = memchr(line, '\n', (size_t)(buf + len - line));
        size_t n = nl ? (size_t)(nl - line) + 1 : (size_t)(buf + len - line);
        fputs(name, stdout);
        fputc('\t', stdout);
        fwrite(line, 1, n, stdout);
        line += n;
    }
    free(name);
    free(buf);
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");

    enum output_mode mode = MODE_AUTO;
    unsigned width = 0, timeout = 0;
    article_format format = ARTICLE_FORMAT_AUTO;
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
        OPT_FORMAT,
        OPT_TIMEOUT,
        OPT_CHECK_CONFIG
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
        {"format", required_argument, NULL, OPT_FORMAT},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"check-config", no_argument, NULL, OPT_CHECK_CONFIG},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    opterr = 0;
    int c;
    bool check_config = false;
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
        case OPT_FORMAT: format = parse_format(optarg); break;
        case OPT_TIMEOUT: timeout = parse_timeout(optarg); break;
        case OPT_CHECK_CONFIG: check_config = true; break;
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
    if (check_config) /* no article needed */
        return ui_check_config(opts.config_path, opts.theme);
    if (opts.config_path) { /* a missing explicit file is an error, always */
        struct stat st;
        const char *why = NULL;
        FILE *f = NULL;
        if (stat(opts.config_path, &st) != 0)
            why = strerror(errno);
        else if (S_ISDIR(st.st_mode))
            why = "is a folder";
        else if (!(f = fopen(opts.config_path, "r")))
            why = strerror(errno);
        if (f)
            fclose(f);
        if (why) {
            fprintf(stderr, "dateline: --config %s: %s\n", opts.config_path,
                    why);
            return EXIT_USAGE;
        }
    }
    size_t n_paths = optind < argc ? (size_t)(argc - optind) : 1;
    const char *const stdin_only[] = {"-"};
    const char *const *paths =
        optind < argc ? (const char *const *)argv + optind : stdin_only;
    if (optind >= argc && isatty(STDIN_FILENO))
        usage_error("%s",
                    "no article given (a FILE, or a pipe on standard input)");
    bool any_stdin = false;
    for (size_t i = 0; i < n_paths; i++)
        if (strcmp(paths[i], "-") == 0) {
            if (any_stdin)
                usage_error("%s", "standard input (-) can be read only once");
            any_stdin = true;
        }

    if (mode == MODE_AUTO && !isatty(STDOUT_FILENO))
        mode = MODE_DUMP;
    if (mode == MODE_DUMP && width == 0)
        width = ui_terminal_width(80);

    /* A large dump takes a few seconds to analyse (about 80 ms a megabyte):
     * say so on the terminal rather than look hung. */
    bool announce = mode == MODE_AUTO && isatty(STDERR_FILENO);
    article_options aopt = {.format = format,
                            .before_analysis = announce ? say_analysing : NULL,
                            .ctx = NULL,
                            .timeout = timeout};
    bool several = n_paths > 1;
    ui_article *opened = xcalloc(n_paths, sizeof *opened);
    size_t n_opened = 0;
    /* the reader's screen would hide errors: they are kept for after it */
    char **errors = xcalloc(n_paths, sizeof *errors);
    size_t n_errors = 0;
    int status = EXIT_SUCCESS;
    for (size_t i = 0; i < n_paths; i++) {
        bool from_stdin = strcmp(paths[i], "-") == 0;
        const char *label = from_stdin ? "<stdin>" : paths[i];
        article_info info = {0};
        char *err = NULL;
        announce_shown = false;
        doc *d = article_open(paths[i], &aopt, &info, &err);
        if (announce_shown)
            fputs("\r\033[K", stderr);
        if (!d) {
            errors[n_errors++] =
                xasprintf("dateline: %s: %s", label, err ? err : "cannot read");
            if (mode != MODE_AUTO)
                fprintf(stderr, "%s\n", errors[n_errors - 1]);
            free(err);
            continue;
        }
        if (info.from_cp1252 && mode != MODE_AUTO)
            fprintf(stderr, "dateline: %s: not UTF-8; read as Windows-1252\n",
                    label);
        /* Text outputs stream article by article, in the order given. */
        switch (mode) {
        case MODE_JSON:
            if (several)
                export_json_line(d, from_stdin ? "-" : paths[i], stdout);
            else
                export_json(d, stdout);
            break;
        case MODE_QUOTES:
        case MODE_ENTITIES:
            export_lines(d, mode, several ? label : NULL);
            break;
        case MODE_DUMP:
            if (several)
                printf("%s==> %s <==\n", n_opened ? "\n" : "", label);
            dump_text(d, width, stdout);
            break;
        case MODE_AUTO: break;
        }
        if (mode != MODE_AUTO) {
            doc_free(d);
            n_opened++;
            continue;
        }
        opened[n_opened++] = (ui_article){d, label, info.from_cp1252};
    }
    if (mode != MODE_AUTO) {
        status = finish_output();
    } else if (n_opened > 0) {
        opts.path = opened[0].path;
        opts.keys_from_tty = any_stdin;
        opts.decoded_from_cp1252 = opened[0].decoded_from_cp1252;
        opts.unreadable = n_errors;
        status = ui_run_many(opened, n_opened, &opts);
        for (size_t i = 0; i < n_opened; i++)
            doc_free((doc *)opened[i].d);
    }
    if (mode == MODE_AUTO)
        for (size_t i = 0; i < n_errors; i++)
            fprintf(stderr, "%s\n", errors[i]);
    for (size_t i = 0; i < n_errors; i++)
        free(errors[i]);
    free(errors);
    free(opened);
    if (n_errors > 0 && status == EXIT_SUCCESS)
        status = EXIT_INPUT;
    return status;
}
