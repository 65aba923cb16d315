# KinGraph: `make demo` runs the main job on the sample archive, `make test` runs the tests.
# Both first install what is missing (Graphviz's C library, a Korean font) with apt-get.

SHELL := /bin/bash
SAMPLE := graphs/sample.json
SWIFT_BUILD_FLAGS ?=
BIN_DIR = $(shell swift build $(SWIFT_BUILD_FLAGS) --show-bin-path)
KINGRAPH = $(BIN_DIR)/kingraph
APT_PACKAGES := libgraphviz-dev graphviz fonts-nanum pkg-config libsqlite3-dev
# Dossiers (kingraph report): Chromium prints the PDF, poppler reads it back in tests;
# R reads the capture-history export in tests.
APT_PACKAGES += chromium poppler-utils r-base-core

.PHONY: all setup build demo test bench diagrams sample-report fuzz clean venv browser-setup browser-test bench-serve

all: build

## setup: install Graphviz, SQLite (for GRDB) and a Korean font when they are missing
setup:
	@missing=""; \
	pkg-config --exists libgvc 2>/dev/null || missing="$(APT_PACKAGES)"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$(APT_PACKAGES)"; \
	command -v dot >/dev/null 2>&1 || missing="$(APT_PACKAGES)"; \
	fc-list :lang=ko 2>/dev/null | grep -q . || missing="$(APT_PACKAGES)"; \
	for tool in chromium pdftotext Rscript; do command -v $$tool >/dev/null 2>&1 || missing="$(APT_PACKAGES)"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != "0" ]; then \
	    echo "KinGraph needs: $$missing"; \
	    echo "Install them with: sudo apt-get install $$missing  (then run make again)"; \
	    exit 1; \
	  fi; \
	  echo "Installing $$missing with apt-get..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null \
	    || { echo "apt-get could not install $$missing"; exit 1; }; \
	fi

build: setup
	swift build $(SWIFT_BUILD_FLAGS)

demo: build
	@echo "== kingraph validate --archive $(SAMPLE)"
	@$(KINGRAPH) validate --archive $(SAMPLE)
	@echo
	@echo "== kingraph info --archive $(SAMPLE)"
	@$(KINGRAPH) info --archive $(SAMPLE)
	@echo
	@echo "== kingraph because-of P-0001 --archive $(SAMPLE)"
	@$(KINGRAPH) because-of P-0001 --archive $(SAMPLE)
	@echo
	@echo "== kingraph implicated P-0001 --archive $(SAMPLE)"
	@$(KINGRAPH) implicated P-0001 --archive $(SAMPLE)
	@echo
	@echo "== kingraph stats --archive $(SAMPLE)"
	@$(KINGRAPH) stats --archive $(SAMPLE)
	@echo
	@echo "== kingraph match --archive $(SAMPLE) --limit 1"
	@$(KINGRAPH) match --archive $(SAMPLE) --limit 1
	@echo
	@mkdir -p out
	@echo "== kingraph convert --archive $(SAMPLE) --to out/work.kgdb --force  (a working archive)"
	@$(KINGRAPH) convert --archive $(SAMPLE) --to out/work.kgdb --force
	@echo
	@echo "== kingraph edit P-0001 --archive out/work.kgdb --set status=detained --source T-001 --by demo"
	@$(KINGRAPH) edit P-0001 --archive out/work.kgdb --set status=detained --source T-001 --by demo --reason "make demo"
	@echo
	@echo "== kingraph history P-0001 --archive out/work.kgdb"
	@$(KINGRAPH) history P-0001 --archive out/work.kgdb
	@echo
	@$(KINGRAPH) because-of P-0001 --archive $(SAMPLE) --diagram out/because-of.svg >/dev/null
	@$(KINGRAPH) implicated P-0001 --archive $(SAMPLE) --diagram out/implicated.svg >/dev/null
	@echo "== kingraph report --person P-0001 --output out/dossier-P-0001.pdf --archive $(SAMPLE)"
	@$(KINGRAPH) report --person P-0001 --output out/dossier-P-0001.pdf --archive $(SAMPLE) --force
	@echo
	@echo "== Explore the sample in a browser (search, click through, download diagrams):"
	@echo "   $(KINGRAPH) serve --archive $(SAMPLE)"
	@echo "   then open the address it prints (it holds the access token); Ctrl-C stops it."

## venv: networkx and followthemoney in .venv, for the exchange tests against real consumers
venv: .venv/.installed
.venv/.installed:
	python3 -m venv .venv && .venv/bin/pip install -q 'networkx>=3' 'followthemoney>=4,<5' && touch $@

## diagrams: render the sample answers into graphs/ (protected people by pseudonym)
diagrams: build
	$(KINGRAPH) because-of P-0001 --archive $(SAMPLE) --diagram graphs/because-of.svg >/dev/null
	$(KINGRAPH) implicated P-0001 --archive $(SAMPLE) --diagram graphs/implicated.svg >/dev/null
	$(KINGRAPH) path P-0015 P-0066 --archive $(SAMPLE) --diagram graphs/path.svg >/dev/null
	$(KINGRAPH) timeline P-0001 --archive $(SAMPLE) --diagram graphs/timeline.svg >/dev/null
	$(KINGRAPH) implicated P-0001 --archive $(SAMPLE) --diagram graphs/implicated.png >/dev/null

## sample-report: the sample's dossier for P-0001 as docs/sample-report.pdf, its first page as a PNG
sample-report: build
	$(KINGRAPH) report --person P-0001 --archive $(SAMPLE) --output docs/sample-report.pdf --force
	pdftoppm -png -r 60 -f 1 -l 1 -singlefile docs/sample-report.pdf docs/sample-report-page1
	pdftoppm -png -r 60 -f 4 -l 4 -singlefile docs/sample-report.pdf docs/sample-report-page4

## test: every test; the PostgreSQL engine's against a throwaway cluster that
## scripts/with-postgres.sh installs (apt-get postgresql), starts on loopback and stops
test: setup venv
	swift build $(SWIFT_BUILD_FLAGS)
	scripts/with-postgres.sh swift test $(SWIFT_BUILD_FLAGS)
	@$(MAKE) --no-print-directory browser-test

## browser-setup: headless Chromium and its driver (Debian's), for the explorer's browser tests
BROWSER_PACKAGES := chromium chromium-driver
browser-setup:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  if [ "$$(id -u)" != "0" ]; then \
	    echo "The browser tests need: sudo apt-get install $(BROWSER_PACKAGES)"; exit 1; \
	  fi; \
	  echo "Installing $(BROWSER_PACKAGES) with apt-get..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null \
	    || { echo "apt-get could not install $(BROWSER_PACKAGES)"; exit 1; }; \
	fi
.venv/.selenium: .venv/.installed
	.venv/bin/pip install -q 'selenium>=4.20,<5' && touch $@

## browser-test: drive `kingraph serve` on the sample in headless Chromium, then sign in to a team
## archive of it on a throwaway PostgreSQL (screenshots in out/browser/)
browser-test: build browser-setup .venv/.selenium
	.venv/bin/python Tests/browser/explorer_test.py --kingraph $(KINGRAPH) --archive $(SAMPLE) --out out/browser
	scripts/with-postgres.sh .venv/bin/python Tests/browser/signin_test.py --kingraph $(KINGRAPH) --archive $(SAMPLE) --out out/browser

clean:
	rm -rf .build

## fuzz: run every libFuzzer target (FUZZ_SECONDS each, default 60) and grow Fuzz/corpus
fuzz: setup
	Fuzz/run.sh

## bench: KinGraph against networkx, igraph and rustworkx on 10k, 100k and 1M people;
## the renderer against dot; the SQLite store against the CSV folder (STORE_BENCH_ARGS="--people 10000")
## kingraph match against splink on 100,000 records with 10% duplicated (MATCH_BENCH_ARGS)
## (archives cached in bench/data/, the peers installed into bench/.venv from PyPI)
BENCH_VENV := bench/.venv
bench: setup
	swift build -c release --product kingraph
	swift build -c release --product KinGraphQueryBench
	@test -x $(BENCH_VENV)/bin/python || python3 -m venv $(BENCH_VENV) \
	  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null \
	       && python3 -m venv $(BENCH_VENV); }
	@test $(BENCH_VENV)/.installed -nt bench/requirements.txt \
	  || { $(BENCH_VENV)/bin/pip install -q -r bench/requirements.txt && touch $(BENCH_VENV)/.installed; }
	$(BENCH_VENV)/bin/python bench/run.py --kingraph "$$(swift build -c release --show-bin-path)/kingraph" $(BENCH_ARGS)
	@echo; echo "### Record linkage: kingraph match against splink (DuckDB)"
	$(BENCH_VENV)/bin/python bench/match_bench.py --kingraph "$$(swift build -c release --show-bin-path)/kingraph" $(MATCH_BENCH_ARGS)
	@echo; echo "### Diagrams: Graphviz in-process against spawning dot"
	swift build -c release --product KinGraphRenderBench
	"$$(swift build -c release --show-bin-path)/KinGraphRenderBench"
	@echo; echo "### The working store: SQLite against the CSV folder (load, edit, apply)"
	python3 bench/store.py --kingraph "$$(swift build -c release --show-bin-path)/kingraph" $(STORE_BENCH_ARGS)
	@echo; echo "### The team store: PostgreSQL against the CSV folder (load, 8 concurrent editors; PG_BENCH_ARGS=\"--people 10000 --edits 10\")"
	scripts/with-postgres.sh python3 bench/postgres.py --kingraph "$$(swift build -c release --show-bin-path)/kingraph" $(PG_BENCH_ARGS)
	@$(MAKE) --no-print-directory bench-serve

## bench-serve: the explorer under wrk (Debian's) on the 1M-person archive (SERVE_BENCH_ARGS to change it)
bench-serve: setup
	@command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	swift build -c release --product kingraph
	@echo; echo "### The explorer under load: wrk on loopback"
	python3 bench/serve_bench.py --kingraph "$$(swift build -c release --show-bin-path)/kingraph" $(SERVE_BENCH_ARGS)
