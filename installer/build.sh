#!/usr/bin/env bash
# Builds Attaché as a native application with the JDK's own jlink and jpackage: a trimmed Java runtime with
# JavaFX inside, the app (the bundled dataset is in its jar), and the list of classes it loads, from which a
# class-data-sharing archive is made where the app is, so that it starts faster.
#
#   installer/build.sh                 the app image, then the installers this system can make
#   installer/build.sh app-image       only the app image, in target/installer/attache (Linux, Windows)
#   installer/build.sh deb rpm         Linux packages (rpm needs rpmbuild)
#   installer/build.sh msi             Windows installer (needs the WiX Toolset 3 on the PATH)
#   installer/build.sh dmg pkg         macOS disk image or installer package
#
# Needs a JDK 17 or newer with jpackage, and Maven when target/attache.jar is not built yet.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/installer
NAME=attache
# jdk.localedata, trimmed to English and Chinese, writes dates in Chinese (in the app and in Chinese briefs);
# jdk.crypto.ec has Ed25519, which checks the signature of a dataset
MODULES=java.base,java.desktop,java.logging,java.management,java.prefs,java.sql,jdk.crypto.ec,jdk.localedata,jdk.unsupported,javafx.controls
VERSION=$(sed -n 's:^  <version>\([0-9][0-9.]*\).*</version>:\1:p' pom.xml | head -1)
DESCRIPTION="Attaché: sourced briefing packs on Taiwan and INTERPOL, offline"

case "$(uname -s)" in
  Linux) OS=linux; ICON=installer/icons/attache-256.png; NATIVE=(deb); command -v rpmbuild >/dev/null && NATIVE+=(rpm) ;;
  Darwin) OS=mac; ICON=installer/icons/attache.icns; NATIVE=(dmg) ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; ICON=installer/icons/attache.ico; NATIVE=(msi) ;;
  *) echo "build.sh: unknown system $(uname -s)" >&2; exit 2 ;;
esac
if [ "$OS" = mac ] && [ ! -f "$ICON" ]; then
  iconutil -c icns -o "$ICON" installer/icons/attache.iconset
fi
types=("$@")
[ ${#types[@]} -gt 0 ] || types=(app-image "${NATIVE[@]}")

if [ ! -f target/attache.jar ] || [ ! -d target/lib ]; then
  mvn -B -q -DskipTests package
fi

rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/jmods"
cp target/attache.jar "$OUT/input/"
cp installer/linux/startup-archive.sh "$OUT/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar) cp "$jar" "$OUT/jmods/" ;;
    javafx-*) ;;  # the unclassified JavaFX jars are empty; the platform ones above carry the code
    *) cp "$jar" "$OUT/input/" ;;
  esac
done
# Attaché's licence, and the full licence texts of everything it ships (lib/app/ on Linux, app/ on Windows,
# Contents/app/ on macOS)
cp LICENSE NOTICE "$OUT/input/"
mkdir -p "$OUT/input/licences"
cp installer/licences/* installer/third-party-licences.txt "$OUT/input/licences/"

# On Windows a second launcher keeps its console, for the command line (attache-cli.exe)
LAUNCHERS=()
[ "$OS" = windows ] && LAUNCHERS=(--add-launcher attache-cli=installer/windows/attache-cli.properties)
echo "== app image (modules: $MODULES)"
# The parallel collector: the app's heaps are small, so its pauses are short, and it loads a large dataset about a
# third faster than the default G1. Its young generation is held at 64 MB: left to grow, it took a batch of every
# member to 1.1 GB resident for garbage; held, the batch peaks near 270 MB and a 50 MB dataset loads no slower (see
# the README's performance section).
jpackage --type app-image --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
  --description "$DESCRIPTION" --vendor "Attaché" --icon "$ICON" \
  --input "$OUT/input" --main-jar attache.jar --main-class org.attache.Launcher \
  --module-path "$OUT/jmods" --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,zh --generate-cds-archive" \
  --java-options "-Xshare:auto -XX:+UseParallelGC -Xmn64m -Xlog:all=off:stdout -Xlog:all=warning:stderr" ${LAUNCHERS[@]+"${LAUNCHERS[@]}"}

case "$OS" in
  mac) APP="$OUT/$NAME.app"; LAUNCHER="$APP/Contents/MacOS/$NAME"; CFG="$APP/Contents/app/$NAME.cfg"; JSA_DIR="$APP/Contents/app" ;;
  windows) APP="$OUT/$NAME"; LAUNCHER="$APP/$NAME.exe"; CFG="$APP/app/$NAME.cfg"; JSA_DIR="$APP/app" ;;
  *) APP="$OUT/$NAME"; LAUNCHER="$APP/bin/$NAME"; CFG="$APP/lib/app/$NAME.cfg"; JSA_DIR="$APP/lib/app" ;;
esac

echo "== class-data-sharing archive"
# The classes the app loads are listed by running it: the window when a display can be had (it closes itself once
# the dataset is shown), an export, a small batch and a validation. The list names classes, not paths, so it travels
# with the app; the archive itself is made from it where the app is (here for the app image; a package's
# post-install step does it once installed).
LIST_DIR=$OUT/class-lists
mkdir -p "$LIST_DIR"
record() {  # record NAME COMMAND...
  local name=$1; shift
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$LIST_DIR/$name.lst -Dattache.exitAfterStartup=true -Dattache.settings=memory" \
    "$@" >/dev/null 2>&1 || echo "($name was not recorded)"
}
GUI=()
if [ -n "${DISPLAY:-}" ]; then GUI=(env); elif command -v xvfb-run >/dev/null; then GUI=(xvfb-run -a); fi
[ ${#GUI[@]} -gt 0 ] && record window "${GUI[@]}" "$LAUNCHER"
record export "$LAUNCHER" export --country LV --created 2026-01-01T00:00:00Z --out "$OUT/warm-up/LV.pdf"
record chinese "$LAUNCHER" export --country LV --language zh-Hant+en --created 2026-01-01T00:00:00Z --out "$OUT/warm-up/LV-zh.pdf"
record batch "$LAUNCHER" export --countries LV,US,NL --created 2026-01-01T00:00:00Z --out "$OUT/warm-up/batch/"
record validate "$LAUNCHER" validate
cat "$LIST_DIR"/*.lst > "$JSA_DIR/$NAME.classlist"
rm -rf "$OUT/warm-up" "$LIST_DIR"
echo "$(grep -vc '^@' "$JSA_DIR/$NAME.classlist") classes listed$([ ${#GUI[@]} -gt 0 ] && echo ", with the window's")"
sed -i.bak 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/'"$NAME"'.jsa|' "$CFG" && rm -f "$CFG.bak"
if [ "$OS" = linux ]; then
  # the app's own launcher in place of jpackage's, which asks rpm and dpkg where it is installed at every start
  bash installer/linux/make-launcher.sh "$APP"
  sh installer/linux/startup-archive.sh "$APP"
else  # untried: Windows and macOS record the archive through the launcher, as the app image's own
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$JSA_DIR/$NAME.jsa" "$LAUNCHER" export --country LV --out "$OUT/warm-up.pdf" \
    >/dev/null 2>&1 || true
  rm -f "$OUT/warm-up.pdf"
fi
[ -f "$JSA_DIR/$NAME.jsa" ] && echo "archive made: $(du -h "$JSA_DIR/$NAME.jsa" | cut -f1)"

# A package installs the app elsewhere: it carries no archive, and makes its own once installed (postinst).
PACKAGED="$OUT/packaged/$NAME"
if [ "$OS" = linux ]; then
  rm -rf "$OUT/packaged" && mkdir -p "$OUT/packaged" && cp -a "$APP" "$PACKAGED" && rm -f "$PACKAGED/lib/app/$NAME.jsa"
else
  PACKAGED="$APP"
fi
for type in "${types[@]}"; do
  [ "$type" = app-image ] && continue
  echo "== $type"
  common=(--type "$type" --dest "$OUT" --app-image "$PACKAGED" --name "$NAME" --app-version "$VERSION"
          --description "$DESCRIPTION" --vendor "Attaché" --license-file installer/third-party-licences.txt)
  case "$type" in
    # the Debian package's menu entry, file type and icons are its own files (add-desktop-files.sh), not jpackage's
    deb) jpackage "${common[@]}" --resource-dir installer/linux --linux-package-deps libgtk-3-0 --linux-app-category misc
         for deb in "$OUT"/*.deb; do bash installer/linux/add-desktop-files.sh "$deb"; done ;;
    rpm) jpackage "${common[@]}" --file-associations installer/attache-pack.properties --resource-dir installer/linux \
           --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office --linux-app-category misc ;;
    # per user (no administrator needed), a console launcher for the command line, and a fixed upgrade code so that
    # a newer .msi replaces an older one instead of installing beside it
    msi) jpackage "${common[@]}" --file-associations installer/attache-pack.properties --win-menu \
           --win-menu-group Attaché --win-shortcut --win-dir-chooser --win-per-user-install \
           --win-upgrade-uuid f5deac24-f3e1-5237-93cc-a4e225f74f91 ;;
    dmg|pkg) jpackage "${common[@]}" --file-associations installer/attache-pack.properties --mac-package-name "Attaché" \
               --mac-package-identifier org.attache.app ;;
    *) echo "build.sh: unknown package type $type" >&2; exit 2 ;;
  esac
done

echo "== built in $OUT"
du -sh "$APP" "$OUT"/*.deb "$OUT"/*.rpm "$OUT"/*.msi "$OUT"/*.dmg "$OUT"/*.pkg 2>/dev/null || true
