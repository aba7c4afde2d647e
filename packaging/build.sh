#!/usr/bin/env bash
# Builds Rapport's installer for the OS this runs on, from a clean clone:
#
#   packaging/build.sh                 # Linux: .deb (or .rpm where rpmbuild exists and dpkg-deb does not)
#   packaging/build.sh --type app-image   # only the app image, no installer
#   packaging/build.sh --jar FILE         # package this already built rapport jar instead of running mvn package
#
# Steps: Maven jar -> runtime dependency jars -> jlink'd runtime (only the modules jdeps finds) -> jpackage app image
# -> a training run of the app that leaves an AppCDS archive (lib/app/rapport.jsa) -> installer.
# Everything goes to packaging/target/ (gitignored); the installer lands in packaging/target/installer/.
#
# Needs a JDK 21 or newer with jlink and jpackage (AtlantaFX 2.1.0 is Java 21 bytecode, and only 21+ accepts an
# AppCDS archive whose jars moved from where it was made): $RAPPORT_JDK, else $JAVA_HOME if it is 21+, else the
# newest such JDK under /usr/lib/jvm. Linux training needs Xvfb and xdotool unless $DISPLAY is set
# (apt-get install xvfb xdotool); a .deb needs dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot).
# Set RAPPORT_MVN_OFFLINE=1 to build with `mvn -o` (every dependency already in ~/.m2).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/target"
type=""
jar=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --jar) jar="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done

say() { echo "build.sh: $*" >&2; }
die() { say "$*"; exit 1; }

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) die "unsupported OS $(uname -s)" ;;
esac
if [[ -z "$type" ]]; then
  case "$os" in
    linux) if command -v dpkg-deb >/dev/null || ! command -v rpmbuild >/dev/null; then type=deb; else type=rpm; fi ;;
    windows) type=msi ;;
    macos) type=dmg ;;
  esac
fi

# --- the JDK ------------------------------------------------------------------------------------------------------
feature_of() { # the feature release (17, 21, 25) of the JDK at $1, or 0
  local release="$1/release"
  [[ -f "$release" ]] || { echo 0; return; }
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -1
}
usable() { [[ -x "$1/bin/jlink" && -x "$1/bin/jpackage" && "$(feature_of "$1")" -ge 21 ]]; }
jdk="${RAPPORT_JDK:-}"
if [[ -z "$jdk" && -n "${JAVA_HOME:-}" ]] && usable "$JAVA_HOME"; then jdk="$JAVA_HOME"; fi
if [[ -z "$jdk" ]]; then
  best=0
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [[ -d "$candidate" ]] && usable "$candidate" && [[ "$(feature_of "$candidate")" -gt "$best" ]]; then
      jdk="$candidate"; best="$(feature_of "$candidate")"
    fi
  done
fi
[[ -n "$jdk" ]] && usable "$jdk" || die "no JDK 21+ with jlink and jpackage found; set RAPPORT_JDK=/path/to/jdk"
feature="$(feature_of "$jdk")"
say "JDK $feature at $jdk"

# --- 1. the jar and its runtime dependencies ------------------------------------------------------------------------
rm -rf "$out"
mkdir -p "$out"
mvn_offline=()
[[ "${RAPPORT_MVN_OFFLINE:-}" == 1 ]] && mvn_offline=(-o)
if [[ -z "$jar" ]]; then
  (cd "$root" && mvn -B -q ${mvn_offline[@]+"${mvn_offline[@]}"} -Drapport.build="$out/maven" -DskipTests package) \
    || die "mvn package failed"
fi
(cd "$root" && mvn -B -q ${mvn_offline[@]+"${mvn_offline[@]}"} -Drapport.build="$out/maven" \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$out/input") || die "copying the runtime dependencies failed"
# openjfx publishes an empty jar without classifier beside each platform jar (javafx-base-21.0.12.jar): drop those
for fx_jar in "$out"/input/javafx-*.jar; do
  listing="$("$jdk/bin/jar" tf "$fx_jar")"
  [[ "$listing" == *.class* ]] || rm "$fx_jar"
done
version="$(grep -m1 '<version>' "$root/pom.xml" | sed 's:.*<version>\(.*\)</version>.*:\1:')"   # the project's own, first in the pom
cp "${jar:-$out/maven/rapport-$version.jar}" "$out/input/rapport.jar"
cp "$here/app/make-cds-archive.sh" "$out/input/"
app_version="${version%-SNAPSHOT}"   # installers want digits and dots only
say "Rapport $version (installer version $app_version), $(ls "$out"/input/*.jar | wc -l) jars"

# --- 2. a trimmed runtime ---------------------------------------------------------------------------------------------
cp_list="$(ls "$out"/input/*.jar | tr '\n' "$( [[ $os == windows ]] && echo ';' || echo ':')")"
modules="$("$jdk/bin/jdeps" --multi-release "$feature" --ignore-missing-deps --print-module-deps -q \
  --class-path "$cp_list" "$out"/input/*.jar)"
say "modules: $modules"
# Options every start of the app gets. The runtime's own CDS archive (the base under the app's archive) is dumped
# again with the same options: a base made without them makes the JVM complain at every start and load slower.
jvm_flags=()
if [[ "$feature" -ge 22 ]]; then
  jvm_flags+=(--enable-native-access=ALL-UNNAMED)       # sqlite-jdbc and JavaFX load native libraries
fi
if [[ "$feature" -ge 23 ]]; then
  jvm_flags+=(--sun-misc-unsafe-memory-access=allow)    # JavaFX 21's Marlin renderer uses sun.misc.Unsafe
fi
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --output "$out/runtime"
"$out/runtime/bin/java" -Xshare:dump ${jvm_flags[@]+"${jvm_flags[@]}"} >/dev/null

# --- 3. the app image -------------------------------------------------------------------------------------------------
java_options=()
for flag in ${jvm_flags[@]+"${jvm_flags[@]}"}; do java_options+=(--java-options "$flag"); done
icon="$here/linux/Rapport.png"
image_options=()
[[ $os == windows ]] && icon="$here/windows/rapport.ico"
# macOS: the bundle id, name and category, and Info.plist (from the resource dir) belong to the app image itself
[[ $os == macos ]] && icon="$here/macos/rapport.icns" && image_options=(--resource-dir "$here/macos" @"$here/macos/jpackage-macos.args")
"$jdk/bin/jpackage" --type app-image --dest "$out/image" --name Rapport --app-version "$app_version" \
  --input "$out/input" --main-jar rapport.jar --main-class app.rapport.Launcher \
  --runtime-image "$out/runtime" --icon "$icon" ${java_options[@]+"${java_options[@]}"} ${image_options[@]+"${image_options[@]}"} \
  --description "A desktop CRM for people whose business grows through personal networking" \
  --vendor "Rapport" --copyright "Apache-2.0"
case "$os" in
  linux) image="$out/image/Rapport"; launcher="$image/bin/Rapport"; appdir="$image/lib/app" ;;
  windows) image="$out/image/Rapport"; launcher="$image/Rapport.exe"; appdir="$image/app" ;;
  macos) image="$out/image/Rapport.app"; launcher="$image/Contents/MacOS/Rapport"; appdir="$image/Contents/app" ;;
esac

# --- 4. train, and make the AppCDS archive ---------------------------------------------------------------------------
# The app runs with --demo in a throw-away home, visits every screen, and is ended; the classes it loaded are listed
# in lib/app/rapport.classlist. make-cds-archive.sh turns the list into lib/app/rapport.jsa for the jars where they
# are; the launcher's config names that archive. On Linux the .deb makes it again where it is installed (postinst).
"$here/train.sh" "$launcher" "$appdir/rapport.classlist" || die "the training run failed"
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/rapport.jsa' > "$out/cds-option"
sed -i.bak '/^\[JavaOptions\]/r '"$out/cds-option" "$appdir/Rapport.cfg" && rm -f "$appdir/Rapport.cfg.bak"
"$appdir/make-cds-archive.sh" || die "no AppCDS archive could be made"
say "AppCDS archive: $(du -h "$appdir/rapport.jsa" | cut -f1)"

# --- 5. the installer -------------------------------------------------------------------------------------------------
[[ "$type" == app-image ]] && { say "app image ready: $image"; exit 0; }
common=(--type "$type" --dest "$out/installer" ${RAPPORT_JPACKAGE_VERBOSE:+--verbose} --app-image "$image" --name Rapport --app-version "$app_version"
  --description "A desktop CRM for people whose business grows through personal networking"
  --vendor "Rapport" --copyright "Apache-2.0" --license-file "$root/LICENSE")
case "$os" in
  linux)
    mv "$appdir/rapport.jsa" "$out/rapport.jsa"   # not in the package: postinst makes it for the installed jars
    # dpkg-deb's default (xz -6) took 7 minutes for these 130 MB on a busy 2-core machine; xz -1 about 1-2 minutes
    export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-xz}" DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-1}"
    "$jdk/bin/jpackage" "${common[@]}" --resource-dir "$here/linux" --icon "$here/linux/Rapport.png" \
      @"$here/linux/jpackage-linux.args" ;;
  windows)
    "$jdk/bin/jpackage" "${common[@]}" --resource-dir "$here/windows" @"$here/windows/jpackage-windows.args" ;;
  macos)
    "$jdk/bin/jpackage" "${common[@]}" --resource-dir "$here/macos" ;;
esac
if [[ -f "$out/rapport.jsa" ]]; then mv "$out/rapport.jsa" "$appdir/rapport.jsa"; fi   # the app image keeps working
say "installer: $(ls "$out"/installer/*)"
