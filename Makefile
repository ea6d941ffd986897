# kimppa — the two commands a cluster needs: `make build` and `make test`.
# `make serve` previews the portal; `make bench` measures speed.

GO      ?= go
SOURCE  ?= .
ADDR    ?= 127.0.0.1:1313
ACTIONLINT_VERSION ?= v1.7.7
STATICCHECK_VERSION ?= v0.8.2

.PHONY: build serve test bench bench-lighthouse lighthouse-haku check deps deps-node deps-browser go-test node-test browser-test lint fmt

## build: build the portal in content/ into public/
build:
	$(GO) run ./cmd/kimppa build --source $(SOURCE)

## serve: preview the portal at http://127.0.0.1:1313/, rebuilding on every save
serve:
	$(GO) run ./cmd/kimppa serve --source $(SOURCE) --addr $(ADDR)

## check: check the content only
check:
	$(GO) run ./cmd/kimppa check --source $(SOURCE)

## test: run every test (installs what the tests need first)
test: deps deps-browser lint go-test node-test browser-test

# The workbook test reads data/tables.xlsx with SheetJS where npm's xlsx is
# installed (tests/browser), and with openpyxl and LibreOffice where they are.
go-test:
	$(GO) vet ./...
	KIMPPA_SHEETJS=$${KIMPPA_SHEETJS:-$$(test -d tests/browser/node_modules/xlsx && echo $(CURDIR)/tests/browser/node_modules/xlsx)} $(GO) test ./...
	$(GO) run ./cmd/kimppa schema --check
	$(GO) run ./cmd/kimppa owners codeowners --check
	$(GO) run ./cmd/kimppa forms --check

node-test: deps-node
	node --test $(shell find assets generator -name '*.test.mjs' -not -path '*/node_modules/*' | sort)

browser-test: deps-browser
	cd tests/browser && node --test

lint: deps
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1)
	$$($(GO) env GOPATH)/bin/actionlint
	$$($(GO) env GOPATH)/bin/staticcheck ./...

## deps: install test tools (actionlint, staticcheck, Chromium, playwright-core); safe to re-run
deps: deps-node
	@test -x "$$($(GO) env GOPATH)/bin/actionlint" || $(GO) install github.com/rhysd/actionlint/cmd/actionlint@$(ACTIONLINT_VERSION)
	@test -x "$$($(GO) env GOPATH)/bin/staticcheck" || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

deps-node:
	@command -v node >/dev/null || (echo "make test needs Node.js 20 or newer" && exit 1)

deps-browser:
	@command -v chromium >/dev/null || (command -v apt-get >/dev/null && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)) || (echo "install Chromium (Debian package chromium)" && exit 1)
	@cd tests/browser && (test -d node_modules/playwright-core -a -d node_modules/axe-core -a -d node_modules/html-validate -a -d node_modules/xlsx || npm ci --no-audit --no-fund --silent)

## bench: measure build time and memory, search, and serve's save-to-page latency and memory on 1,000 and 10,000 entities
## (side by side with hugo --minify + Pagefind where installed), then Lighthouse's scores.
## BENCH_FLAGS="-gen path/to/gen_corpus.py -large" measures the issue's corpus, with 30,000 entities too.
BENCH_FLAGS ?=
bench:
	$(GO) run ./bench -sizes 1000,10000 $(BENCH_FLAGS)
	$(MAKE) bench-lighthouse

## bench-lighthouse: Lighthouse's four category scores for home, search, list and entity pages, fi and en (slow; target 95)
bench-lighthouse: deps-browser
	cd bench/lighthouse && (test -d node_modules/lighthouse || npm ci --no-audit --no-fund --silent) && node run.mjs

## lighthouse-haku: how soon /kimppahaku/ shows results on a phone (Lighthouse and CDP, 4x CPU, 150 ms, 1.6 Mbps);
## prints figures, no threshold. HAKU_FLAGS="--site DIR" measures a built site, "--plain" over HTTP/1.1 uncompressed.
HAKU_FLAGS ?=
lighthouse-haku: deps-browser
	cd bench/lighthouse && (test -d node_modules/lighthouse || npm ci --no-audit --no-fund --silent) && nice -n 10 node haku.mjs $(HAKU_FLAGS)

fmt:
	gofmt -w $$(git ls-files '*.go')
