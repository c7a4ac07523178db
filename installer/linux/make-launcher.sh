#!/usr/bin/env bash
# Writes Attaché's launcher, bin/attache, into a Linux app image, in place of jpackage's:
#   make-launcher.sh APP_IMAGE
# jpackage's launcher asks rpm and then dpkg which package owns it at every start (to find its own library), which
# costs about a fifth of a second before Java even starts, and more once installed. This one starts the app's own
# Java directly, with the same options and class path, read from the launcher's configuration (lib/app/attache.cfg)
# when the image is built.
set -euo pipefail
image=${1:?usage: make-launcher.sh APP_IMAGE}
cfg="$image/lib/app/attache.cfg"
[ -f "$cfg" ] || { echo "make-launcher.sh: no $cfg" >&2; exit 1; }
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd: - | sed 's/\$APPDIR/$app/g')
options=$(sed -n 's/^java-options=//p' "$cfg" | sed 's/\$APPDIR/$app/g' | sed 's/.*/"&"/' | paste -sd' ' -)
launcher="$image/bin/attache"
rm -f "$launcher"
cat > "$launcher" <<SCRIPT
#!/bin/sh
# Attaché: its own Java runtime, with the options and class path of lib/app/attache.cfg.
root=\$(dirname "\$(dirname "\$(readlink -f "\$0")")")
app="\$root/lib/app"
# A command is a short run, in which the JVM's optimising compiler costs more than it gains: commands run with the
# quick compiler only (an export in 0.7 of the time, a batch of every member 0.9, a 50 MB dataset's check 1.1); the
# window, a long session, keeps both.
# With a Java 25 runtime, each starts from its own ahead-of-time cache (made when the app was built).
jit=
start=window
case "\${1:-}" in
  validate|migrate|diff|export|keygen|sign|trust|synthetic|version|help|completion|-h|--help|-V|--version)
    jit=-XX:TieredStopAtLevel=1; start=commands ;;
esac
cache=
[ -f "\$app/attache-\$start.aot" ] && cache="-XX:AOTCache=\$app/attache-\$start.aot"
exec "\$root/lib/runtime/bin/java" \$jit \$cache $options "-Djpackage.app-path=\$root/bin/attache" \\
  -cp "$classpath" $main "\$@"
SCRIPT
chmod 755 "$launcher"
