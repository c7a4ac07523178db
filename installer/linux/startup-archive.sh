#!/bin/sh
# Makes Attaché's start-up archive where the app is installed:
#   startup-archive.sh /opt/attache
# The archive holds the classes the app loads to show its window, export packs and check datasets (the list made
# when the app was built, attache.classlist), parsed and ready to map. An archive records the paths of the app's
# jars, so it is made here, after installing, and removed before the app is. It never fails an install: without
# the archive the app starts as before, only slower.
app_root=${1:?usage: startup-archive.sh APP_FOLDER}
app="$app_root/lib/app"
cfg="$app/attache.cfg"
java="$app_root/lib/runtime/bin/java"
[ -f "$cfg" ] && [ -f "$app/attache.classlist" ] && [ -x "$java" ] || exit 0
rm -f "$app/attache.jsa"
# the same class path, in the same order, as the launcher gives the JVM
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
"$java" -Xshare:dump -XX:SharedClassListFile="$app/attache.classlist" -XX:SharedArchiveFile="$app/attache.jsa" \
  -Xlog:all=off -cp "$cp" >/dev/null 2>&1 || rm -f "$app/attache.jsa"
[ -f "$app/attache.jsa" ] && chmod 644 "$app/attache.jsa"
exit 0
