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
# Needs a JDK 17 or newer with jpackage, and Maven when target/attache.jar is missing or older than the sources.
# The app is always built for Java 17; its runtime is taken from a JDK 25 or newer where the machine has one
# (JAVA_HOME, or under /usr/lib/jvm), because that JDK's ahead-of-time cache starts the app with its classes already
# loaded and linked.
# ATTACHE_RUNTIME_JDK=/path/to/jdk chooses the JDK instead.
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

feature() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
JDK=${ATTACHE_RUNTIME_JDK:-}
if [ -z "$JDK" ]; then
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] && [ "$(feature "$candidate")" -ge 25 ] 2>/dev/null \
      && { JDK=$candidate; break; }
  done
fi
[ -n "$JDK" ] || JDK=$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")
RUNTIME=$(feature "$JDK")
jpackage() { "$JDK/bin/jpackage" "$@"; }
echo "== runtime from $JDK (Java $RUNTIME)"

# a jar older than any source, resource or the pom would package an earlier version of the app under this one's name
if [ ! -f target/attache.jar ] || [ ! -d target/lib ] \
    || [ -n "$(find pom.xml src/main data -newer target/attache.jar -type f -print -quit 2>/dev/null)" ]; then
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
# Java 24 and later warn on every start that JavaFX 21 loads its native libraries and uses sun.misc.Unsafe; both are
# allowed, as they were before
NEWER_JAVA=
[ "$RUNTIME" -ge 24 ] && NEWER_JAVA="--enable-native-access=javafx.graphics --sun-misc-unsafe-memory-access=allow"
# The JVM writes nothing on standard output, and on standard error only its warnings, but for those of a start-up
# record that cannot be used (a moved or changed file): that only costs speed, and must not fill every command's
# output with messages
JVM_LOG="-Xlog:all=off:stdout -Xlog:all=warning,cds*=off:stderr"
[ "$RUNTIME" -ge 25 ] && JVM_LOG="-Xlog:all=off:stdout -Xlog:all=warning,cds*=off,aot*=off:stderr"
COMPRESS=--compress=2
[ "$RUNTIME" -ge 21 ] && COMPRESS=--compress=zip-6
echo "== app image (modules: $MODULES)"
# The parallel collector: the app's heaps are small, so its pauses are short, and it loads a large dataset about a
# third faster than the default G1. Its young generation is held at 64 MB: left to grow, it took a batch of every
# member to 1.1 GB resident for garbage; held, the batch peaks near 270 MB and a 50 MB dataset loads no slower (see
# the README's performance section).
jpackage --type app-image --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
  --description "$DESCRIPTION" --vendor "Attaché" --icon "$ICON" \
  --input "$OUT/input" --main-jar attache.jar --main-class org.attache.Launcher \
  --module-path "$OUT/jmods" --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages $COMPRESS --include-locales=en,zh --generate-cds-archive" \
  --java-options "-XX:+UseParallelGC -Xmn64m $JVM_LOG $NEWER_JAVA" \
  ${LAUNCHERS[@]+"${LAUNCHERS[@]}"}

case "$OS" in
  mac) APP="$OUT/$NAME.app"; LAUNCHER="$APP/Contents/MacOS/$NAME"; CFG="$APP/Contents/app/$NAME.cfg"; JSA_DIR="$APP/Contents/app" ;;
  windows) APP="$OUT/$NAME"; LAUNCHER="$APP/$NAME.exe"; CFG="$APP/app/$NAME.cfg"; JSA_DIR="$APP/app" ;;
  *) APP="$OUT/$NAME"; LAUNCHER="$APP/bin/$NAME"; CFG="$APP/lib/app/$NAME.cfg"; JSA_DIR="$APP/lib/app" ;;
esac

case "$OS" in
  mac) JAVA="$APP/Contents/runtime/Contents/Home/bin/java" ;;
  windows) JAVA="$APP/runtime/bin/java" ;;
  *) JAVA="$APP/lib/runtime/bin/java" ;;
esac
# The app's files all carry one time (the last commit's), the one its start-up record is checked against: the JVM
# uses the record only while the jars are the ones it was made from, by size and time, and a package keeps the time.
STAMP=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
find "$JSA_DIR" -type f -exec touch -h -d "@$STAMP" {} +

# The start-up record is made by running what the app does at its most common starts (org.attache.StartupTraining):
# the commands (an English and a bilingual export, a small batch, a validation) and the window until the dataset is
# shown, when a display can be had.
#   Java 25 and later: two ahead-of-time caches, lib/app/attache-commands.aot and attache-window.aot, of the classes
#     each loads, loaded and linked, and of how its code ran. They are made here and shipped, and travel with the
#     app wherever its folder is moved. The JVM loads a whole cache as it starts, so a command does not pay for the
#     window's classes, nor the window for the commands'; the launcher picks the cache.
#   Java 17 to 24: the list of the classes both load (lib/app/attache.classlist), from which startup-archive.sh makes
#     a class-data-sharing archive where the app is (here, and after installing a package).
GUI=()
if [ -n "${DISPLAY:-}" ]; then GUI=(env); elif command -v xvfb-run >/dev/null; then GUI=(xvfb-run -a); fi
SEP=:; [ "$OS" = windows ] && SEP=";"
train() {  # train commands|window|both JVM_OPTION...: runs the training with the app launcher's options and those given
  local mode=$1 classpath options; shift
  classpath=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s|\$APPDIR|$JSA_DIR|g" | paste -sd"$SEP" -)
  read -r -a options <<<"$(sed -n 's/^java-options=//p' "$CFG" | paste -sd' ' -)"
  ${GUI[@]+"${GUI[@]}"} "$JAVA" "$@" "${options[@]}" -cp "$classpath" org.attache.StartupTraining "$OUT/training" "$mode" \
    >"$OUT/training-$mode.log" 2>&1 || echo "(the $mode were not recorded; see $OUT/training-$mode.log)"
}
if [ "$RUNTIME" -ge 25 ]; then
  echo "== ahead-of-time caches"
  modes=(commands); [ ${#GUI[@]} -gt 0 ] && modes+=(window)
  for mode in "${modes[@]}"; do
    train "$mode" -XX:AOTCacheOutput="$JSA_DIR/$NAME-$mode.aot"
    [ -s "$JSA_DIR/$NAME-$mode.aot" ] && touch -h -d "@$STAMP" "$JSA_DIR/$NAME-$mode.aot" \
      && echo "$mode: $(du -h "$JSA_DIR/$NAME-$mode.aot" | cut -f1)"
  done
  if [ "$OS" = linux ]; then
    bash installer/linux/make-launcher.sh "$APP"
  else  # untried: jpackage's launcher starts the window and the command line alike, with the window's cache
    sed -i.bak 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/'"$NAME"'-window.aot|' "$CFG" && rm -f "$CFG.bak"
  fi
else
  echo "== class-data-sharing archive"
  train "$([ ${#GUI[@]} -gt 0 ] && echo both || echo commands)" -XX:DumpLoadedClassList="$JSA_DIR/$NAME.classlist"
  touch -h -d "@$STAMP" "$JSA_DIR/$NAME.classlist"
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
fi
rm -rf "$OUT/training"

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
         for deb in "$OUT"/*.deb; do bash installer/linux/add-desktop-files.sh "$deb" "$STAMP"; done ;;
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
