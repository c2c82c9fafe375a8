# factcheck — every generated file has one target here.
# make run     build what is needed and serve the widget on http://127.0.0.1:8000
# make test    every test: Go (native and under Node, fuzz seed corpora included), end-to-end in Chromium
# make fuzz    search every fuzz target for new failing inputs, FUZZTIME each (not part of make test)

GO        ?= go
ADDR      ?= 127.0.0.1:8000
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
FUZZTIME  ?= 1m
SHARED    ?= ../shared
# The app version: the source's git description (plus, at run time, a hash of the deployed assets).
LDFLAGS   := -ldflags "-X main.gitVersion=$(shell git describe --always --dirty 2>/dev/null)"

.PHONY: all claims lexicon wasm run demo static test test-go test-node fuzz test-e2e eval bench checkthat clean

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

# The client, its database and their precompressed twins (not committed).
web/claims.json: claims/seed/claims.json
	cp $< $@

web/app.wasm: $(shell find app claims wasm -name '*.go' -not -name '*_test.go') go.mod go.sum
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $@ ./wasm

wasm: web/app.wasm web/claims.json
	$(GO) run ./wasm compress web/app.wasm web/claims.json

run: wasm
	$(GO) run $(LDFLAGS) ./wasm -addr $(ADDR)

static: wasm
	rm -rf dist && $(GO) run $(LDFLAGS) ./wasm -static dist

test: test-go test-node test-e2e

test-go:
	$(GO) vet ./...
	$(GO) test ./...

# DOM-free packages under Node, as they run in the browser.
test-node:
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" ./claims/...

# The fuzz targets, as package:Target. Plain `go test` (make test) runs
# each on its seed corpus (testdata/fuzz), so make test is deterministic;
# `make fuzz` searches each for new inputs for FUZZTIME, one target at a
# time, and fails at the end if any target failed. A failing input is
# written under that package's testdata/fuzz: fix the bug and commit the
# input as a seed.
FUZZ_TARGETS := claims:FuzzDecode claims:FuzzParseArticle claims:FuzzImportTSV claims:FuzzImportClaimReview \
	claims/importers:FuzzParseHTML claims/importers:FuzzReadFeed \
	claims/text:FuzzNormalize claims/text:FuzzAnalyze claims/match:FuzzCheckText

fuzz:
	@failed=""; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$name in ./$$pkg for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) ./$$pkg || failed="$$failed $$name"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz targets that failed:$$failed"; exit 1; fi

# End-to-end tests: a real Chromium against the real server.
test-e2e: wasm
	FACTCHECK_E2E=1 $(GO) test -count=1 -run 'E2E' -v ./wasm

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

# The embedding demo: a mock news article on :8001 that embeds the widget from :8000.
demo: wasm
	$(GO) run $(LDFLAGS) ./wasm -addr $(ADDR) -demo 127.0.0.1:8001
