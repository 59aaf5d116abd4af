#!/usr/bin/env bash
# Draws the KC ribbon and add-in icons with ImageMagick (apt-get install -y imagemagick): each icon is
# drawn at 512 px and reduced, so the small sizes stay smooth. Run from anywhere: bash assets/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
FONT=$(fc-match -f '%{file}' 'DejaVu Sans:bold')
BIG=512

tile() { # colour → a rounded square
  convert -size ${BIG}x${BIG} xc:none -fill "$1" -draw "roundrectangle 16,16 495,495 96,96" "$2"
}

tile '#0F5C8C' /tmp/kc-base.png
convert /tmp/kc-base.png -font "$FONT" -fill white -pointsize 215 -gravity center -annotate +0+8 'KC' /tmp/kc-icon.png

tile '#1E7B34' /tmp/kc-validate.png
convert /tmp/kc-validate.png -fill none -stroke white -strokewidth 64 -draw "stroke-linecap round stroke-linejoin round polyline 120,270 215,365 395,165" /tmp/kc-validate.png

tile '#0F5C8C' /tmp/kc-summarize.png
convert /tmp/kc-summarize.png -font "$FONT" -fill white -pointsize 360 -gravity center -annotate +0+10 'Σ' /tmp/kc-summarize.png

for size in 16 32 64 80 128; do
  convert /tmp/kc-icon.png -filter Lanczos -resize ${size}x${size} -strip "icon-${size}.png"
done
for size in 16 32 80; do
  convert /tmp/kc-validate.png -filter Lanczos -resize ${size}x${size} -strip "validate-${size}.png"
  convert /tmp/kc-summarize.png -filter Lanczos -resize ${size}x${size} -strip "summarize-${size}.png"
done
rm -f /tmp/kc-base.png /tmp/kc-icon.png /tmp/kc-validate.png /tmp/kc-summarize.png
