#!/usr/bin/env bash
# Starts the kiosk with the fast start-up recipe of shared TOOLCHAIN.md:
#   extracted jar layout + AppCDS archive + C1 only (-XX:TieredStopAtLevel=1) + Spring AOT.
# The layout is (re)extracted and the class-data archive (re)trained whenever the jar is newer; the
# training run shows the first frame once and exits, so it needs the same display as the kiosk.
#
# Usage: scripts/run-kiosk.sh [--kiosk.window=windowed] [other --kiosk.* overrides]
# Environment: KIOSK_JAR  (default kiosk-app/target/lingong-kiosk.jar)
#              KIOSK_HOME (default kiosk-app/target/kiosk-run: extracted layout and archive)
#              JAVA       (default java)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${KIOSK_JAR:-$root/kiosk-app/target/lingong-kiosk.jar}"
home="${KIOSK_HOME:-$root/kiosk-app/target/kiosk-run}"
java="${JAVA:-java}"
app="$home/app"
archive="$home/kiosk.jsa"

if [ ! -f "$jar" ]; then
    echo "run-kiosk: $jar not found; build it with: mvn -B -pl kiosk-app -am package -DskipTests" >&2
    exit 2
fi

if [ ! -f "$app/lingong-kiosk.jar" ] || [ "$jar" -nt "$app/lingong-kiosk.jar" ]; then
    rm -rf "$app" "$archive"
    mkdir -p "$home"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
fi

opts=(-XX:TieredStopAtLevel=1 -Dspring.aot.enabled=true -Dprism.cacheLayoutSize=0)
cd "$root"   # the kiosk reads ./config/kiosk.yml

if [ ! -f "$archive" ]; then
    train_args=()
    for arg in "$@"; do
        [[ "$arg" == --kiosk.exit-after-first-frame* ]] || train_args+=("$arg")
    done
    echo "run-kiosk: training the class-data archive (the kiosk shows its first frame once and exits)" >&2
    "$java" "${opts[@]}" -XX:ArchiveClassesAtExit="$archive" -jar "$app/lingong-kiosk.jar" \
        --kiosk.exit-after-first-frame=true "${train_args[@]}" >"$home/training.log" 2>&1 \
        || { rm -f "$archive"; echo "run-kiosk: training run failed, see $home/training.log" >&2; exit 1; }
fi

exec "$java" "${opts[@]}" -XX:SharedArchiveFile="$archive" -jar "$app/lingong-kiosk.jar" "$@"
