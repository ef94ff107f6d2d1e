#!/usr/bin/env bash
# Wrap the PyInstaller bundle in a Debian package with dpkg-deb:
#   /opt/netplanner/            the one-folder bundle
#   /usr/bin/netplanner         a symlink to /opt/netplanner/netplanner
#   /usr/share/applications/    se.netplanner.NetPlanner.desktop
#   /usr/share/metainfo/        se.netplanner.NetPlanner.metainfo.xml (AppStream)
#   /usr/share/icons/hicolor/   netplanner.svg and PNGs 16..512
# Depends is worked out as dpkg-shlibdeps does it: the NEEDED entries of every ELF file in the bundle that
# the bundle does not satisfy itself, and the Debian package of each such library. The desktop and icon caches are refreshed by the dpkg triggers
# of desktop-file-utils and hicolor-icon-theme, so the package has no maintainer scripts.
#
# Usage: installer/linux/build-deb.sh [BUNDLE_DIR [OUT_DIR]]
#   defaults: build/installer/dist/netplanner and build/installer; prints the path of the .deb last.
# SOURCE_DATE_EPOCH (default: the last commit's time) fixes every timestamp, for reproducible packages;
# DEB_COMPRESSION (default xz: smallest; zstd is much faster to build) is passed to dpkg-deb -Z.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/installer/linux"
BUNDLE=$(realpath "${1:-$ROOT/build/installer/dist/netplanner}")
OUT=$(realpath -m "${2:-$ROOT/build/installer}")
APP_ID=se.netplanner.NetPlanner

[ -x "$BUNDLE/netplanner" ] || { echo "build-deb: no bundle at $BUNDLE; run make installer" >&2; exit 1; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/netplanner/__init__.py")
[ -n "$VERSION" ] || { echo "build-deb: no __version__ in netplanner/__init__.py" >&2; exit 1; }
ARCH=$(dpkg --print-architecture)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}

STAGE="$OUT/deb/netplanner_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/netplanner" "$STAGE/usr/share/icons/hicolor/scalable/apps"

cp -a "$BUNDLE" "$STAGE/opt/netplanner"
ln -s /opt/netplanner/netplanner "$STAGE/usr/bin/netplanner"
install -m 644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 644 "$ROOT/resources/icons/netplanner.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/"
for png in "$ROOT"/resources/icons/netplanner-*.png; do
  size=$(basename "$png" .png); size=${size#netplanner-}
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/netplanner.png"
done
cat > "$STAGE/usr/share/doc/netplanner/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: NetPlanner
Files: *
Copyright: NetPlanner team
License: MIT
Comment: /opt/netplanner/_internal holds Python, Qt (PySide6, LGPL-3.0) and the other libraries
 NetPlanner runs on, each under its own licence.
EOF

# Depends: the package of each library that an ELF file of the bundle links directly (its NEEDED entries)
# and that the bundle does not hold itself; the library is found as the loader finds it (ldconfig's cache).
bundle_dir="$STAGE/opt/netplanner"
provided=$(find "$bundle_dir" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u)
needed=$(find "$bundle_dir" -type f \( -name '*.so*' -o -name netplanner \) -print0 \
         | xargs -0 readelf -d 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p' | sort -u)
external=$(comm -23 <(echo "$needed") <(echo "$provided"))
cache=$(ldconfig -p | grep "/$(uname -m)-linux-gnu/")
depends=""
missing=""
for soname in $external; do
  lib=$(awk -v s="$soname" '$1 == s {print $NF; exit}' <<<"$cache")
  if [ -z "$lib" ]; then missing+=" $soname"; continue; fi
  lib=$(realpath "$lib")
  # dpkg -S knows a library by the path its package installed: /usr/lib/... or its /lib alias.
  owner=$(dpkg -S "$lib" 2>/dev/null || dpkg -S "${lib#/usr}" 2>/dev/null) \
    || { echo "build-deb: no package owns $lib ($soname)" >&2; exit 1; }
  depends+="${owner%%:*}"$'\n'
done
if [ -n "$missing" ]; then
  echo "build-deb: the bundle needs libraries that are not installed here:$missing" >&2
  echo "install their packages (Qt's xcb plugin: apt-get install libxcb-icccm4 libxcb-keysyms1) and rerun" >&2
  exit 1
fi
depends=$(sort -u <<<"$depends" | grep -v -e '^$' -e '^libc6$' | paste -sd, | sed 's/,/, /g')
installed_kb=$(du -sk --apparent-size "$STAGE" --exclude=DEBIAN | cut -f1)

cat > "$STAGE/DEBIAN/control" <<EOF
Package: netplanner
Version: $VERSION
Architecture: $ARCH
Maintainer: NetPlanner team <team@netplanner.invalid>
Installed-Size: $installed_kb
Depends: libc6, $depends
Recommends: vdirsyncer
Suggests: gnome-keyring
Section: utils
Priority: optional
Description: plan the professional network that carries your development
 NetPlanner keeps the people who matter for your work in view: goals and who
 can help with each, how strong every relationship is, and who to get in touch
 with this week. Everything stays on your computer in an encrypted database.
EOF

find "$STAGE" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +
chmod -R u=rwX,go=rX "$STAGE"
mkdir -p "$OUT"
DEB="$OUT/netplanner_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$STAGE" "$DEB" >/dev/null
echo "build-deb: Depends: libc6, $depends" >&2
echo "$DEB"
