# factcheck — every generated file has one target here.
# make run     build what is needed and serve the widget on http://127.0.0.1:8000
# make test    every test: vet, staticcheck, Go (native, -race, under Node, fuzz seed corpora included), end-to-end in Chromium
# make fuzz    search every fuzz target for new failing inputs, FUZZTIME each (not part of make test)
#
# One database drives everything: DB (default: the seed) is what `make run`,
# `make demo` and `make static` serve, prerender every page from, and send
# to the browser as /web/claims.json (the server compresses it at start-up;
# web/ holds no copy of it), with its index from beside it (DB's .index,
# written by factcheck build; built at start-up when missing) and, when
# SHARDS names one, its sharded index (factcheck build -shards DIR).
# The server and the static generator are `factcheck serve` and
# `factcheck static` (the site package); wasm/ is the client alone.

GO        ?= go
ADDR      ?= 127.0.0.1:8000
DEMO_ADDR ?= 127.0.0.1:8001
DB        ?= claims/seed/claims.json
# The site's name and look (README, "Your site's name and look"); empty: the seed's.
SITE      ?=
SITE_FLAG := $(if $(SITE),-site $(SITE))
SHARDS    ?=
SHARDS_FLAG := $(if $(SHARDS),-shards $(SHARDS))
# The site's public address (canonical links, og:url, sitemap.xml), e.g. https://factcheck.news.example.
BASE      ?=
BASE_FLAG := $(if $(BASE),-base $(BASE))
FACTCHECK := ./claims/cmd/factcheck
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
FUZZTIME  ?= 1m
SHARED    ?= ../shared
# The app version: the source's git description (plus, at run time, a hash of the deployed assets).
LDFLAGS   := -ldflags "-X main.gitVersion=$(shell git describe --always --dirty 2>/dev/null)"

# staticcheck, at the version the module proxy serves, run without installing.
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
STATICCHECK_CHECKS ?= inherit

.PHONY: all claims lexicon places nations terms fold ppdb verbs model wasm run demo static test test-go test-race lint tools test-node fuzz test-e2e bench-embed bench-web bench-archive db-10k db-100k db-1m eval bench checkthat clean

all: wasm

# The seed claims database, committed; TestCommittedSeedIsFresh fails when it is stale.
claims:
	$(GO) run ./claims/cmd/factcheck build -articles claims/articles -curated claims/curated.jsonl -o claims/seed/claims.json -name seed

# The lexicon's data, committed: WordNet 3.0 and ISO 3166 country names from Debian's
# wordnet-base and iso-codes (installed first when missing); see claims/lexicon/NOTICE.
# TestGeneratedIsFresh (claims/lexicon/gen) fails when it is stale.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
lexicon:
	@if [ ! -f /usr/share/wordnet/data.noun ] || [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ]; then \
	  echo "make lexicon: installing Debian's wordnet-base and iso-codes (WordNet 3.0, ISO 3166 names)..."; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq wordnet-base iso-codes >/dev/null || \
	  { echo "make lexicon: could not install them; run: sudo apt-get install wordnet-base iso-codes" >&2; exit 1; }; \
	fi
	$(GO) run ./claims/lexicon/gen
	$(MAKE) places nations terms
	$(GO) run ./claims/lexicon/placetree/gen

# The gazetteer analysed by the text pipeline, committed
# (claims/text/data/place-terms.txt), so that no page analyses a few
# thousand place names at its first check: from the lexicon's places,
# capitals and countries. Due after make lexicon (which runs it) or a
# change to the pipeline; TestCommittedPlaceTermsAreFresh (claims/text)
# fails when it is stale.
places:
	$(GO) run ./claims/text/placesgen

# The nationality rule's countries and demonyms analysed by the text
# pipeline, committed (claims/match/data/nations.txt), so that no page
# analyses them at its first check: from the lexicon's countries. Due after
# make lexicon (which runs it) or a change to the pipeline;
# TestCommittedNationsAreFresh (claims/match) fails when it is stale.
nations:
	$(GO) run ./claims/match/tablegen nations

# The entries of the matcher's word lists that its tables look up by term
# (stemSet, the antonyms, the converses) analysed by the text pipeline,
# committed (claims/match/data/word-terms.txt), so that no page runs the
# pipeline over them as it starts. Due after a change to those lists or to
# the pipeline (make lexicon runs it); TestCommittedWordTermsAreFresh
# (claims/match) fails when it is stale.
terms:
	$(GO) run ./claims/match/tablegen terms

# Normalize's character fold table, committed (claims/text/foldtable.go):
# x/text's NFKC and case folding, tabled for the scripts and forms news text
# uses, so that app.wasm carries no normalisation tables.
# TestFoldTableIsFresh (claims/text) fails when it is stale.
fold:
	cd claims/text && $(GO) run ./internal/foldgen

# PPDB 2.0's lexical paraphrases of English nouns and verbs, committed
# (claims/lexical/data/ppdb.txt: CC BY 3.0, see its header) from the copy in
# $(SHARED)/data/ppdb. TestGeneratedIsFresh (claims/lexical/ppdbgen) fails
# when it is stale.
ppdb:
	$(GO) run ./claims/lexical/ppdbgen -ppdb $(SHARED)/data/ppdb

# The matcher's trained decision, committed (claims/match/data/decision.json):
# fitted on the development parts of the labelled sets (claims/match/testdata,
# $(SHARED)/eval, FEVER-Symmetric dev), thresholds chosen out of fold; it
# prints what it measured on both parts. TestDecisionIsCurrent fails when the
# features changed and it is due.
model:
	$(GO) run ./claims/match/train -shared $(SHARED) -o claims/match/data/decision.json

# The verbs by which a statement is told from a name or a phrase with no
# verb (claims/match/checkable.go), committed: WordNet's verbs, from the
# lexicon's data. TestCommittedVerbsAreFresh fails when it is stale.
verbs:
	$(GO) run ./claims/match/verbgen

# The client and its precompressed twins (generated, not committed; the
# server checks that a twin matches app.wasm before it sends it). pack-wasm
# writes the linker's many data segments as few, the same memory in bytes
# that compress smaller (117 kB less brotli, 0.97 MB more raw), and empties
# the line-number tables of Go's function table (111 kB less brotli; a stack
# trace then says line 0) and the unsafe-point tables nothing reads on
# js/wasm (12 kB); `pack-wasm -keep-lines` keeps both.
#
# nethttpomithttp2 leaves net/http's bundled HTTP/2 out of the client (go-app
# links net/http; in the browser, fetch speaks HTTP/2): 1.6 kB less brotli.
WASM_TAGS := nethttpomithttp2
# Inlining off in packages the client runs only cold: what the compiler
# copies into each caller costs bytes every page load pays, and these
# packages run once per page or per rendering, never per word of a check
# (claims/ and the std packages the matcher runs keep theirs: inlining off
# everywhere saves 163 kB brotli but slows a check by half or more). go-app
# builds the page and its updates: 13.5 kB less brotli; natively, rendering
# 300 elements to HTML took the same time either way. app (the pages, the
# worker's messages), fmt, time, net/url, regexp/syntax (each pattern is
# compiled once; natively as fast without), mime, log, net/netip,
# internal/fmtsort and uuid: 22.8 kB more. Stop 41: claims (the model: a
# database decoded and validated once, the sentences before a claim read
# per claim a check weighs), its word-list loaders (wordlist, lexicon, read
# once), plainjson (the decision and the site's settings, read once),
# sahilm/fuzzy (the claims page's filter), compress/... and html: 5.8 kB
# less brotli (1,819,495 -> 1,813,703 B with the stop's readings). Stop 42:
# claims/match, the matcher's rules, which run per claim a check weighs
# (a few dozen), not per word: 32 kB less brotli; a check's time natively
# and under Node was within run-to-run noise either way (BenchmarkCheckSeed,
# BenchmarkCheckCheckThat, 3 interleaved runs each). math/big,
# encoding/base64, encoding/hex and path/filepath (linked by crypto/rand,
# go-app and the pages, none on a check's path): 8 kB less at stop 43.
# Stop 44: claims/internal/lazyre (it compiles each pattern once; a call
# through it costs a frame beside the match itself): 1,815,103 ->
# 1,814,069 B with the stop's readings (net/http and its helpers grew it
# by 70 kB, bufio and other small cold packages by 1.6 kB). Stop 45:
# claims/text (its filters run per word, but each is a loop of its own
# that calls little), regexp, strconv, sort and math: the stop's readings
# took it from 1,814,441 to 1,825,957 B; these five to 1,813,390 B
# (claims/text alone 1,820,348 B). Natively, BenchmarkCheckCheckThat's
# median of 4 interleaved runs of 40 went from 1.63 to 1.89 ms on a shared
# machine (BenchmarkCheckSeed within noise): a check's few milliseconds,
# against the 150 ms typing pause. unicode/utf8 too would take 10 kB more
# off, but slowed BenchmarkCheckCheckThat by half: not here. Stop 46:
# encoding/json and reflect (go-app's state copying, and the sharded
# index's manifest and fragments, which a first check reads once: 1.45x
# slower natively without inlining, stop 43's measure, on a few hundred kB
# at most): the stop's readings took it from 1,816,239 B (the stop's start,
# built on this machine's toolchain) to 1,833,887 B; these two to
# 1,818,639 B. unicode alone grew it (+0.6 kB), and GOWASM=satconv,signext
# took off only 0.8 kB. Not here: crypto/... (its size grew by 30 kB).
WASM_NOINLINE := github.com/maxence-charriere/go-app/... github.com/factcheck/factcheck/app \
	fmt time net/url regexp/syntax mime log net/netip internal/fmtsort github.com/google/uuid github.com/factcheck/factcheck/claims \
	github.com/factcheck/factcheck/claims/wordlist github.com/factcheck/factcheck/claims/lexicon github.com/factcheck/factcheck/claims/plainjson github.com/sahilm/fuzzy compress/flate compress/gzip html \
	github.com/factcheck/factcheck/claims/match math/big encoding/base64 path/filepath encoding/hex github.com/factcheck/factcheck/claims/internal/lazyre \
	github.com/factcheck/factcheck/claims/text regexp strconv sort math encoding/json reflect
WASM_GCFLAGS := $(foreach p,$(WASM_NOINLINE),-gcflags='$(p)=-l')
web/app.wasm: $(shell find app claims wasm -type f -not -name '*_test.go' -not -path '*/testdata/*') go.mod go.sum
	GOOS=js GOARCH=wasm $(GO) build -trimpath -tags $(WASM_TAGS) $(WASM_GCFLAGS) -ldflags="-s -w" -o $@.tmp ./wasm
	$(GO) run $(FACTCHECK) pack-wasm $@.tmp
	mv $@.tmp $@

web/app.wasm.br: web/app.wasm
	$(GO) run $(FACTCHECK) compress web/app.wasm

wasm: web/app.wasm.br

run: wasm
	$(GO) run $(LDFLAGS) $(FACTCHECK) serve -addr $(ADDR) $(if $(DB),-db $(DB)) $(SITE_FLAG) $(SHARDS_FLAG) $(BASE_FLAG)

# A static site in dist/ for any file server (see README, "Static hosting").
static: wasm
	rm -rf dist && $(GO) run $(LDFLAGS) $(FACTCHECK) static -o dist $(if $(DB),-db $(DB)) $(SITE_FLAG) $(SHARDS_FLAG) $(BASE_FLAG) $(if $(PAGES),-pages $(PAGES))

test: test-go test-node test-e2e

test-go: lint
	$(GO) test -timeout 25m ./...
	$(MAKE) test-race

# The race detector on the packages that serve concurrent readers: the
# server (its tests hammer every route right after start) and the claims
# database and matcher it shares between requests. (About 4x slower; -short
# leaves out the sharded index's equivalence over the CheckThat! collection
# and samples the damaged shards, which the plain run above covers whole.)
test-race:
	$(GO) test -race -short -timeout 25m ./site ./claims ./claims/match

# Fetch the lint tools (CI does it first, with retries).
tools:
	$(GO) run $(STATICCHECK) -version

# go vet and staticcheck. govulncheck is not run: its vulnerability
# database is not reachable from this machine (only the module proxy is);
# run `go run golang.org/x/vuln/cmd/govulncheck@latest ./...` where it is.
lint:
	$(GO) vet ./...
	@if $(GO) run $(STATICCHECK) -version >/dev/null 2>&1; then \
		echo "$(GO) run $(STATICCHECK) -checks $(STATICCHECK_CHECKS) ./..."; $(GO) run $(STATICCHECK) -checks $(STATICCHECK_CHECKS) ./...; \
	else echo "staticcheck: skipped, $(STATICCHECK) could not be fetched from the module proxy"; fi

# DOM-free packages under Node, as they run in the browser.
test-node:
	GOOS=js GOARCH=wasm $(GO) test -timeout 25m -exec="$(WASM_EXEC)" ./claims/...

# The fuzz targets, as package:Target. Plain `go test` (make test) runs
# each on its seed corpus (testdata/fuzz), so make test is deterministic;
# `make fuzz` searches each for new inputs for FUZZTIME, one target at a
# time, and fails at the end if any target failed. A failing input is
# written under that package's testdata/fuzz: fix the bug and commit the
# input as a seed.
FUZZ_TARGETS := claims:FuzzDecode claims:FuzzDecodeJSONIsUnmarshal claims:FuzzIDAlphabet claims:FuzzFindNumericRating \
	claims/plainjson:FuzzReaderIsUnmarshal claims/plainjson:FuzzWriterIsMarshal \
	claims/build:FuzzParseArticle claims/collections:FuzzImportTSV claims/collections:FuzzImportClaimReview \
	claims/importers:FuzzParseHTML claims/importers:FuzzReadFeed claims/lexicon:FuzzUnmarshal \
	claims/text:FuzzNormalize claims/text:FuzzAnalyze claims/match:FuzzCheckText claims/match:FuzzCheckWork \
	claims/match:FuzzDecodeShard claims/match:FuzzDecodeIndex claims/match:FuzzRatingStance claims/match:FuzzReadDecisionIsUnmarshal \
	app:FuzzUpdateCrosses site:FuzzRenderClaim

fuzz:
	@failed=""; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$name in ./$$pkg for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) ./$$pkg || failed="$$failed $$name"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz targets that failed:$$failed"; exit 1; fi

# End-to-end tests: a real Chromium against the real server (axe-core
# and terser come from npm: installed here when missing).
test-e2e: wasm node_modules
	FACTCHECK_E2E=1 $(GO) test -count=1 -timeout 30m -run 'E2E' -v ./site

node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# What embedding costs a host page: Lighthouse mobile performance of the
# demo article with the embed and without it (/plain), median of 3 each,
# and the first verdict after the first keystroke, cold. Lighthouse runs
# through npx (cached outside the repository).
bench-embed: wasm
	FACTCHECK_E2E=1 FACTCHECK_LIGHTHOUSE=1 $(GO) test -count=1 -run '^TestLighthouseEmbed$$' -v -timeout 20m ./site

# factcheck beside the page a news site would build instead (MiniSearch
# over the same claims.json, ../shared/bench/web) with the seed, 10k and
# 100k claims, in one run: what each sends, start-up and check latency in
# headless Chromium, Lighthouse mobile (median of LIGHTHOUSE_RUNS; 0 skips
# it) and browser memory, printed as one Markdown table (about 20 min).
LIGHTHOUSE_RUNS ?= 3
bench-web: wasm db-10k db-100k
	FACTCHECK_BENCH_WEB=1 FACTCHECK_LIGHTHOUSE_RUNS=$(LIGHTHOUSE_RUNS) FACTCHECK_SHARED=$(abspath $(SHARED)) \
	  $(GO) test -count=1 -run '^TestBenchWeb$$' -v -timeout 60m ./site

# Benchmark databases (generated, not committed, in build/bench/): the seed
# with the CheckThat! 2020 collection (10k claims), and with 100,000 and
# 1,000,000 claims: that collection and systematic variations of it
# (bench/gen100k). Each build writes the database file and its sharded
# index (shards-N/, see README "Archive scale"); 1M writes only the shards
# (a database file is read whole, up to 64 MiB and 250,000 claims). Each
# recipe prints the build's wall and CPU time and peak memory.
BENCH_DIR     := build/bench
CHECKTHAT_TSV := $(SHARED)/bench/checkthat2020/verified_claims.docs.tsv
SEED_SOURCES  := -articles claims/articles -curated claims/curated.jsonl
CLAIMS_GO     := $(shell find claims -name '*.go' -not -name '*_test.go')

db-10k: $(BENCH_DIR)/claims-10k.json
db-100k: $(BENCH_DIR)/claims-100k.json
db-1m: $(BENCH_DIR)/shards-1m/index.json

BUILD_TIME = /usr/bin/time -f "$@: %e s wall, %U s user + %S s system CPU, %M KB peak RSS"

$(BENCH_DIR)/claims-10k.json: $(CHECKTHAT_TSV) $(CLAIMS_GO)
	@mkdir -p $(BENCH_DIR)
	$(GO) build -o $(BENCH_DIR)/factcheck ./claims/cmd/factcheck
	$(BUILD_TIME) $(BENCH_DIR)/factcheck build $(SEED_SOURCES) -import $(CHECKTHAT_TSV) -o $@ -shards $(BENCH_DIR)/shards-10k -name seed-checkthat

$(BENCH_DIR)/checkthat-100k.tsv: $(CHECKTHAT_TSV) bench/gen100k/main.go
	@mkdir -p $(BENCH_DIR)
	$(GO) run ./bench/gen100k -n 100000 -o $@ $(CHECKTHAT_TSV)

$(BENCH_DIR)/claims-100k.json: $(BENCH_DIR)/checkthat-100k.tsv $(CLAIMS_GO)
	$(GO) build -o $(BENCH_DIR)/factcheck ./claims/cmd/factcheck
	$(BUILD_TIME) $(BENCH_DIR)/factcheck build $(SEED_SOURCES) -import $< -o $@ -shards $(BENCH_DIR)/shards-100k -name seed-100k

# 1,000,000 claims in five collection files of 200,000 (a file's limits).
$(BENCH_DIR)/checkthat-1m-1.tsv: $(CHECKTHAT_TSV) bench/gen100k/main.go
	@mkdir -p $(BENCH_DIR)
	$(GO) run ./bench/gen100k -n 1000000 -per 200000 -o $(BENCH_DIR)/checkthat-1m.tsv $(CHECKTHAT_TSV)

$(BENCH_DIR)/shards-1m/index.json: $(BENCH_DIR)/checkthat-1m-1.tsv $(CLAIMS_GO)
	$(GO) build -o $(BENCH_DIR)/factcheck ./claims/cmd/factcheck
	$(BUILD_TIME) $(BENCH_DIR)/factcheck build $(SEED_SOURCES) $(foreach i,1 2 3 4 5,-import $(BENCH_DIR)/checkthat-1m-$(i).tsv) -shards $(BENCH_DIR)/shards-1m -name seed-1m

# Archive scale: the extraction benchmark's 181 real saved pages replicated with
# variations (bench/genpages) into ARCHIVE_SIZES pages, each built from scratch and
# again with nothing changed (the cache beside the output), with wall time, CPU time
# and peak memory. Above 50,000 pages the database is too large for one file
# (claims.MaxDatabaseBytes), so the build writes only the sharded index.
ARCHIVE_SIZES ?= 1000 10000
bench-archive:
	@mkdir -p $(BENCH_DIR)
	$(GO) build -o $(BENCH_DIR)/factcheck ./claims/cmd/factcheck
	@for n in $(ARCHIVE_SIZES); do \
	  $(GO) run ./bench/genpages -n $$n -o $(BENCH_DIR)/pages-$$n $(SHARED)/bench/extraction/html || exit 1; \
	  out="-o $(BENCH_DIR)/archive-$$n.json"; cache=$(BENCH_DIR)/archive-$$n.json.cache; \
	  if [ $$n -gt 50000 ]; then out="-shards $(BENCH_DIR)/archive-$$n"; fi; \
	  rm -f $$cache; \
	  /usr/bin/time -f "$$n pages, first build: %e s wall, %U s user CPU, %M KB peak RSS" \
	    $(BENCH_DIR)/factcheck build -articles $(BENCH_DIR)/pages-$$n $$out -name archive-$$n >/dev/null 2>$(BENCH_DIR)/archive-$$n.log || exit 1; \
	  tail -1 $(BENCH_DIR)/archive-$$n.log; \
	  /usr/bin/time -f "$$n pages, rebuild with nothing changed: %e s wall, %U s user CPU, %M KB peak RSS" \
	    $(BENCH_DIR)/factcheck build -articles $(BENCH_DIR)/pages-$$n $$out -name archive-$$n >/dev/null 2>$(BENCH_DIR)/archive-$$n.log || exit 1; \
	  tail -1 $(BENCH_DIR)/archive-$$n.log; \
	done

eval:
	$(SHARED)/eval/score --show

checkthat:
	$(GO) run ./claims/cmd/factcheck rank -db $(SHARED)/bench/checkthat2020/verified_claims.docs.tsv < $(SHARED)/bench/checkthat2020/test/tweets.queries.tsv > /tmp/checkthat-test.run
	$(SHARED)/bench/map5 /tmp/checkthat-test.run $(SHARED)/bench/checkthat2020/test/tweet-vclaim-pairs.qrels

bench:
	$(GO) test -run '^$$' -bench . ./claims/...
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" -run '^$$' -bench . -benchtime 200x ./claims/match

clean:
	rm -rf dist web/app.wasm web/app.wasm.* web/claims.json web/claims.json.*

# The embedding demo: a mock news article on DEMO_ADDR that embeds the
# widget from ADDR, and the same article without it at DEMO_ADDR/plain.
demo: wasm
	$(GO) run $(LDFLAGS) $(FACTCHECK) serve -addr $(ADDR) $(if $(DB),-db $(DB)) $(SITE_FLAG) $(SHARDS_FLAG) $(BASE_FLAG) -demo $(DEMO_ADDR)
