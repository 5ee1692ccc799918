# dateline — a terminal reader for news articles.
# `make run` builds and opens the bundled sample; `make test` runs every test.
# CC, CFLAGS, CPPFLAGS and LDFLAGS from the command line or the environment are
# honoured; the flags the build needs are added to them, never replace them.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man/man1
SHAREDIR = $(PREFIX)/share/dateline

CC      ?= cc
CFLAGS  ?= -O2 -g
PKG_CONFIG ?= pkg-config

VERSION := 0.1.0

# Where objects and test binaries go, and the program's path: a second
# checkout or a sanitised build can use its own (make BUILD=b BIN=b/dateline).
BUILD ?= build
BIN   ?= dateline

CURSES_CFLAGS := $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null)
CURSES_LIBS   := $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw)
JANSSON_LIBS  := $(shell $(PKG_CONFIG) --libs jansson 2>/dev/null || echo -ljansson)
XML_CFLAGS    := $(shell $(PKG_CONFIG) --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS      := $(shell $(PKG_CONFIG) --libs libxml-2.0 2>/dev/null || echo -lxml2)
CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)
CURL_CFLAGS   := $(shell $(PKG_CONFIG) --cflags libcurl 2>/dev/null)
CURL_LIBS     := $(shell $(PKG_CONFIG) --libs libcurl 2>/dev/null || echo -lcurl)

LAYERS       = util model input analysis view
ALL_CPPFLAGS = -Iinclude $(LAYERS:%=-Iinclude/%) -I$(BUILD)/gen -I/usr/include/iniparser -D_POSIX_C_SOURCE=200809L \
               -DDATELINE_VERSION='"$(VERSION)"' \
               -DDATELINE_SHAREDIR='"$(SHAREDIR)"' \
               -DDATELINE_SRCDIR='"$(CURDIR)"' \
               $(CURSES_CFLAGS) $(XML_CFLAGS) $(CURL_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = -std=c11 -Wall -Wextra $(CFLAGS)
LIBS         = $(CURSES_LIBS) -lunistring -liniparser $(JANSSON_LIBS) $(XML_LIBS) $(CURL_LIBS)

SRC      := $(wildcard src/*.c src/*/*.c)
OBJ      := $(SRC:src/%.c=$(BUILD)/%.o)
LIB_OBJ  := $(filter-out $(BUILD)/main.o,$(OBJ))
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all run test unit bench fuzz deps deps-test lint format install uninstall clean FORCE

all: $(BIN)

$(BIN): $(OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LIBS)

# The lexicon's word lists are data, checked and compiled into a C table by
# tools/lexgen.py (a bad list fails the build); editing a list rebuilds it.
PYTHON       ?= python3
LEXICON_DATA := $(sort $(wildcard data/lexicon/*.txt))
LEXICON_GEN  := $(BUILD)/gen/lexicon-table.inc

$(LEXICON_GEN): tools/lexgen.py $(LEXICON_DATA) include/analysis/lexicon.h include/analysis/cue.h
	@mkdir -p $(@D)
	$(PYTHON) tools/lexgen.py -H include/analysis/lexicon.h -H include/analysis/cue.h -o $@ $(LEXICON_DATA)

$(BUILD)/analysis/lexicon.o: $(LEXICON_GEN)

# The paths and version compiled into the program: a stamp that changes only
# when they do, so objects embedding them are rebuilt when PREFIX changes
# (`make install PREFIX=/usr` after a plain `make` looks in /usr/share).
PATHS_STAMP := $(BUILD)/paths.stamp
PATHS_NOW   := $(SHAREDIR) $(CURDIR) $(VERSION)

$(PATHS_STAMP): FORCE
	@mkdir -p $(@D)
	@echo '$(PATHS_NOW)' | cmp -s - $@ || echo '$(PATHS_NOW)' >$@

FORCE:

$(BUILD)/main.o $(BUILD)/view/theme.o $(BUILD)/input/fetch.o: $(PATHS_STAMP)

$(BUILD)/%.o: src/%.c | $(BUILD)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(LIB_OBJ) $(PATHS_STAMP) | $(BUILD)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_OBJ) $(LIBS) $(CMOCKA_LIBS)

$(BUILD):
	@mkdir -p $(BUILD)/tests

-include $(OBJ:.o=.d)

# Coverage-guided fuzzing of decoding, analysis, export and layout, and of
# web pages (clang's libFuzzer with ASan and UBSan); FUZZ_SECONDS long for
# each harness, crashes saved in build/.
FUZZ_SECONDS ?= 60
fuzz: $(LEXICON_GEN) | $(BUILD)
	clang $(ALL_CPPFLAGS) -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined \
	  -o $(BUILD)/fuzz_article tests/fuzz/fuzz_article.c $(filter-out src/main.c,$(SRC)) $(LIBS)
	clang $(ALL_CPPFLAGS) -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined \
	  -o $(BUILD)/fuzz_html tests/fuzz/fuzz_html.c $(filter-out src/main.c,$(SRC)) $(LIBS)
	mkdir -p $(BUILD)/fuzz-corpus && cp doc/sample.txt $(BUILD)/fuzz-corpus/
	mkdir -p $(BUILD)/fuzz-html && cp tests/html/*.html $(BUILD)/fuzz-html/
	$(BUILD)/fuzz_article -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  -dict=tests/fuzz/article.dict -artifact_prefix=$(BUILD)/ $(BUILD)/fuzz-corpus
	$(BUILD)/fuzz_html -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  -dict=tests/fuzz/html.dict -artifact_prefix=$(BUILD)/html- $(BUILD)/fuzz-html

# Missing packages are named and installed (apt-get, sudo when not root).
deps:
	@sh .ci/deps build

deps-test:
	@sh .ci/deps test

run: deps
	@$(MAKE) --no-print-directory $(BIN)
	./$(BIN) doc/sample.txt

unit: $(UNIT_BIN)

# Timing of model building, export and the first screen (see tests/bench.c).
bench: $(BUILD)/bench
	$(BUILD)/bench $(BENCH_MB)

$(BUILD)/bench: tests/bench.c $(LIB_OBJ) | $(BUILD)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_OBJ) $(LIBS)

test: deps-test
	@$(MAKE) --no-print-directory $(BIN) unit
	@BUILD=$(BUILD) DATELINE=$(abspath $(BIN)) sh tests/run.sh

lint: deps-test $(LEXICON_GEN)
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --std=c11 --inline-suppr -Iinclude $(LAYERS:%=-Iinclude/%) -I$(BUILD)/gen src
	clang-format --dry-run --Werror src/*.c src/*/*.c include/*.h include/*/*.h

format:
	clang-format -i src/*.c src/*/*.c include/*.h include/*/*.h

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(SHAREDIR)/themes
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/dateline
	install -m 644 doc/dateline.1 $(DESTDIR)$(MANDIR)/dateline.1
	install -m 644 themes/*.ini $(DESTDIR)$(SHAREDIR)/themes/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/dateline $(DESTDIR)$(MANDIR)/dateline.1
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf $(BUILD) $(BIN)
