#!/usr/bin/env bash
# Install a NetPlanner .deb, run the installed program on a temporary database offscreen, then remove the
# package again. Needs root (dpkg). Used by `make installer-test`; it takes a few minutes with the build.
#
# Usage: installer/linux/test-deb.sh PATH/TO/netplanner_VERSION_ARCH.deb
set -euo pipefail

DEB=$(realpath "${1:?usage: test-deb.sh PACKAGE.deb}")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/netplanner/__init__.py")
APP=/usr/bin/netplanner  # the installed program, never a netplanner on PATH from a virtualenv

[ "$(id -u)" = 0 ] || { echo "test-deb: run as root (it installs and removes a package)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' netplanner 2>/dev/null | grep -q "install ok installed"; then
  echo "test-deb: netplanner is already installed here; remove it first (dpkg -r netplanner)" >&2
  exit 1
fi

TMP=$(mktemp -d)
cleanup() {
  dpkg -r netplanner >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT

step() { printf '== %s\n' "$*"; }

step "install $(basename "$DEB")"
# apt-get brings in the Depends a bare machine lacks, then hands the package to dpkg.
if ! dpkg -i "$DEB" >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$DEB" >/dev/null
fi
dpkg-query -W -f='${Package} ${Version} ${Installed-Size} KiB\n' netplanner

step "installed files"
for f in /opt/netplanner/netplanner /usr/share/applications/se.netplanner.NetPlanner.desktop \
         /usr/share/metainfo/se.netplanner.NetPlanner.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/netplanner.svg \
         /usr/share/icons/hicolor/16x16/apps/netplanner.png /usr/share/icons/hicolor/512x512/apps/netplanner.png \
         /opt/netplanner/_internal/PySide6/Qt/translations/qtbase_sv.qm; do
  [ -e "$f" ] || { echo "test-deb: missing $f" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/se.netplanner.NetPlanner.desktop
fi
echo "ok"

# A private world for the app: its own data folder, config and passphrase; Qt offscreen.
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share"
export NETPLANNER_DATA_DIR="$TMP/data" NETPLANNER_PASSPHRASE="installer test passphrase 4711"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
DB="$TMP/data/test.db"

step "netplanner --version"
out=$("$APP" --version)
echo "$out"
[ "$out" = "NetPlanner $VERSION" ] || { echo "test-deb: expected 'NetPlanner $VERSION'" >&2; exit 1; }

step "netplanner demo"
"$APP" --db "$DB" demo

step "netplanner check"
"$APP" --db "$DB" check

if "$APP" --help | grep -qw report; then
  step "netplanner report"
  "$APP" --db "$DB" report "$TMP/plan.pdf"
  head -c 5 "$TMP/plan.pdf" | grep -q '%PDF-' || { echo "test-deb: report wrote no PDF" >&2; exit 1; }
  echo "$(stat -c %s "$TMP/plan.pdf") bytes of PDF"
else
  echo "== (no report command in this version)"
fi

step "the app opens its main window (offscreen) and quits once it is shown; start-up times"
for i in 1 2 3; do
  start=$(date +%s.%N)
  "$APP" --db "$DB" --quit-after-start 2>"$TMP/gui.err" || { cat "$TMP/gui.err" >&2; echo "test-deb: the window did not open" >&2; exit 1; }
  end=$(date +%s.%N)
  # The offscreen platform cannot size windows to hints and says so; anything else on stderr is a fault.
  grep -v "does not support propagateSizeHints" "$TMP/gui.err" >&2 && { echo "test-deb: the app wrote errors" >&2; exit 1; }
  echo "to the main window: $(awk "BEGIN { printf \"%.2f\", $end - $start }") s"
done
echo "ok"

step "remove"
dpkg -r netplanner >/dev/null
[ ! -e /opt/netplanner ] && [ ! -e "$APP" ] || { echo "test-deb: files left after removal" >&2; exit 1; }
echo "installer-test: all passed"
