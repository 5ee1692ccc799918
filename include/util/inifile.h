/* inifile — reading an INI file with iniparser without letting it print.
 *
 * iniparser reports syntax errors on stderr through a global callback; this
 * module catches the first message and hands it back as a one-line reason
 * ("line 3: syntax error: theme dark"), so config and theme files turn it
 * into a warning. Returns the dictionary, or NULL with *err set (malloc'd). */
#ifndef DATELINE_INIFILE_H
#define DATELINE_INIFILE_H

#include <iniparser.h>

dictionary *inifile_load(const char *path, char **err);

#endif
