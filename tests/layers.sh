#!/bin/sh
# The layering rules, checked on the source itself:
# - only the view (src/view/ui.c, src/view/view-*.c) includes curses;
# - each folder of src/ and include/ (util, model, input, analysis, view)
#   includes only headers of its own layer and the layers below it;
# - no string literal in the program names a person of the shared corpus
#   (lexicons hold general knowledge only), when ../shared/corpus is there.
cd "$(dirname "$0")/.." || exit 1
fail=0

curses=$(grep -l -E '^#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/curses)\.h' src/*.c src/*/*.c include/*.h include/*/*.h |
    grep -v -E '^src/view/(ui|view-[a-z-]+)\.c$')
if [ -n "$curses" ]; then
    echo "curses outside the view: $curses"
    fail=1
fi

# A file's folder says what it may include: each layer sees only the layers
# below it (src/*.c at the top, the program, sees everything).
allowed() {
    case $1 in
    util) echo "util" ;;
    model) echo "util model" ;;
    input) echo "util model input" ;;
    analysis) echo "util model analysis" ;;
    view) echo "util model view" ;;
    esac
}
for f in src/*/*.c include/*/*.h; do
    layer=${f#*/}; layer=${layer%%/*}
    ok=$(allowed "$layer")
    for h in $(sed -n 's/^#[[:space:]]*include[[:space:]]*"\([^"]*\)\.h".*/\1/p' "$f"); do
        home=$(ls include/*/"$h.h" include/"$h.h" 2>/dev/null | head -n 1)
        [ -n "$home" ] || continue
        hl=${home#include/}; hl=${hl%/*}
        [ "$hl" = "$h.h" ] && hl=top
        case " $ok " in *" $hl "*) ;; *)
            echo "$f ($layer) includes $h.h from $hl"
            fail=1 ;;
        esac
    done
done

if [ -d ../shared/corpus ] && command -v jq >/dev/null 2>&1; then
    names=$(jq -r '.people[] | .name, (.aliases[]?)' ../shared/corpus/*.gold.json |
        grep ' ' | sort -u)
    found=$(printf '%s\n' "$names" | while IFS= read -r name; do
        [ -n "$name" ] && grep -rn -F "\"$name\"" src include
    done)
    if [ -n "$found" ]; then
        echo "corpus people named in the program:"
        printf '%s\n' "$found"
        fail=1
    fi
fi

[ "$fail" -eq 0 ] && echo "layers: all rules hold"
exit "$fail"
