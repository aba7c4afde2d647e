#!/usr/bin/env bash
# Proves the Linux package: builds the .deb (or takes one), installs it with dpkg -i, starts the installed launcher
# on a private Xvfb display with HOME in a temp folder, checks the database lands in the per-user data folder and
# nothing is written inside /opt/rapport, takes a screenshot of the main window, optionally measures start-up time,
# and uninstalls with dpkg -r, checking the user's data stays. CI need not run it; anyone with root on Debian or
# Ubuntu can:
#
#   sudo packaging/verify-linux.sh                      # build, install, check, screenshot, uninstall
#   sudo packaging/verify-linux.sh --deb FILE.deb       # the same with an already built package
#   sudo packaging/verify-linux.sh --measure 5          # also: start-up time to first window, 5 runs per variant
#
# Options: --keep (leave the package installed), --screenshot PATH (default docs/screenshots/installed-linux.png).
# Installs what it needs with apt-get: xvfb, xdotool, imagemagick, dpkg-dev, fakeroot, libgtk-3-0.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
deb=""
measure=0
keep=0
screenshot="$root/docs/screenshots/installed-linux.png"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --deb) deb="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --measure) measure="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --screenshot) screenshot="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "verify-linux.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
say() { echo "verify-linux: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
[[ "$(id -u)" == 0 ]] || fail "run as root (dpkg -i needs it)"

needed=()
for pair in Xvfb:xvfb xdotool:xdotool import:imagemagick dpkg-deb:dpkg-dev fakeroot:fakeroot; do
  command -v "${pair%%:*}" >/dev/null || needed+=("${pair#*:}")
done
ldconfig -p | grep -q 'libgtk-3.so.0' || needed+=(libgtk-3-0)
if [[ ${#needed[@]} -gt 0 ]]; then
  say "installing ${needed[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${needed[@]}" >/dev/null
fi

if [[ -z "$deb" ]]; then
  "$here/build.sh" --type deb
  deb="$(ls "$here"/target/installer/rapport_*.deb | head -1)"
fi
[[ -f "$deb" ]] || fail "no package at $deb"

# --- install ----------------------------------------------------------------------------------------------------------
if dpkg -s rapport 2>/dev/null | grep -q '^Status: install ok installed'; then dpkg -r rapport >/dev/null; fi
dpkg -i "$deb" >/dev/null || { say "dpkg -i wants dependencies: apt-get -f install"; DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q >/dev/null; }
dpkg -s rapport | grep -q '^Status: install ok installed' || fail "rapport is not installed"
launcher=/opt/rapport/bin/Rapport
[[ -x "$launcher" ]] || fail "no launcher at $launcher"
menu_entry="$(ls /usr/share/applications/rapport-*.desktop 2>/dev/null | head -1)"
[[ -n "$menu_entry" ]] || fail "no menu entry in /usr/share/applications"
say "installed $(dpkg-query -W -f='${Package} ${Version}, ${Installed-Size} KiB' rapport); menu entry $menu_entry"

# --- a private display and home -----------------------------------------------------------------------------------------
work="$(mktemp -d)"
home="$work/home"
mkdir -p "$home"
chmod 755 "$work"
xvfb_pid=""
app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 1 -screen 0 1440x900x24 -nolisten tcp >"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.1; done
[[ -s "$work/display" ]] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$(head -1 "$work/display")"

# start COMMAND...: runs it with its home in $home (HOME, and user.home, which Java takes from the password file and
# not from HOME) in the background, with $extra_jvm options if set; waits for a window titled "Rapport ...";
# sets window (its id), app_pid, and started_ms / shown_ms (milliseconds since the epoch)
start() {
  started_ms="$(date +%s%3N)"
  env -u XDG_DATA_HOME HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home${extra_jvm:+ $extra_jvm}" "$@" \
    >>"$work/app.log" 2>&1 &
  app_pid=$!
  window=""
  for _ in $(seq 6000); do
    window="$(xdotool search --name '^Rapport' 2>/dev/null | head -1 || true)"
    [[ -n "$window" ]] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app ended before showing a window"; }
    sleep 0.02
  done
  [[ -n "$window" ]] || { cat "$work/app.log" >&2; fail "no window within 120 s"; }
  shown_ms="$(date +%s%3N)"
}
# stop: SIGTERM to the app (what the desktop's "end process" does), wait for it, and make sure no window of it is
# left (mvn javafx:run shows the window from a child JVM of Maven's)
stop() {
  local window_pids
  window_pids="$(for w in $(xdotool search --name '^Rapport' 2>/dev/null); do xdotool getwindowpid "$w" 2>/dev/null; done || true)"
  kill -TERM "$app_pid" $window_pids 2>/dev/null || true
  for _ in $(seq 300); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  for _ in $(seq 300); do [[ -z "$(xdotool search --name '^Rapport' 2>/dev/null || true)" ]] && break; sleep 0.1; done
  app_pid=""
}

# --- 1. a plain start: the database goes to the per-user data folder, nothing into /opt/rapport -----------------------
touch "$work/before-start"
sleep 1
start "$launcher"
sleep 3
stop
database="$home/.local/share/rapport/rapport.db"
[[ -f "$database" ]] || fail "no database at $database; the data folder holds: $(find "$home" -name '*.db')"
written="$(find /opt/rapport -newer "$work/before-start" | head -5)"
[[ -z "$written" ]] || fail "the app wrote inside the installation: $written"
say "ok: the installed app made $database and wrote nothing under /opt/rapport"

# --- 2. the AppCDS archive is used ------------------------------------------------------------------------------------
extra_jvm="-Xlog:class+load=info:file=$work/classes.log"
start "$launcher"
extra_jvm=""
sleep 3
stop
from_archive="$(grep -c 'source: shared objects file' "$work/classes.log" || true)"
rapport_from_archive="$(grep -c ' app\.rapport\..*source: shared objects file' "$work/classes.log" || true)"
from_jars="$(grep -c 'source: file:\|source: jar:' "$work/classes.log" || true)"
[[ "$rapport_from_archive" -gt 20 ]] || fail "the AppCDS archive was not used ($rapport_from_archive of Rapport's classes from it)"
say "ok: $from_archive classes ($rapport_from_archive of them Rapport's) came from the AppCDS archive, $from_jars from jars"

# --- 3. the demo network on screen, and a screenshot --------------------------------------------------------------------
start "$launcher" --demo
sleep 6
mkdir -p "$(dirname "$screenshot")"
# the visible one of JavaFX's windows of that name; the whole screen if it cannot be read
visible="$(xdotool search --onlyvisible --name '^Rapport' 2>/dev/null | tail -1 || true)"
import -window "${visible:-$window}" "$screenshot" 2>/dev/null || import -window root "$screenshot"
stop
[[ -s "$screenshot" ]] || fail "no screenshot"
say "ok: screenshot of the installed app's window in $screenshot ($(identify -format '%wx%h' "$screenshot"))"

# --- 4. start-up time to the first window ---------------------------------------------------------------------------------
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
time_runs() { # label command...: prints "label: median ms (runs)"
  local label="$1"; shift
  local runs=()
  for _ in $(seq "$measure"); do
    start "$@"
    runs+=($((shown_ms - started_ms)))
    stop
  done
  echo "$label: median $(printf '%s\n' "${runs[@]}" | median) ms (runs: ${runs[*]})"
}
if [[ "$measure" -gt 0 ]]; then
  cfg=/opt/rapport/lib/app/Rapport.cfg
  cp "$cfg" "$work/Rapport.cfg"
  results=("$(time_runs "installed, with AppCDS" "$launcher")")
  grep -v 'SharedArchiveFile' "$work/Rapport.cfg" > "$cfg"       # only the JDK's own CDS archive
  results+=("$(time_runs "installed, without AppCDS (JDK's default CDS only)" "$launcher")")
  echo 'java-options=-Xshare:off' >> "$cfg"                       # no class data sharing at all
  results+=("$(time_runs "installed, with -Xshare:off" "$launcher")")
  cp "$work/Rapport.cfg" "$cfg"
  if command -v mvn >/dev/null && (cd "$root" && mvn -B -q -o -Drapport.build="$work/maven" -DskipTests compile >/dev/null 2>&1); then
    repo="$HOME/.m2/repository"
    results+=("$(time_runs "mvn javafx:run" bash -c "cd '$root' && exec mvn -B -q -o -Dmaven.repo.local='$repo' -Drapport.build='$work/maven' javafx:run")")
  else
    results+=("mvn javafx:run: not measured (the project did not compile offline)")
  fi
  say "start-up to first window, $measure runs each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg):"
  printf '  %s\n' "${results[@]}" >&2
fi

# --- 5. uninstall: the program goes, the user's data stays ---------------------------------------------------------------
if [[ "$keep" == 0 ]]; then
  dpkg -r rapport >/dev/null
  [[ ! -e /opt/rapport/bin/Rapport ]] || fail "/opt/rapport/bin/Rapport is still there after dpkg -r"
  [[ ! -e "$menu_entry" ]] || fail "$menu_entry is still there after dpkg -r"
  [[ -f "$database" ]] || fail "dpkg -r removed the user's database"
  say "ok: dpkg -r removed /opt/rapport and the menu entry; $database is still there"
fi
say "all checks passed"
