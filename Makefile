# `make run` and `make test` each set up everything they need: Debian's libraries for Qt,
# a virtualenv in .venv, and the package with its test tools.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The bundle's build has a virtualenv of its own (see `bundle` below).
BUNDLE_VENV := .venv-bundle
BUNDLE_BIN := $(BUNDLE_VENV)/bin
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed-stamp
# The folder's size against the issue's aim (du's MiB).
BUNDLE_SIZE = @echo "dist/RehabTimer: $$(du -sm dist/RehabTimer | cut -f1) MiB (aim: 150)"

# Qt's xcb and offscreen platforms, sound (libpulse0), Japanese glyphs, Xvfb for the
# real-window layout test (tests/ui/test_layout_window.py) and the screenshots,
# pdftotext, the client the report's text layer is tested with, desktop-file-validate
# and appstreamcli for the menu entry and the software-centre description, and the
# accessibility bus with a screen reader's client library (pyatspi, for the system Python)
# that the announcements are tested with, in a D-Bus session of their own, and a PulseAudio
# server with parec that the slow audio test records a session through; ICU's tools and
# binutils, with which `make bundle` cuts Qt's ICU data and strips debug symbols; the C and C++
# compilers, C library headers and Python's headers it builds numpy without OpenBLAS with; and
# libcups2, the system's printing library, which the bundle uses as it uses libGL.
DEBIAN_PACKAGES := libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 libpulse0 fonts-noto-cjk fonts-dejavu-core xvfb \
	poppler-utils desktop-file-utils appstream at-spi2-core python3-pyatspi gir1.2-atspi-2.0 \
	dbus-bin pulseaudio pulseaudio-utils icu-devtools binutils gcc g++ libc6-dev python3-dev \
	libcups2

.PHONY: run test test-slow lint typecheck translations sounds voice screenshots install-desktop \
	bundle test-bundle system-deps clean

# `make run ARGS="--lang ja"` passes options to the app.
run: $(STAMP)
	$(BIN)/python main.py $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(MAKE) --no-print-directory typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

# Types as each platform patients use sees them (Windows and macOS lack some POSIX calls),
# and the layer rules between core, storage and ui (import-linter; see pyproject.toml).
typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --platform win32
	$(BIN)/mypy --platform darwin
	$(BIN)/lint-imports

# The long fault-injection runs (20 kill -9s, a lock held past the 5 s timeout); CI runs
# them after `make test`.
test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow

# The one-folder app a patient double-clicks, in dist/RehabTimer/ (rehabtimer.spec says what
# goes in), built for the system it is built on; then its smoke test, run from a temporary
# folder outside the checkout.
bundle: $(BUNDLE_STAMP)
	$(BUNDLE_BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller rehabtimer.spec
	$(BUNDLE_SIZE)

# The bundle's own virtualenv: .venv's packages at .venv's versions, but numpy compiled from
# its source without OpenBLAS (numpy's own loops and bundled LAPACK; 26 MiB less in the
# bundle). pip keeps the wheel it builds, so it compiles once per machine (8 to 26 minutes on
# two busy cores). A failed build stops here: a bundle with OpenBLAS would pass every check
# and miss the size aim unnoticed (docs/bundle.md).
$(BUNDLE_STAMP): $(STAMP)
	test -x $(BUNDLE_BIN)/python || $(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip freeze --exclude-editable > $(BUNDLE_VENV)/constraints.txt
	$(BUNDLE_BIN)/python -m pip install --quiet -c $(BUNDLE_VENV)/constraints.txt \
		--no-binary numpy -Csetup-args=-Dblas=none -Csetup-args=-Dlapack=none numpy \
		|| { echo "ERROR: building numpy without OpenBLAS failed (messages above): it needs numpy's"; \
		     echo "source from PyPI, a C and C++ compiler and Python's headers (make system-deps)."; \
		     exit 1; }
	$(BUNDLE_BIN)/python -m pip install --quiet -c $(BUNDLE_VENV)/constraints.txt -e '.[bundle]'
	touch $@

# Built with the program that checks it from inside (tests/bundle_probe.py), which is removed
# once the checks pass, so dist/RehabTimer is then what `make bundle` makes.
test-bundle: $(STAMP)
	REHABTIMER_BUNDLE_PROBE=1 $(MAKE) --no-print-directory bundle
	$(BIN)/python tests/bundle_smoke.py dist/RehabTimer
	rm -f dist/RehabTimer/rehabtimer-probe dist/RehabTimer/rehabtimer-probe.exe
	$(BUNDLE_SIZE)

lint: $(STAMP)
	$(BIN)/ruff check .

# Collect the UI's strings into the .ts files (translators edit those), then compile the .qm
# files the app loads. The .qm files are committed so `pip install .` carries them; a test
# checks they match the .ts files.
TS_FILES := resources/i18n/rehabtimer_ja.ts resources/i18n/rehabtimer_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none rehabtimer/app.py rehabtimer/ui/*.py rehabtimer/ui/*/*.py \
		-ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# Every screen, both languages, 100 % and 200 % text, into docs/screenshots/: in the window
# a patient gets, 1200x800 on a real X11 screen (Xvfb), with the app's fonts.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=xcb PYTHONPATH=. xvfb-run --auto-servernum \
		--server-args="-screen 0 1200x800x24 -nolisten tcp" \
		$(BIN)/python docs/make_screenshots.py docs/screenshots

sounds: $(STAMP)
	$(BIN)/python resources/sounds/generate.py

# The voice clips again (resources/voice/): Open JTalk's Mei voice for Japanese, flite for
# English; only this needs them, the app plays the WAVs.
voice: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[voice]'
	command -v flite >/dev/null || $(MAKE) --no-print-directory system-deps DEBIAN_PACKAGES=flite
	$(BIN)/python resources/voice/generate.py

# RehabTimer in the application menu, with its icon, for this user (Linux).
install-desktop: $(STAMP)
	$(BIN)/python main.py desktop install

$(STAMP): pyproject.toml | system-deps
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "RehabTimer needs Python 3.11 or newer; $(PYTHON) is older."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

system-deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "Not a Debian-based system: install the libraries Qt 6 needs with your package manager."; \
		exit 0; \
	fi; \
	missing=$$(for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	[ -z "$$missing" ] && exit 0; \
	echo "Installing the system libraries Qt needs:" $$missing; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
	else \
		echo "Cannot install them: not root and no sudo. Ask an administrator to run:"; \
		echo "  apt-get install" $$missing; \
		exit 1; \
	fi; \
	$$sudo apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing \
		|| { echo "Installing" $$missing "failed; see the messages above."; exit 1; }

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) build dist *.egg-info .pytest_cache .ruff_cache
