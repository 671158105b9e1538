#!/usr/bin/env bash
# Start-up of the INSTALLED kiosk (issue 13, goal: median <= 1.5 s on a quiet 2-core machine and <= 1.5 x a bare JavaFX
# window on the same runtime): wall time from just before `lingong-kiosk run` is executed (as the unit runs it, as
# user lingong, with the installed configuration and the class-data archive the launcher built at the first start)
# to the first frame Prism presents with the attract screen and the Spring context's data, interleaved with a bare
# JavaFX window (scripts/bench/BareFxWindow.java, compiled here) on the same jlinked runtime with the same JVM options.
# Prints every run, both medians and their ratio, and the load average. Not a test: run it on demand.
#
# Usage (root, package lingong-kiosk installed): bash scripts/measure-installed-startup.sh [runs, default 7]
# A display: DISPLAY if set, else a private Xvfb at 1920x1080.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
fail() { echo "measure-installed-startup: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root (runs the kiosk as its user lingong, as the unit does)"
[ -x /usr/bin/lingong-kiosk ] && [ -d /opt/lingong-kiosk ] \
  || fail "lingong-kiosk is not installed: mvn -B -Ppackages -pl packaging package && apt install ./packaging/target/debs/lingong-kiosk_*.deb"

runtime=/opt/lingong-kiosk/lib/runtime/bin/java
fx_classpath="$(ls /opt/lingong-kiosk/lib/app/lib/javafx-*.jar | tr '\n' ':')"
work="$(mktemp -d /tmp/lingong-startup.XXXXXX)"
chmod 0755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

javac --release 17 -nowarn -cp "$fx_classpath" -d "$work/bare" scripts/bench/BareFxWindow.java 2>/dev/null
chmod -R a+rX "$work/bare"

if [ -z "${DISPLAY:-}" ]; then
  display=$(( 70 + RANDOM % 20 ))
  while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
  export DISPLAY=":$display"
fi

# the launcher's JVM options (jvm_options in /usr/bin/lingong-kiosk), so the baseline runs like the kiosk
read -r -a jvm_options <<<"$(scripts/launcher-jvm-options.sh /usr/bin/lingong-kiosk)"

# $1 output file, then the command; prints the ms from now to the first frame it reports
first_frame_ms() {
  local out="$1" start end; shift
  start=$(date +%s%3N)
  "$@" >"$out" 2>&1 || { cat "$out" >&2; fail "run failed: $*"; }
  end="$(grep -ho 'First frame presented at epoch-ms [0-9]*' "$out" /var/log/lingong/kiosk.log 2>/dev/null \
        | grep -o '[0-9]*$' | awk -v s="$start" '$1 >= s' | sort -n | tail -1)"
  [ -n "$end" ] || { cat "$out" >&2; fail "no first frame: $*"; }
  echo $((end - start))
}
bare() {
  runuser -u lingong -- env DISPLAY="$DISPLAY" MALLOC_ARENA_MAX=2 "$runtime" "${jvm_options[@]}" \
    -Djava.io.tmpdir=/var/lib/lingong/tmp -Djavafx.cachedir=/var/lib/lingong/native/javafx \
    -cp "$work/bare:$fx_classpath" BareFxWindow
}
kiosk() {
  runuser -u lingong -- env DISPLAY="$DISPLAY" \
    bash -c 'cd /var/lib/lingong && exec /usr/bin/lingong-kiosk run --kiosk.exit-after-first-frame=true'
}

echo "warm-up: the kiosk's first start builds its class-data archive, both fill the page cache"
kiosk >"$work/warmup.out" 2>&1 || { cat "$work/warmup.out" >&2; fail "the kiosk did not start"; }
grep -q 'class-data archive /var/lib/lingong/cds/' "$work/warmup.out" \
  || echo "   note: the launcher did not report a class-data archive (see its output)"
bare >/dev/null 2>&1 || fail "the bare JavaFX window did not start"

bare_ms=(); kiosk_ms=()
for i in $(seq "$runs"); do
  b="$(first_frame_ms "$work/bare.out" bare)"
  k="$(first_frame_ms "$work/kiosk.out" kiosk)"
  bare_ms+=("$b"); kiosk_ms+=("$k")
  printf 'run %d: bare JavaFX window %5d ms   installed kiosk %5d ms\n' "$i" "$b" "$k"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mb="$(median "${bare_ms[@]}")"; mk="$(median "${kiosk_ms[@]}")"
printf 'median: bare JavaFX window %s ms, installed kiosk %s ms, ratio %.2f (goals: kiosk <= 1500 ms, ratio <= 1.50)\n' \
  "$mb" "$mk" "$(awk -v k="$mk" -v b="$mb" 'BEGIN {print k / b}')"
grep -o 'starting version .*' "$work/kiosk.out" | tail -1 | sed 's/^/launcher: /'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
