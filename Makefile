# Meedoenwijzer: two commands do all set-up on a fresh Debian machine.
#   make site   installs libcmark-dev and tcmalloc (libgoogle-perftools-dev) if needed, builds the generator and the site from content/ into site/
#   make test   installs test tools if needed, then runs every test (Swift, JavaScript in Chromium, site checks)
SWIFT ?= swift
BIN = .build/release/meedoenwijzer

.PHONY: site test deps-build deps-test swift-test browser-test bench
site: deps-build
	$(SWIFT) build -c release --product meedoenwijzer
	$(BIN) build --content content --templates templates --output site

test: deps-test
	$(SWIFT) build -c release --product meedoenwijzer
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(BIN) check --content content
	$(BIN) build --content content --templates templates --output site
	python3 -m pytest -q tests
	bench/regression.sh

deps-build:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test
