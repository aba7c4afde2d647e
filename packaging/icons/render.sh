#!/usr/bin/env bash
# Renders Rapport's icon from the hand-drawn SVG into every file the installers and the window need:
#   packaging/icons/png/rapport-<size>.png   (16 … 1024)
#   packaging/linux/Rapport.png              (the icon jpackage puts in the .deb/.rpm, 256 px)
#   packaging/windows/rapport.ico            (16, 24, 32, 48, 64, 128, 256)
#   packaging/macos/rapport.icns             (16 … 1024)
#   src/main/resources/app/rapport/ui/icons/rapport-<size>.png  (window icon, 16 … 256)
# The outputs are committed (they are build inputs); run this again only after changing rapport.svg.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns);
# with --install it apt-get installs them first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packaging="$(dirname "$here")"
root="$(dirname "$packaging")"

if [[ "${1:-}" == "--install" ]]; then
  apt-get install -y -q librsvg2-bin icoutils icnsutils >/dev/null
fi
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils, or run with --install)" >&2; exit 1; }
done

svg="$here/rapport.svg"
mkdir -p "$here/png" "$root/src/main/resources/app/rapport/ui/icons"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$here/png/rapport-$size.png"
done
for size in 16 32 48 64 128 256; do
  cp "$here/png/rapport-$size.png" "$root/src/main/resources/app/rapport/ui/icons/rapport-$size.png"
done
cp "$here/png/rapport-256.png" "$packaging/linux/Rapport.png"
icotool --create --output "$packaging/windows/rapport.ico" \
  "$here"/png/rapport-{16,24,32,48,64,128}.png --raw="$here/png/rapport-256.png"
png2icns "$packaging/macos/rapport.icns" "$here"/png/rapport-{16,32,48,128,256,512,1024}.png >/dev/null
echo "render.sh: icons written"
