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
  step "netplanner report --lang sv (Swedish letters in the PDF's text)"
  "$APP" --db "$DB" report "$TMP/plan-sv.pdf" --lang sv
  if command -v pdftotext >/dev/null; then
    pdftotext -enc UTF-8 "$TMP/plan-sv.pdf" "$TMP/plan-sv.txt"
    for letter in å ä ö; do
      grep -q "$letter" "$TMP/plan-sv.txt" \
        || { echo "test-deb: no '$letter' in the Swedish report's text" >&2; exit 1; }
    done
    echo "ok: å, ä and ö extract from its text ($(grep -o '[åäöÅÄÖ]' "$TMP/plan-sv.txt" | wc -l) of them)"
  else
    echo "(pdftotext missing: apt-get install poppler-utils to check the text)"
  fi
else
  echo "== (no report command in this version)"
fi

# The bundle carries a trimmed ICU data library (installer/linux/trim-icu-data.py). Ask the installed ICU
# what Qt asks it (QCollator: ucol_open, strength secondary = case-insensitive, numeric; QTimeZone: zone
# names) through ctypes, so that nothing is added to the app for the test.
step "the bundle's ICU: Swedish collation and time-zone names"
if command -v python3 >/dev/null; then
  python3 - /opt/netplanner/_internal/PySide6/Qt/lib <<'EOF'
import ctypes, functools, pathlib, re, sys
from ctypes import POINTER, byref, c_char_p, c_int, c_void_p

lib_dir = pathlib.Path(sys.argv[1]).resolve()
i18n = next(lib_dir.glob("libicui18n.so.*"))
major = re.search(r"\.so\.(\d+)$", i18n.name).group(1)
icu = ctypes.CDLL(str(i18n))  # RUNPATH $ORIGIN: its libicuuc and libicudata come from the bundle too
mapped = {line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line}
assert mapped == {str(lib_dir / f"libicudata.so.{major}")}, f"ICU data from {mapped}"

def api(name, restype, *argtypes):
    function = getattr(icu, f"{name}_{major}")
    function.restype, function.argtypes = restype, argtypes
    return function

status = c_int(0)
def checked(what, result):
    assert status.value <= 0, f"{what}: ICU error {status.value}"  # > 0: failure, < 0: a warning
    return result

def utf16(text):
    return text.encode("utf-16-le") + b"\0\0"

ucol_open = api("ucol_open", c_void_p, c_char_p, POINTER(c_int))
ucol_set = api("ucol_setAttribute", None, c_void_p, c_int, c_int, POINTER(c_int))
ucol_strcoll = api("ucol_strcoll", c_int, c_void_p, c_char_p, c_int, c_char_p, c_int)
ucol_locale = api("ucol_getLocaleByType", c_char_p, c_void_p, c_int, POINTER(c_int))
ucal_open = api("ucal_open", c_void_p, c_char_p, c_int, c_char_p, c_int, POINTER(c_int))
ucal_zone_name = api("ucal_getTimeZoneDisplayName", c_int, c_void_p, c_int, c_char_p, c_char_p, c_int,
                     POINTER(c_int))
UCOL_STRENGTH, UCOL_NUMERIC_COLLATION, UCOL_SECONDARY, UCOL_ON, ULOC_ACTUAL_LOCALE = 5, 7, 1, 17, 1
UCAL_GREGORIAN, UCAL_STANDARD = 1, 0

# What the app's swedish_collator() asks of QCollator: sv_SE, case-insensitive, numeric.
collator = checked("ucol_open(sv_SE)", ucol_open(b"sv_SE", byref(status)))
source = checked("locale", ucol_locale(collator, ULOC_ACTUAL_LOCALE, byref(status))).decode()
assert source == "sv", f"the Swedish collation comes from '{source}', not from 'sv'"
ucol_set(collator, UCOL_STRENGTH, UCOL_SECONDARY, byref(status))
checked("numeric", ucol_set(collator, UCOL_NUMERIC_COLLATION, UCOL_ON, byref(status)))
names = ["Östen", "ärla", "Zorro", "Åsa", "adam", "Västerås", "Wilma", "Ola", "punkt 10", "punkt 9"]
ordered = sorted(names, key=functools.cmp_to_key(
    lambda a, b: ucol_strcoll(collator, utf16(a), -1, utf16(b), -1)))
expected = ["adam", "Ola", "punkt 9", "punkt 10", "Västerås", "Wilma", "Zorro", "Åsa", "ärla", "Östen"]
assert ordered == expected, f"Swedish order: {ordered}"
print("ok: Swedish order:", ", ".join(ordered))

ZONE_NAMES = {b"sv_SE": "centraleuropeisk normaltid", b"en_GB": "Central European Standard Time"}
for locale, expected in ZONE_NAMES.items():
    calendar = checked("ucal_open",
                       ucal_open(utf16("Europe/Stockholm"), -1, locale, UCAL_GREGORIAN, byref(status)))
    buffer = ctypes.create_string_buffer(256)
    length = checked("zone name", ucal_zone_name(calendar, UCAL_STANDARD, locale, buffer, 128, byref(status)))
    name = buffer.raw[: 2 * length].decode("utf-16-le")
    assert name == expected, f"Europe/Stockholm in {locale.decode()}: {name}"
    print(f"ok: Europe/Stockholm in {locale.decode()}: {name}")
EOF
else
  echo "(python3 missing: the ICU check is skipped)"
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
