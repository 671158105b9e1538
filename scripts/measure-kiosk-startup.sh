#!/usr/bin/env bash
# Measures kiosk start-up: wall time from just before `java` is executed to the first frame Prism
# presents (logged by FirstFrameProbe), for the plain fat jar and for scripts/run-kiosk.sh, in
# interleaved runs; prints each run and the medians. Needs a display (e.g. Xvfb :99) in DISPLAY.
#
# Usage: DISPLAY=:99 scripts/measure-kiosk-startup.sh [runs, default 5]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
jar="$root/kiosk-app/target/lingong-kiosk.jar"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cd "$root"

first_frame_ms() { # command... ; prints the start-up time in ms
    local start end
    start=$(date +%s%3N)
    "$@" --kiosk.exit-after-first-frame=true >"$log" 2>&1 || { cat "$log" >&2; return 1; }
    end=$(grep -o 'First frame presented at epoch-ms [0-9]*' "$log" | grep -o '[0-9]*$')
    echo $((end - start))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

scripts/run-kiosk.sh --kiosk.exit-after-first-frame=true >/dev/null 2>&1   # extract + train once

plain=() fast=()
for i in $(seq "$runs"); do
    plain+=("$(first_frame_ms java -jar "$jar")")
    fast+=("$(first_frame_ms scripts/run-kiosk.sh)")
    echo "run $i: fat jar ${plain[-1]} ms, run-kiosk.sh ${fast[-1]} ms"
done
echo "median fat jar (java -jar):                     $(printf '%s\n' "${plain[@]}" | median) ms"
echo "median run-kiosk.sh (extracted+CDS+C1+AOT):    $(printf '%s\n' "${fast[@]}" | median) ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
