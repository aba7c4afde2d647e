#!/bin/sh
# Makes Rapport's AppCDS archive (lib/app/rapport.jsa) from the class list of the training run
# (lib/app/rapport.classlist), for the jars exactly where they are now. The JVM only uses an archive whose jars have
# the paths, sizes and times they had when it was made, and installers do not keep file times; so the .deb's
# postinst runs this after installing (a few seconds, no display needed) and the package does not ship an archive.
# The launcher names the archive in Rapport.cfg; if it is missing or stale, Rapport starts without it, only slower.
set -e
app="$(cd "$(dirname "$0")" && pwd)"
cfg="$app/Rapport.cfg"
# the runtime beside lib/app (Linux), app (Windows) or Contents/app (macOS)
for java in "$app/../runtime/bin/java" "$app/../runtime/bin/java.exe" "$app/../runtime/Contents/Home/bin/java"; do
  [ -x "$java" ] && break
done
# paths as the JVM sees them: on Windows (Git Bash) C:/... joined with ';'
native="$app"
separator=":"
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) native="$(cygpath -m "$app")"; separator=";" ;;
esac
# the class path and the options the launcher uses, in its order, from the launcher's configuration
classpath="$(sed -n "s|^app\.classpath=.APPDIR|$native|p" "$cfg" | paste -sd"$separator" -)"
options="$(sed -n "s|^java-options=||p" "$cfg" | grep -v '^-XX:SharedArchiveFile' | sed "s|.APPDIR|$native|g")"
rm -f "$app/rapport.jsa"
log="$(mktemp)"
# shellcheck disable=SC2086 # one option per word, none has spaces
if "$java" -Xshare:dump -XX:SharedClassListFile="$native/rapport.classlist" -XX:SharedArchiveFile="$native/rapport.jsa" \
  $options -cp "$classpath" >"$log" 2>&1; then
  rm -f "$log"
else
  echo "make-cds-archive.sh: the JVM could not make the archive; Rapport will start without it. Its output: $log" >&2
  rm -f "$app/rapport.jsa"
  exit 1
fi
