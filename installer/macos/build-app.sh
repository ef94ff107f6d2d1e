#!/usr/bin/env bash
# macOS: NetPlanner.app from the same PyInstaller spec as Linux and Windows, then a compressed disk image
# with the app and a link to /Applications. Run on a Mac from the repository root:
#   installer/macos/build-app.sh            -> build/installer/NetPlanner-<version>.dmg
# The app is not signed; to distribute it, sign and notarize it first (codesign, notarytool).
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PY:-.venv/bin/python}
OUT=build/installer
VERSION=$("$PY" -c 'import netplanner; print(netplanner.__version__)')

"$PY" -m pip install --quiet -e '.[bundle]'
"$PY" -m PyInstaller --noconfirm --clean --distpath "$OUT/dist" --workpath "$OUT/work" \
  installer/pyinstaller/netplanner.spec

STAGE="$OUT/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$OUT/dist/NetPlanner.app" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="$OUT/NetPlanner-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "NetPlanner $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "$DMG"
