#!/bin/sh
# The layering rules, checked on the source itself:
# - only the view (src/ui.c, src/view-*.c) includes curses;
# - the model, its analysis and the layout include nothing from the view,
#   the settings or the commands above them;
# - no string literal in the program names a person of the shared corpus
#   (lexicons hold general knowledge only), when ../shared/corpus is there.
cd "$(dirname "$0")/.." || exit 1
fail=0

curses=$(grep -l -E '^#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/curses)\.h' src/*.c include/*.h |
    grep -v -E '^src/(ui|view-[a-z-]+)\.c$')
if [ -n "$curses" ]; then
    echo "curses outside the view: $curses"
    fail=1
fi

below="doc parse caption entity quote cue lexicon source utf8 article layout arena xalloc style export dump search"
for m in $below; do
    f=src/$m.c
    [ -f "$f" ] || continue
    bad=$(grep -E '^#[[:space:]]*include[[:space:]]*"(ui|view-[a-z-]+|theme|config|command|keymap|viewstate|state)\.h"' "$f")
    if [ -n "$bad" ]; then
        echo "$f reaches above its layer: $bad"
        fail=1
    fi
done

if [ -d ../shared/corpus ] && command -v jq >/dev/null 2>&1; then
    names=$(jq -r '.people[] | .name, (.aliases[]?)' ../shared/corpus/*.gold.json |
        grep ' ' | sort -u)
    found=$(printf '%s\n' "$names" | while IFS= read -r name; do
        [ -n "$name" ] && grep -n -F "\"$name\"" src/*.c include/*.h
    done)
    if [ -n "$found" ]; then
        echo "corpus people named in the program:"
        printf '%s\n' "$found"
        fail=1
    fi
fi

[ "$fail" -eq 0 ] && echo "layers: all rules hold"
exit "$fail"
