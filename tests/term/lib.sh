# Shared helpers for the terminal tests: each script sources this file, runs
# the real program in a private tmux server at a fixed size, types keys and
# reads the screen back. Plain POSIX sh.
#
#   t_init                     skip (77) without tmux; temp dirs, clean-up trap
#   t_start W H [ARG...]       run "$DATELINE ARG..." in a W x H pane
#   t_start_sh W H 'SHELL'     run a shell command line there instead
#   t_keys KEY... / t_type STR send tmux key names / literal text
#   t_wait STR, t_wait_re RE, t_wait_gone STR, t_wait_status RE
#                              poll the screen until it matches (or fail)
#   t_screen, t_status, t_line N   what the pane shows now
#   t_has / t_lacks STR MSG    assertions that print the screen on failure
#   t_quit                     press q, expect exit status 0 and a clean stderr
#
# Waits poll every 40 ms up to T_TIMEOUT seconds (default 10: the sanitised
# build is slower) rather than sleeping a fixed time. The pane has its own
# tmux server (-L dl-PID), TERM=screen-256color (whose key sequences are the
# ones tmux sends), LC_ALL=C.UTF-8, and private XDG_CONFIG_HOME,
# XDG_STATE_HOME and HOME in a temporary folder removed on exit.

LC_ALL=C.UTF-8
export LC_ALL
unset NO_COLOR COLUMNS LINES TMUX

T_TIMEOUT=${T_TIMEOUT:-10}
T_SOCK=dl-$$
T_SESSION=dl
T_DIR=
T_W=0
T_H=0

t_skip() {
    echo "$1"
    exit 77
}

# Prints what the pane shows, the program's stderr, then the reason, last
# (the runner shows the tail of a failing test's output).
t_fail() {
    if [ -n "$T_DIR" ] && tmux -L "$T_SOCK" has-session -t "$T_SESSION" 2>/dev/null; then
        echo "---- screen (${T_W}x${T_H}) ----"
        t_screen | sed 's/^/|/'
        echo "----"
    fi
    if [ -s "$T_DIR/stderr" ]; then
        echo "---- program stderr ----"
        head -n 20 "$T_DIR/stderr"
    fi
    [ -f "$T_DIR/rc" ] && echo "(the program had exited with status $(cat "$T_DIR/rc"))"
    echo "FAIL: $1"
    exit 1
}

t_cleanup() {
    tmux -L "$T_SOCK" kill-server 2>/dev/null
    [ -n "$T_DIR" ] && rm -rf "$T_DIR"
}

t_init() {
    command -v tmux >/dev/null 2>&1 || t_skip "tmux missing"
    command -v jq >/dev/null 2>&1 || t_skip "jq missing"
    [ -n "${DATELINE:-}" ] || DATELINE=$PWD/dateline
    case $DATELINE in /*) ;; *) DATELINE=$PWD/$DATELINE ;; esac
    [ -x "$DATELINE" ] || { echo "FAIL: no program at $DATELINE (set DATELINE)"; exit 1; }
    export DATELINE
    T_DIR=$(mktemp -d "${TMPDIR:-/tmp}/dl-term.XXXXXX") || exit 1
    mkdir -p "$T_DIR/config" "$T_DIR/state" "$T_DIR/home"
    trap t_cleanup EXIT
    trap 'exit 1' HUP INT TERM PIPE
}

# Single-quotes one word for the shell.
t_q() {
    case $1 in
    *"'"*) printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")" ;;
    *) printf "'%s'" "$1" ;;
    esac
}

# The pane runs a wrapper: environment, the command, then it records the exit
# status and the terminal modes left behind, and stays open so the screen
# after exit can still be read. T_ENV adds assignments (e.g. NO_COLOR=1).
t_start_sh() {
    T_W=$1 T_H=$2
    tmux -L "$T_SOCK" kill-session -t "$T_SESSION" 2>/dev/null
    rm -f "$T_DIR/rc" "$T_DIR/stderr" "$T_DIR/stty"
    {
        echo "export LC_ALL=C.UTF-8 TERM=${T_TERM:-screen-256color}"
        echo "export XDG_CONFIG_HOME=$(t_q "$T_DIR/config") XDG_STATE_HOME=$(t_q "$T_DIR/state")"
        echo "export HOME=$(t_q "$T_DIR/home") DATELINE=$(t_q "$DATELINE")"
        echo "unset NO_COLOR COLUMNS LINES"
        # Line drawing as UTF-8, so a captured screen reads as the user sees it.
        echo "export NCURSES_NO_UTF8_ACS=1"
        [ -n "${T_ENV:-}" ] && echo "export $T_ENV"
        [ -n "${T_PRELUDE:-}" ] && echo "$T_PRELUDE"
        echo "( $3 ) 2>$(t_q "$T_DIR/stderr")"
        echo "echo \$? >$(t_q "$T_DIR/rc.tmp")"
        echo "stty -a >$(t_q "$T_DIR/stty") 2>&1"
        echo "mv $(t_q "$T_DIR/rc.tmp") $(t_q "$T_DIR/rc")"
        echo "exec sleep 600"
    } >"$T_DIR/pane.sh"
    # No status bar from the start (turning it off later would resize the
    # pane under the program), and a window size that stays as set although
    # no client is attached (this one cannot go in the file: tmux 3.3a exits).
    printf 'set -g status off\n' >"$T_DIR/tmux.conf"
    tmux -u -L "$T_SOCK" -f "$T_DIR/tmux.conf" new-session -d -s "$T_SESSION" \
        -x "$T_W" -y "$T_H" -c "$PWD" "sh $(t_q "$T_DIR/pane.sh")" ||
        t_fail "tmux could not start a session"
    tmux -L "$T_SOCK" set-option -g window-size manual >/dev/null
}

t_start() {
    _w=$1 _h=$2
    shift 2
    _cmd='"$DATELINE"'
    for _a in "$@"; do _cmd="$_cmd $(t_q "$_a")"; done
    t_start_sh "$_w" "$_h" "$_cmd"
}

t_screen() { tmux -L "$T_SOCK" capture-pane -p -t "$T_SESSION" "$@"; }
t_line() { tmux -L "$T_SOCK" capture-pane -p -t "$T_SESSION" -S "$(($1 - 1))" -E "$(($1 - 1))"; }
t_status() { t_line "$T_H"; }
t_keys() { tmux -L "$T_SOCK" send-keys -t "$T_SESSION" "$@"; }
t_type() { tmux -L "$T_SOCK" send-keys -t "$T_SESSION" -l "$1"; }

t_resize() {
    T_W=$1 T_H=$2
    tmux -L "$T_SOCK" resize-window -t "$T_SESSION" -x "$1" -y "$2"
}

t_exited() { [ -f "$T_DIR/rc" ]; }

# Polls until the shell test "$@" succeeds; fails with $T_WHAT on timeout or
# when the program exits while waited for. Spawning processes is slow on a
# busy machine, so the checks below capture once into T_SCR (or T_ST, the
# status line) and match with the shell's own patterns where they can.
t_poll() {
    _deadline=$(($(date +%s) + T_TIMEOUT))
    _n=0
    while :; do
        if t_exited; then
            "$@" && return 0
            t_fail "the program has exited; gave up waiting for $T_WHAT"
        fi
        "$@" && return 0
        _n=$((_n + 1))
        # The clock is read now and then: each process costs on a busy machine.
        if [ $((_n % 8)) -eq 0 ] && [ "$(date +%s)" -ge "$_deadline" ]; then
            t_fail "timed out after ${T_TIMEOUT}s waiting for $T_WHAT"
        fi
        sleep 0.04
    done
}

t_snap() { T_SCR=$(t_screen); }
t_snap_status() { T_ST=$(t_status); }
t__has() { t_snap; case $T_SCR in *"$1"*) return 0 ;; esac; return 1; }
t__gone() { ! t__has "$1"; }
t__has_re() { t_snap; printf '%s\n' "$T_SCR" | grep -E -q -e "$1"; }
t__gone_re() { ! t__has_re "$1"; }
t__status_re() { t_snap_status; printf '%s\n' "$T_ST" | grep -E -q -e "$1"; }
t__status_not_re() { ! t__status_re "$1"; }
t__status_changed() { t_snap_status; [ "$T_ST" != "$1" ]; }

t_wait() { T_WHAT="'$1' on the screen${2:+ ($2)}" t_poll t__has "$1"; }
t_wait_re() { T_WHAT="/$1/ on the screen${2:+ ($2)}" t_poll t__has_re "$1"; }
t_wait_gone() { T_WHAT="'$1' to leave the screen${2:+ ($2)}" t_poll t__gone "$1"; }
t_wait_re_gone() { T_WHAT="/$1/ to leave the screen${2:+ ($2)}" t_poll t__gone_re "$1"; }
t_wait_status() { T_WHAT="status line to match /$1/${2:+ ($2)}" t_poll t__status_re "$1"; }
t_wait_status_not() { T_WHAT="status line to stop matching /$1/${2:+ ($2)}" t_poll t__status_not_re "$1"; }
# Sends keys and waits for the status line to change.
t_keys_status() {
    t_snap_status
    _was=$T_ST
    t_keys "$@"
    T_WHAT="the status line to change after $*" t_poll t__status_changed "$_was"
}

# Waits until two captures 100 ms apart agree: for checks of absence, after
# the keys that should cause it have been handled.
t_settle() {
    _prev=$(t_screen -e)
    _n=$((T_TIMEOUT * 8))
    while [ "$_n" -gt 0 ]; do
        sleep 0.1
        _now=$(t_screen -e)
        [ "$_now" = "$_prev" ] && return 0
        _prev=$_now
        _n=$((_n - 1))
    done
    t_fail "the screen never stopped changing"
}

# Assertions on the screen as it is now (T_SCR / T_ST refreshed).
t_has() { t__has "$1" || t_fail "${2:-expected '$1' on the screen}"; }
t_has_re() { t__has_re "$1" || t_fail "${2:-expected /$1/ on the screen}"; }
t_lacks_re() { t__gone_re "$1" || t_fail "${2:-did not expect /$1/ on the screen}"; }
t_lacks() { t__gone "$1" || t_fail "${2:-did not expect '$1' on the screen}"; }
t_status_has() {
    t_snap_status
    case $T_ST in *"$1"*) return 0 ;; esac
    t_fail "${2:-expected '$1' in the status line}"
}

# The first N characters (not bytes) of STR.
t_prefix() { printf '%s\n' "$2" | head -n 1 | grep -oE "^.{0,$1}"; }

# Escapes a string for use inside an extended regular expression.
t_re() { printf '%s' "$1" | sed 's/[][\.|$(){}?+*^/]/\\&/g'; }

# Waits for the program to exit; its status goes to T_RC.
t_wait_exit() {
    T_WHAT="the program to exit" t_poll t_exited
    T_RC=$(cat "$T_DIR/rc")
}

# Sanitiser reports go to the program's stderr, which the pane redirects.
t_check_stderr() {
    if grep -E -q 'Sanitizer|runtime error|LeakSanitizer' "$T_DIR/stderr" 2>/dev/null; then
        t_fail "sanitizer report on stderr"
    fi
}

t_quit() {
    t_keys q
    t_wait_exit
    t_check_stderr
    [ "$T_RC" = 0 ] || t_fail "q: exit status $T_RC, expected 0"
}

# The document model of FILE as the program exports it, in $T_DIR/model.json.
t_model() {
    "$DATELINE" --json "$1" >"$T_DIR/model.json" 2>"$T_DIR/json.err" ||
        { cat "$T_DIR/json.err"; echo "FAIL: dateline --json $1 failed"; exit 1; }
    jq -e . "$T_DIR/model.json" >/dev/null 2>&1 ||
        { echo "FAIL: dateline --json $1 is not JSON"; exit 1; }
}

# jq over the model, raw output.
t_jq() { jq -r "$@" "$T_DIR/model.json"; }

# Waits for the reader's first screen: the header names the quotation count.
t_ready() { t_wait_re '[0-9]+ quotes?' "the header"; }

# ---- checks shared by the sample and the corpus scripts ----

# Words of at least four letters in TEXT (at most $2, default 8), one a line.
t_words() {
    printf '%s\n' "$1" | grep -oE '[[:alpha:]]{4,}' | head -n "${2:-8}"
}

# Fails unless every word in WORDS (space-separated) is on the screen: the
# passage is in view. Uses the last capture (T_SCR) when $3 is "snapped".
t_words_in_view() {
    [ "${3:-}" = snapped ] || t_snap
    for _w in $1; do
        case $T_SCR in
        *"$_w"*) ;;
        *) t_fail "$2: '$_w' is not on the screen" ;;
        esac
    done
}
t_in_view() { t_words_in_view "$(t_words "$1" "${3:-8}")" "$2"; }

# Steps every quotation forward with ] and back with [, checking
# `Quote N/M`, the speaker in the status line and the words in view. FILE has
# one line per expected quotation: speaker name (or "unattributed"), a tab,
# the text.
t_step_quotes() {
    _m=0
    while IFS='	' read -r _sp _tx; do
        _m=$((_m + 1))
        eval "_sp_$_m=\$_sp"
        _w=$(t_words "$_tx" | tr '\n' ' ')
        eval "_w_$_m=\$_w"
    done <"$1"
    _i=1
    while [ "$_i" -le "$_m" ]; do
        t_keys ']'
        t_step_check "$_i" "$_m" "]"
        _i=$((_i + 1))
    done
    _i=$((_m - 1))
    while [ "$_i" -ge 1 ]; do
        t_keys '['
        t_step_check "$_i" "$_m" "["
        _i=$((_i - 1))
    done
}
t_step_check() {
    eval "_sp=\$_sp_$1 _w=\$_w_$1"
    T_WHAT="'Quote $1/$2' and '$_sp' in the status line (after $3)" t_poll t__status_is "Quote $1/$2" "$_sp"
    t_snap
    t_words_in_view "$_w" "Quote $1/$2 ($3) is not scrolled into view" snapped
}
# The status line shows "Quote N/M" (not N/M0...) and the speaker.
t__status_is() {
    t_snap_status
    case $T_ST in *"$1"[0-9]*) return 1 ;; *"$1"*"$2"* | *"$2"*"$1"*) return 0 ;; esac
    return 1
}

# Focuses the sidebar (Tab from the body) and activates entries from the top
# until the status line names NAME with `mention 1/M`. Leaves focus there.
t_select_person() {
    t_keys Tab
    _tries=0
    while [ "$_tries" -lt "${2:-30}" ]; do
        # Each Enter on a new entry changes the status line.
        t_keys_status Enter
        case $T_ST in *"$1"*"mention 1/"*) return 0 ;; esac
        t_keys j
        _tries=$((_tries + 1))
    done
    t_fail "'$1' not found by Enter in the sidebar (Tab, then j/Enter ${2:-30} times)"
}

# With NAME selected at mention 1/M, walks } to M/M and { back to 1/M.
t_walk_mentions() {
    _m=$2
    _i=2
    while [ "$_i" -le "$_m" ]; do
        t_keys '}'
        t_wait_status "mention $_i/$_m([^0-9]|\$)" "after } number $((_i - 1))"
        t_status_has "$1" "} moved away from '$1'"
        _i=$((_i + 1))
    done
    _i=$((_m - 1))
    while [ "$_i" -ge 1 ]; do
        t_keys '{'
        t_wait_status "mention $_i/$_m([^0-9]|\$)" "after { back to $_i"
        t_status_has "$1" "{ moved away from '$1'"
        _i=$((_i - 1))
    done
}

# Searches for QUERY (/ QUERY Enter) and expects `match 1/N`, then n, N.
t_search_walk() {
    t_keys /
    t_type "$1"
    t_keys Enter
    t_wait_status "match 1/$2([^0-9]|\$)" "search for '$1'"
    if [ "$2" -ge 2 ]; then
        t_keys n
        t_wait_status "match 2/$2([^0-9]|\$)" "n after searching '$1'"
        t_keys N
        t_wait_status "match 1/$2([^0-9]|\$)" "N after n, searching '$1'"
    fi
}

# The caption pane's line for the repeated caption: `×2` beside its opening.
# OTHERS (one opening a line) are the other captions: none may carry ×2.
t_check_repeated_caption() {
    _open=$(t_prefix 20 "$1")
    _lines=$(t_screen | grep -F '×2')
    [ -n "$_lines" ] || t_fail "no '×2' on the screen for the repeated caption \"$_open…\""
    case $_lines in *"
"*) t_fail "'×2' on more than one line" ;; esac
    case $_lines in *"$_open"*) ;; *)
        t_fail "the '×2' line does not show the repeated caption \"$_open…\"" ;;
    esac
    _wrong=$(printf '%s\n' "$2" | while IFS= read -r _other; do
        case $_other in "") continue ;; esac
        case $_lines in *"$_other"*) echo "$_other"; break ;; esac
    done)
    [ -z "$_wrong" ] || t_fail "×2 beside another caption: \"$_wrong\""
}

# Scrolls a little, then resizes through SIZES ("WxH ..."), returns to the
# starting size and expects the very same screen: the reading position is
# anchored to the text, not to a row.
t_resize_keeps_place() {
    _w0=$T_W _h0=$T_H
    t_settle
    t_screen >"$T_DIR/top"
    t_keys d d j j j
    t_settle
    t_screen >"$T_DIR/before"
    cmp -s "$T_DIR/top" "$T_DIR/before" && t_fail "d d j j j did not scroll"
    # Five resizes per tmux call: a storm, not a queue of slow clients.
    _sizes=$1
    set --
    _k=0
    _done=0
    for _s in $_sizes end; do
        if [ "$_s" = end ] || [ "$_k" -eq 5 ]; then
            [ "$_k" -gt 0 ] && { tmux -L "$T_SOCK" "$@" || t_fail "tmux could not resize: $*"; }
            set --
            _k=0
        fi
        [ "$_s" = end ] && break
        [ "$_k" -gt 0 ] && set -- "$@" ';'
        set -- "$@" resize-window -t "$T_SESSION" -x "${_s%x*}" -y "${_s#*x}"
        _k=$((_k + 1))
        _done=$((_done + 1))
    done
    [ "$_done" -gt 0 ] || t_fail "no sizes to resize through"
    t_resize "$_w0" "$_h0"
    sleep 0.2
    t_settle
    t_exited && t_fail "the program exited during the resizes"
    t_screen >"$T_DIR/after"
    if ! cmp -s "$T_DIR/before" "$T_DIR/after"; then
        echo "---- before the resizes ----"
        sed 's/^/|/' "$T_DIR/before"
        echo "---- diff before/after ----"
        diff "$T_DIR/before" "$T_DIR/after" | head -n 20
        t_fail "back at ${_w0}x${_h0} after resizes, the screen differs: reading position not kept"
    fi
}

# ---- the bundled sample: expected values come from its JSON model ----

T_SAMPLE=doc/sample.txt

# Loads the sample's model and sets T_QTOTAL (quotation entries), T_QSTARTS
# (entries that do not continue an earlier paragraph's quotation).
t_sample_model() {
    [ -f "$T_SAMPLE" ] || { echo "FAIL: $T_SAMPLE missing"; exit 1; }
    t_model "$T_SAMPLE"
    T_QTOTAL=$(t_jq '.quotes | length')
    T_QSTARTS=$(t_jq '[.quotes[] | select(.continues | not)] | length')
    [ "$T_QTOTAL" -gt 0 ] || { echo "FAIL: the model of $T_SAMPLE has no quotations"; exit 1; }
}

# One line per quotation for t_step_quotes: speaker, tab, text. $1 = all
# (every entry) or starts (a running quotation counted once).
t_quotes_tsv() {
    t_jq --arg mode "$1" '
        (.entities | map({key: (.id | tostring), value: .name}) | from_entries) as $n
        | .quotes[] | select($mode == "all" or (.continues | not))
        | [(if .speaker == null then "unattributed" else $n[.speaker | tostring] end),
           (.text | gsub("[\t\n]"; " "))] | @tsv'
}

# The quotation count the header shows, checked against the model: either
# every entry, or a running quotation counted once. Sets T_QM and T_QMODE.
t_header_quotes() {
    T_QM=$(t_line 1 | sed -n 's/.*[^0-9]\([0-9][0-9]*\) quotes\{0,1\}\([^a-z].*\)\{0,1\}$/\1/p')
    [ -n "$T_QM" ] || t_fail "no 'N quotes' in the header line"
    if [ "$T_QM" = "$T_QTOTAL" ]; then T_QMODE=all
    elif [ "$T_QM" = "$T_QSTARTS" ]; then T_QMODE=starts
    else t_fail "header says $T_QM quotes; the model has $T_QTOTAL ($T_QSTARTS not continuing)"
    fi
}

# Opening words of block N: the first three words, as a paragraph starts a line.
t_block_opening() {
    t_jq --argjson b "$1" '.blocks[] | select(.id == $b) | .text' | head -n 1 |
        tr -s ' ' '\n' | head -n 3 | tr '\n' ' ' | sed 's/ $//'
}

# A sidebar entry: NAME, then COUNT (its mentions) with no letters between
# (which a line of body text would have).
t_entry_re() {
    printf '%s[^[:alpha:]]*(^|[^0-9])%s([^0-9]|$)' "$(t_re "$1")" "$2"
}

# The repeated caption's text (count 2 in the model), and the other
# captions' openings.
t_repeated_caption() { t_jq '[.captions[] | select(.count == 2)][0].text // empty'; }
t_other_captions() {
    t_jq '[.captions[] | select(.count == 2)][0].text as $r | [.captions[].text]' |
        t_distinct_openings "$(t_repeated_caption)"
}

# Reads a JSON array of texts; prints the opening of each text other than
# REPEATED, long enough to tell the two apart: up to where they differ plus
# three characters, and at least twenty.
t_distinct_openings() {
    jq -r --arg r "$1" '($r | explode) as $re | .[] | select(. != $r) | . as $t
        | ($t | explode) as $te
        | ([range(0; [($te | length), ($re | length)] | min) | select($te[.] != $re[.])]
           | first // ($te | length)) as $l
        | $t[0:([$l + 3, 20] | max)]'
}

# The SGR state where WORD first appears on a line of `capture-pane -e`
# output (stdin): "rev=0|1 bg=N" (N: the last background set, or "-" for the
# default). Follows only reverse and background: enough to see a highlight.
t_sgr_at() {
    awk -v word="$1" '
    index($0, word) {
        line = substr($0, 1, index($0, word) - 1)
        rev = 0; bg = "-"
        while (match(line, /\033\[[0-9;]*m/)) {
            n = split(substr(line, RSTART + 2, RLENGTH - 3), p, ";")
            if (n == 0) { rev = 0; bg = "-" }
            for (i = 1; i <= n; i++) {
                if (p[i] == "" || p[i] == "0") { rev = 0; bg = "-" }
                else if (p[i] == "7") rev = 1
                else if (p[i] == "27") rev = 0
                else if (p[i] == "49") bg = "-"
                else if (p[i] == "48") { bg = p[i + 1] == 5 ? p[i + 2] : "rgb"; i += p[i + 1] == 5 ? 2 : 4 }
                else if (p[i] + 0 >= 40 && p[i] + 0 <= 47) bg = p[i] - 40
                else if (p[i] + 0 >= 100 && p[i] + 0 <= 107) bg = p[i] - 92
            }
            line = substr(line, RSTART + RLENGTH)
        }
        print "rev=" rev " bg=" bg
        exit
    }'
}
