/* inifile — reading an INI file into an iniparser dictionary, forgiving.
 *
 * The lines are read here (iniparser 4.1 gives up on the whole file at the
 * first bad line, and prints): comments (; #), blank lines, "[section]" and
 * "key = value" (value in quotes kept whole, else cut at ; or #; keys and
 * sections folded to lower case as iniparser does). A line that is none of
 * these costs only itself; a broken section header ("[view") costs its
 * section, up to the next header. Every problem becomes one line of text
 * ("line 3: syntax error: theme dark") for the caller to report. Returns
 * NULL with *err (malloc'd) only when the file cannot be read; never
 * prints. */
#ifndef DATELINE_INIFILE_H
#define DATELINE_INIFILE_H

#include <stddef.h>

#include <iniparser.h>

typedef struct {
    char **lines;
    size_t n, cap;
} inifile_problems;

dictionary *inifile_load(const char *path, char **err,
                         inifile_problems *problems);
void inifile_problems_free(inifile_problems *p);

#endif
