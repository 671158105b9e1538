#!/usr/bin/env bash
# Measures kiosk start-up: wall time from just before `java` is executed to the first frame Prism
# presents (logged by FirstFrameProbe), for the fat jar, the steps of the recipe and scripts/run-kiosk.sh, in
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
app="$root/kiosk-app/target/kiosk-run/app/lingong-kiosk.jar"
archive="$root/kiosk-app/target/kiosk-run/kiosk.jsa"

names=("fat jar (java -jar)" "extracted layout" "extracted + AppCDS" "run-kiosk.sh (extracted + AppCDS + C1 + AOT)")
run_config() {
    case "$1" in
        0) first_frame_ms java -jar "$jar" ;;
        1) first_frame_ms java -jar "$app" ;;
        2) first_frame_ms java -XX:SharedArchiveFile="$archive" -jar "$app" ;;
        3) first_frame_ms scripts/run-kiosk.sh ;;
    esac
}

declare -A results
for i in $(seq "$runs"); do
    line="run $i:"
    for c in 0 1 2 3; do
        ms="$(run_config "$c")"
        results[$c]+="$ms "
        line+=" ${ms}"
    done
    echo "$line ms"
done
for c in 0 1 2 3; do
    printf '%-48s median %s ms\n' "${names[$c]}" "$(printf '%s\n' ${results[$c]} | median)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
