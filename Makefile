# NetPlanner: `make run` starts the app, `make test` checks everything. `make help` lists the rest.
VENV    ?= .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.DEFAULT_GOAL := help
.PHONY: help run test lint typecheck layers unit venv screenshots bench installer installer-test translations clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	"$$(.ci/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test,sync]'
	touch $(STAMP)

venv: $(STAMP) ## Create .venv and install NetPlanner with its test tools

# Qt's window plugins need system X11/Wayland libraries a fresh machine may lack: as root they are
# installed with apt-get, otherwise the one command that installs them is printed.
QT_SYSTEM_LIBS := $(PY) installer/linux/qt-system-libs.py

run: $(STAMP) ## Start the app on the default encrypted database (first: the system libraries Qt needs)
	$(QT_SYSTEM_LIBS)
	$(PY) -m compileall -q netplanner  # an editable install has no bytecode yet: start-up would compile it
	QT_QPA_PLATFORM= $(VENV)/bin/netplanner $(ARGS)

lint: $(STAMP) ## ruff
	$(VENV)/bin/ruff check netplanner tests bench main.py

typecheck: $(STAMP) ## mypy --strict
	$(VENV)/bin/mypy

layers: $(STAMP) ## import-linter: the core never imports Qt, gui sits on top
	$(VENV)/bin/lint-imports

unit: $(STAMP) ## The test suite alone (offscreen)
	$(PY) -m pytest -q -n 2 $(PYTEST_ARGS)

test: lint typecheck layers unit ## Everything CI runs

screenshots: $(STAMP) ## PNGs of each main view with the example network in docs/screenshots/
	$(PY) -m netplanner.gui.screenshots docs/screenshots
	$(PY) -m netplanner.gui.screenshots --lang sv docs/screenshots/sv

translations: $(STAMP) ## Update resources/translations/*.ts from the code (pyside6-lupdate) and compile the .qm
	$(PY) resources/translations/build.py

bench: $(STAMP) ## Print the benchmark figures (not part of test)
	for b in bench/[a-z]*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

$(VENV)/bin/pyinstaller: | $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bundle]'

INSTALLER_OUT := build/installer
VERSION        = $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' netplanner/__init__.py)
DEB            = $(INSTALLER_OUT)/netplanner_$(VERSION)_$(shell dpkg --print-architecture).deb

installer: $(VENV)/bin/pyinstaller ## The one-folder app bundle (PyInstaller) and the .deb in build/installer/
	$(QT_SYSTEM_LIBS) --all
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath $(INSTALLER_OUT)/dist \
		--workpath $(INSTALLER_OUT)/work installer/pyinstaller/netplanner.spec
	installer/linux/build-deb.sh $(INSTALLER_OUT)/dist/netplanner $(INSTALLER_OUT)

installer-test: installer ## Install the .deb (root), run the installed app offscreen, remove it (minutes; not in test)
	installer/linux/test-deb.sh $(DEB)

clean: ## Remove the virtualenv and build output
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
