#!/usr/bin/env bash
# Regenerates build/icon.{png,ico,icns} and build/icons/NxN.png from build/icon.svg.
# Developer tool (not run by CI): needs Debian's librsvg2-bin, imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../build"
mkdir -p icons
for s in 16 24 32 48 64 128 256 512 1024; do rsvg-convert -w "$s" -h "$s" icon.svg -o "icons/${s}x${s}.png"; done
cp icons/1024x1024.png icon.png
/usr/bin/convert icons/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}.png icon.ico
png2icns icon.icns icons/{16x16,32x32,48x48,128x128,256x256,512x512,1024x1024}.png >/dev/null
# macOS menu-bar template (black and alpha only; the 16 px file and its @2x for Retina).
mkdir -p tray
rsvg-convert -w 16 -h 16 trayTemplate.svg -o tray/trayTemplate.png
rsvg-convert -w 32 -h 32 trayTemplate.svg -o tray/trayTemplate@2x.png
echo "icons written to build/"
