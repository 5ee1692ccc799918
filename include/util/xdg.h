/* xdg — where dateline keeps its files, by the XDG base directory spec.
 *
 * xdg_dir("XDG_CONFIG_HOME", ".config") gives "$XDG_CONFIG_HOME/dateline"
 * when the variable holds an absolute path (relative values are invalid by
 * the spec and ignored), else "$HOME/.config/dateline"; NULL when neither is
 * set. The result is malloc'd; nothing is created. */
#ifndef DATELINE_XDG_H
#define DATELINE_XDG_H

char *xdg_dir(const char *variable, const char *home_default);

#endif
