#!/usr/bin/env bash
# Runs the whole kiosk headless (JavaFX Monocle, in-process device simulators) for N worker sessions in one
# process (default 1000: a new fictional person's card on the simulated reader -> registration walk -> idle wipe;
# every 5th session the card of the session before -> recognised, welcome -> idle wipe) and prints heap
# after GC, RSS and live threads over the first and last 100 sessions, plus class histograms after session 100
# and at the end (SessionMemoryBench in kiosk-app/src/test/java/org/lingong/kiosk/bench). No display needed.
#
# Usage: scripts/measure-kiosk-memory.sh [sessions, default 1000] [--kiosk.*=... app arguments]
# Environment: JAVA_OPTS (JVM options; default: the installed launcher's jvm_options from
#              packaging/kiosk/files/usr/bin/lingong-kiosk, without Spring AOT), JAVA (default java)
# Everything (the kiosk's own log too) goes to kiosk-app/target/kiosk-memory.log; shown are progress, errors and tables.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
java="${JAVA:-java}"
cp_file="$root/kiosk-app/target/bench-classpath.txt"
log="$root/kiosk-app/target/kiosk-memory.log"
cd "$root"

mvn -B -q -pl kiosk-app -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file"
classpath="$root/kiosk-app/target/test-classes:$root/kiosk-app/target/classes:$(cat "$cp_file")"

if [ -z "${JAVA_OPTS+set}" ]; then
    JAVA_OPTS="$("$root/scripts/launcher-jvm-options.sh" | sed 's/-Dspring.aot.enabled=true//')"
    export MALLOC_ARENA_MAX=2
    echo "[bench] the installed kiosk's JVM options: $JAVA_OPTS (MALLOC_ARENA_MAX=2)"
fi

cd "$root/kiosk-app"   # as the tests run: no ./config/kiosk.yml, so the defaults (sim: ports, demo panel off)
# shellcheck disable=SC2086
"$java" ${JAVA_OPTS:-} -Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle \
    -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
    -Dheadless.geometry=1920x1080-32 -cp "$classpath" org.lingong.kiosk.bench.SessionMemoryBench "$@" 2>&1 \
    | tee "$log" | awk '/^=== SessionMemoryBench/ {tables = 1} tables || /^\[bench\]|Exception|timed out/ {print; fflush()}'
