#!/usr/bin/env bash
# The AppCDS training run: starts the packaged app once with --demo in a throw-away home, shows every screen,
# ends it, and leaves the list of the classes it loaded, from which make-cds-archive.sh makes the AppCDS archive.
#
#   packaging/train.sh LAUNCHER CLASSLIST    (build.sh calls it; LAUNCHER is the app image's launcher)
#
# -XX:DumpLoadedClassList (given through JAVA_TOOL_OPTIONS, which every JVM launcher reads) writes each class as
# it is loaded, so ending the app with SIGTERM loses nothing and the app needs no "train and quit" switch.
# (-XX:ArchiveClassesAtExit also dumps on SIGTERM, after the shutdown hooks; but its archive is tied to the jars'
# file times, which installers do not keep, so the archive is made where the app is installed.)
# On Linux the run happens on a private Xvfb display (apt-get install xvfb xdotool), and xdotool waits for the
# window and presses Ctrl+2..5 and Ctrl+1; elsewhere it runs on the real screen for $RAPPORT_TRAIN_SECONDS
# (default 30) and is then closed.
set -euo pipefail
launcher="$1"
classlist="$2"
say() { echo "train.sh: $*" >&2; }

home="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
rm -f "$classlist"

case "$(uname -s)" in
  Linux)
    command -v xdotool >/dev/null || { say "xdotool is missing (apt-get install xdotool)"; exit 1; }
    if command -v Xvfb >/dev/null; then
      displayfile="$home/display"
      Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp >"$displayfile" 2>"$home/xvfb.log" &
      xvfb_pid=$!
      for _ in $(seq 100); do [[ -s "$displayfile" ]] && break; sleep 0.1; done
      [[ -s "$displayfile" ]] || { say "Xvfb did not start: $(cat "$home/xvfb.log")"; exit 1; }
      export DISPLAY=":$(head -1 "$displayfile")"
    elif [[ -z "${DISPLAY:-}" ]]; then
      say "no display: apt-get install xvfb, or run with DISPLAY set"; exit 1
    fi
    HOME="$home" XDG_DATA_HOME="$home/data" JAVA_TOOL_OPTIONS="-Duser.home=$home -XX:DumpLoadedClassList=$classlist" \
      "$launcher" --demo >"$home/app.log" 2>&1 &
    app_pid=$!
    window=""
    for _ in $(seq 1200); do
      window="$(xdotool search --name '^Rapport' 2>/dev/null | head -1 || true)"
      [[ -n "$window" ]] && break
      kill -0 "$app_pid" 2>/dev/null || { say "the app ended before showing its window:"; cat "$home/app.log" >&2; exit 1; }
      sleep 0.1
    done
    [[ -n "$window" ]] || { say "no window within 120 s"; cat "$home/app.log" >&2; exit 1; }
    sleep 3
    xdotool windowfocus --sync "$window" 2>/dev/null || true
    for screen in 2 3 4 5 1 2 3 4 5 1; do   # twice: the first keys may come before the window has focus
      xdotool key --clearmodifiers "ctrl+$screen" 2>/dev/null || true
      sleep 1.5
    done
    kill -TERM "$app_pid"
    ;;
  Darwin)
    HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home -XX:DumpLoadedClassList=$classlist" "$launcher" --demo >"$home/app.log" 2>&1 &
    app_pid=$!
    sleep "${RAPPORT_TRAIN_SECONDS:-30}"
    kill -TERM "$app_pid"
    ;;
  MINGW*|MSYS*|CYGWIN*)
    # the demo goes to a throw-away %APPDATA%; taskkill without /F asks the window to close, a normal exit
    APPDATA="$(cygpath -w "$home")" \
      JAVA_TOOL_OPTIONS="-Duser.home=$(cygpath -w "$home") -XX:DumpLoadedClassList=$(cygpath -w "$classlist")" \
      "$launcher" --demo >"$home/app.log" 2>&1 &
    app_pid=$!
    sleep "${RAPPORT_TRAIN_SECONDS:-30}"
    taskkill //PID "$(cat "/proc/$app_pid/winpid")" >/dev/null
    ;;
esac
for _ in $(seq 600); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
wait "$app_pid" 2>/dev/null || true
app_pid=""
[[ -s "$classlist" ]] || { say "no class list was written:"; cat "$home/app.log" >&2; exit 1; }
say "trained: $(grep -c '^[a-z]' "$classlist") classes listed"
