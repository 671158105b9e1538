#!/usr/bin/env bash
# The main job for a newcomer: build, start the reference platform with demo data on 127.0.0.1:8080,
# run the device tour through the simulators (ID card over a pseudo-terminal, receipt printer, scanner),
# then start the kiosk window when a display is available. Ctrl-C stops everything.
#   bash scripts/run-demo.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data/logs

if [ "${1:-}" != "--no-build" ]; then
  echo "== building (mvn package, tests skipped; run the tests with: mvn -B verify)"
  mvn -B -q -DskipTests package
fi

if ! command -v socat >/dev/null 2>&1; then
  echo "note: socat is not installed; the device tour falls back to TCP (apt-get install socat for the pty path)"
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if curl -fsS -o /dev/null http://127.0.0.1:8080/openapi.yaml 2>/dev/null; then
  echo "== a platform already answers on 127.0.0.1:8080; using it"
else
  echo "== starting the reference platform (demo profile, H2 under data/) — log: data/logs/platform.log"
  java -jar platform-server/target/platform-server.jar --spring.profiles.active=demo >data/logs/platform.log 2>&1 &
  pids+=($!)
  # ready = the demo data and the enrollment code are in place (the banner follows them in the log)
  for _ in $(seq 1 90); do
    grep -q "==== Lingong platform demo" data/logs/platform.log 2>/dev/null && break
    kill -0 "${pids[0]}" 2>/dev/null || { echo "error: the platform exited; see data/logs/platform.log" >&2; tail -20 data/logs/platform.log >&2; exit 1; }
    sleep 1
  done
  curl -fsS -o /dev/null http://127.0.0.1:8080/openapi.yaml || { echo "error: the platform did not start within 90 s" >&2; exit 1; }
  grep -A2 "==== Lingong platform demo" data/logs/platform.log | tail -2 | sed "s/^/   /" || true
fi
echo "   platform: http://127.0.0.1:8080  (console: /console, fleet page: /fleet, employers: /employer/register, API description: /openapi.yaml)"

echo "== device tour through the simulators"
java -jar device-drivers/target/lingong-devices.jar demo

if [ -f kiosk-app/target/lingong-kiosk.jar ]; then
  if [ -n "${DISPLAY:-}" ] && ! ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0'; then
    # JavaFX's glass needs GTK 3 for a window; a fresh Debian server lacks it
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "== installing GTK 3 for the kiosk window (apt-get install libgtk-3-0)"
      apt-get install -y -q libgtk-3-0 >/dev/null || echo "note: could not install libgtk-3-0; the kiosk window may not open"
    else
      echo "note: the kiosk window needs GTK 3: sudo apt-get install libgtk-3-0"
    fi
  fi
  if [ -n "${DISPLAY:-}" ]; then
    # KIOSK_WINDOW=windowed-portrait shows the standing kiosks' portrait layout in a 9:16 window
    echo "== starting the kiosk (${KIOSK_WINDOW:-windowed}) — close the window or press Ctrl-C to stop"
    java -jar kiosk-app/target/lingong-kiosk.jar --kiosk.window="${KIOSK_WINDOW:-windowed}"
    exit 0
  fi
  echo "note: no DISPLAY, so the kiosk window is not started (under Xvfb: DISPLAY=:99 bash scripts/run-demo.sh --no-build)"
fi

echo "== the platform keeps running; press Ctrl-C to stop"
wait "${pids[@]}" 2>/dev/null || true
