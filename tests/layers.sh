#!/bin/sh
# The layering rules, checked on the source itself:
# - only the view (src/view/ui.c, src/view/view-*.c) includes curses;
# - each folder of src/ and include/ (util, model, input, analysis, view)
#   includes only headers of its own layer and the layers below it;
# - no string literal in the program names a person of the shared corpus
#   (lexicons hold general knowledge only), when ../shared/corpus is there;
# - the lexicon's data (data/lexicon) and the source name no person of the
#   corpus (a full name or several-word alias, in any case, accents or not;
#   a one-word name only as a given name or an everyday word or place), and
#   hold no corpus place or organisation as a city, region, organisation or
#   outlet unless a reviewer judged it general knowledge
#   (tests/lexicon-reviewed).
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

if [ -d ../shared/corpus ] && command -v python3 >/dev/null 2>&1; then
    python3 - <<'PY' || fail=1
import glob, json, os, re, sys, unicodedata

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.replace("\u2019", "'").replace("\u2018", "'").lower().split())

golds = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob("../shared/corpus/*.gold.json"))]
keys = {}   # folded key -> the data files holding it
lines = []  # (where, folded entry) of every data line, canonical text included
for path in sorted(glob.glob("data/lexicon/*.txt")):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line[:1] in ("#", "%") or not line.strip():
            continue
        keys.setdefault(fold(line.split(" : ")[0]), set()).add(os.path.basename(path))
        lines.append(("%s:%d" % (path, n), fold(line)))
source = []
for root in ("src", "include", "tools"):
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            p = os.path.join(dirpath, f)
            source.append((p, fold(open(p, encoding="utf-8", errors="replace").read())))
bad = []

# People: no full name or several-word alias, in any case, anywhere in the
# data or the source.
people = set()
for g in golds:
    for p in g.get("people", []):
        people.update(fold(n) for n in [p.get("name", "")] + list(p.get("aliases", []) or []) if n)
for name in sorted(n for n in people if " " in n):
    pattern = re.compile(r"(?<![\w'-])" + re.escape(name) + r"(?![\w'-])")
    for where, text in lines + source:
        if pattern.search(text):
            bad.append("corpus person %r in %s" % (name, where))
# A one-word name of a corpus person may be a key only as a given name or an
# everyday word or place, never as a title, role, organisation or outlet.
plain = {"given-names.txt", "cities.txt", "regions.txt", "countries.txt", "us-states.txt",
         "demonyms.txt", "common-words.txt", "function-words.txt", "calendar.txt",
         "numbers.txt", "directions.txt", "events.txt"}
for name in sorted(n for n in people if " " not in n):
    for f in sorted(keys.get(name, set()) - plain):
        bad.append("corpus person %r is a key of data/lexicon/%s" % (name, f))

# Places and organisations of the corpus held as a city, region,
# organisation or outlet must be general knowledge, as a reviewer judged in
# tests/lexicon-reviewed (countries and US states are general knowledge).
reviewed = set()
for line in open("tests/lexicon-reviewed", encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        reviewed.add(fold(line))
checked = {"cities.txt", "regions.txt", "orgs.txt", "agencies.txt"}
held = {}
for g in golds:
    for kind in ("places", "orgs"):
        for x in g.get(kind, []):
            name = fold(x if isinstance(x, str) else x.get("name", ""))
            for k in {name, re.sub(r"^the ", "", name), re.sub(r"\.com$", "", name)}:
                if keys.get(k, set()) & checked:
                    held[k] = sorted(keys[k] & checked)
for k in sorted(held):
    if k not in reviewed:
        bad.append("corpus place or organisation %r is in data/lexicon/%s but not judged general "
                   "knowledge in tests/lexicon-reviewed: remove it from the data, or list it "
                   "there if it is general knowledge" % (k, ", ".join(held[k])))
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY
fi

[ "$fail" -eq 0 ] && echo "layers: all rules hold"
exit "$fail"
