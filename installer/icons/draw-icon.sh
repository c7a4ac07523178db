#!/usr/bin/env bash
# Draws Attaché's icon with ImageMagick: a navy tile holding a briefing page with rising bars, and a red
# marking band across the top of the page. Writes the PNG sizes each platform wants, a Windows .ico and a
# macOS .iconset folder (turn it into attache.icns on a Mac with: iconutil -c icns attache.iconset).
set -euo pipefail
cd "$(dirname "$0")"
S=1024
convert -size ${S}x${S} xc:none \
  -fill '#1F3A5F' -draw "roundrectangle 64,64 960,960 180,180" \
  -fill '#FFFFFF' -draw "polygon 300,190 640,190 760,310 760,850 300,850" \
  -fill '#C9D1DB' -draw "polygon 640,190 640,310 760,310" \
  -fill '#8B0000' -draw "rectangle 340,240 600,280" \
  -fill '#1F3A5F' -draw "rectangle 360,620 430,790" \
  -fill '#C55A11' -draw "rectangle 460,530 530,790" \
  -fill '#548235' -draw "rectangle 560,430 630,790" \
  -fill "#1F3A5F" -draw "rectangle 340,810 720,822" \
  attache-1024.png
for size in 16 24 32 48 64 128 256 512; do
  convert attache-1024.png -resize ${size}x${size} attache-${size}.png
done
convert attache-16.png attache-24.png attache-32.png attache-48.png attache-64.png attache-256.png attache.ico
rm -rf attache.iconset && mkdir attache.iconset
for size in 16 32 128 256 512; do
  cp attache-${size}.png attache.iconset/icon_${size}x${size}.png
  double=$((size * 2))
  if [ -f attache-${double}.png ]; then cp attache-${double}.png attache.iconset/icon_${size}x${size}@2x.png; fi
done
cp attache-1024.png attache.iconset/icon_512x512@2x.png
