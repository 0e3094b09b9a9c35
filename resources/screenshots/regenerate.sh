#!/bin/sh
# Regenerates every screenshot the README shows, from a build of the current source:
#   sh resources/screenshots/regenerate.sh [build/bin/chipcompare]
set -eu
cd "$(dirname "$0")"
app=${1:-../../build/bin/chipcompare}
export QT_QPA_PLATFORM=offscreen
"$app" --screenshot main-window.png --size 1600x900
"$app" --screenshot main-window-zh_CN.png --size 1400x800 --lang zh_CN
"$app" --screenshot chart-page.png --size 1400x800 --page chart
"$app" --screenshot compare-page.png --size 1600x900 \
    --compare nvidia-h20,huawei-ascend-910c,metax-c600,enflame-l600,nvidia-h100-sxm
"$app" --screenshot ecosystem-page.png --size 1600x900 --page ecosystem
"$app" --screenshot llm-fit-page.png --size 1600x900 --page llm
"$app" export-chart --chart bar --metric bandwidth-gbs --out bar-bandwidth.png
"$app" export-chart --chart bar --metric bf16-tflops --size 800x450 --out bar-bf16-800x450.png
"$app" export-chart --chart bar --metric tpp --size 1200x700 --out bar-tpp.png
"$app" export-chart --chart scatter --x memory-gb --y bandwidth-gbs --out scatter-memory-bandwidth.png
