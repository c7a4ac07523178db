#!/bin/sh
# Makes Attaché's start-up archive (the classes it loads at start, ready to map) where the app is installed:
#   startup-archive.sh /opt/attache
# An archive records the paths of the app's jars, so one made in the build folder is never used once installed;
# the package runs this after installing, and removes the archive before removing the app. It never fails an
# install: without the archive the app starts as before, only slower.
app_root=${1:?usage: startup-archive.sh APP_FOLDER}
app="$app_root/lib/app"
cfg="$app/attache.cfg"
java="$app_root/lib/runtime/bin/java"
[ -f "$cfg" ] && [ -x "$java" ] || exit 0
rm -f "$app/attache.jsa"
# the same class path, in the same order, and the same options as the launcher gives the JVM
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v SharedArchiveFile | sed "s|\$APPDIR|$app|g")
work=$(mktemp -d) || exit 0
# shellcheck disable=SC2086 # the options are words, one a line, none with spaces
"$java" $opts -XX:ArchiveClassesAtExit="$app/attache.jsa" -cp "$cp" org.attache.Launcher \
  export --country LV --created 2026-01-01T00:00:00Z --out "$work/warm-up.pdf" >/dev/null 2>&1 || true
rm -rf "$work"
[ -f "$app/attache.jsa" ] && chmod 644 "$app/attache.jsa"
exit 0
