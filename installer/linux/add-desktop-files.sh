#!/usr/bin/env bash
# Adds to the Debian package the files that put Attaché on the desktop, as files the package owns (so they are
# removed with it): its menu entry, the briefing pack's file type, and its icon at every size in the hicolor theme.
# Debian's own triggers (desktop-file-utils, shared-mime-info, the icon cache) take them up; nothing is registered
# by hand. jpackage installs only under /opt, so the package is opened, given the files, and built again.
# The app's files are given back the time they had in the app image (STAMP, seconds since 1970), which its
# ahead-of-time cache checks its jars against.
#   add-desktop-files.sh target/installer/attache_0.1.0-1_amd64.deb [STAMP]
set -euo pipefail
deb=${1:?usage: add-desktop-files.sh PACKAGE.deb [STAMP]}
stamp=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
icons=$(cd "$here/../icons" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/root"
[ -z "$stamp" ] || find "$work/root/opt" -type f -exec touch -h -d "@$stamp" {} +
install -D -m 644 "$here/desktop/attache.desktop" "$work/root/usr/share/applications/attache.desktop"
install -D -m 644 "$here/desktop/attache-mime.xml" "$work/root/usr/share/mime/packages/attache.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "$icons/attache-$size.png" "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/attache.png"
done
size=$(du -sk --exclude=DEBIAN "$work/root" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$work/root/DEBIAN/control"
fakeroot dpkg-deb -Zxz -b "$work/root" "$deb" >/dev/null
