#!/usr/bin/env bash
# Issue 13's watchdog test, end to end: the installed lingong-kiosk.service, run by a real systemd, is killed and
# started again when its JavaFX thread freezes. CI's machine has no systemd as PID 1, so this boots one as PID 1 of a
# new PID and mount namespace (its own /run and /tmp; the host's files, network and X otherwise) and starts only the
# kiosk's unit there. A drop-in replaces just the seat, which a station gets from a logind session on tty1 (PAM login,
# tty1, the DRM device), by wlroots' headless backend; the unit's watchdog and restart lines are used as installed.
# Then a Java agent loaded with jcmd hands the kiosk's JavaFX Application Thread a task that never returns. The kiosk's
# own watchdog (org.lingong.kiosk.watchdog) must stop its pings, systemd must kill it after WatchdogSec and restart it,
# and the new kiosk must paint its first frame again.
#   bash scripts/systemd-watchdog-test.sh      (root; the kiosk package installed and configured; run by
#                                               scripts/package-test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
unit=lingong-kiosk.service
kiosk_log=/var/log/lingong/kiosk.log
work="$(mktemp -d /var/tmp/lingong-watchdog-test.XXXXXX)"   # not /tmp: the namespace has its own
chmod 0755 "$work"
init_pid=""

step() { printf '== systemd-watchdog-test: %s (%ss)\n' "$1" "$SECONDS"; }
fail() {
  echo "systemd-watchdog-test: FAILED: $*" >&2
  for f in systemd.log unit.out stops.log; do [ -s "$work/$f" ] && { echo "-- $f:"; tail -25 "$work/$f"; } >&2; done
  exit 1
}
cleanup() {
  # SIGKILL to a PID namespace's init ends every process in the namespace
  [ -n "$init_pid" ] && kill -KILL "$init_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
wait_for() { # $1 seconds $2 description, then the command
  local limit="$1" what="$2"; shift 2
  for _ in $(seq 1 "$limit"); do "$@" && return 0; sleep 1; done
  fail "$what (waited ${limit}s)"
}
# runs systemctl against the namespace's systemd
in_namespace() { nsenter --target "$init_pid" --mount --pid -- "$@"; }
systemd_answers() { in_namespace systemctl show --property=Version --value >/dev/null 2>&1; }
unit_property() { in_namespace systemctl show --property="$1" --value "$unit"; }
log_start=0   # the kiosk's log lines before this test
new_log() { tail -n "+$((log_start + 1))" "$kiosk_log" 2>/dev/null || true; }
first_frames_at_least() { [ "$(new_log | grep -c 'First frame presented' || true)" -ge "$1" ]; }
unit_property_is() { [ "$(unit_property "$1")" = "$2" ]; }
watchdog_pinged() { ! unit_property_is WatchdogTimestampMonotonic 0; }
seconds_of() { # a time property of the unit, as systemctl prints it ("30s"), in seconds
  local value; value="$(unit_property "$1")"
  [[ "$value" =~ ^[0-9]+s$ ]] || fail "$1 is $value: the test reads whole seconds only"
  echo "${value%s}"
}
# the kiosk's JVM in the namespace (not one the host runs)
namespace_jvm() {
  local p
  for p in $(pgrep -u lingong -f 'lingong-kiosk.jar'); do
    [ "$(readlink "/proc/$p/ns/pid")" = "$(readlink "/proc/$init_pid/ns/pid")" ] && { echo "$p"; return; }
  done
}

[ "$(id -u)" = 0 ] || fail "needs root (a PID namespace, nsenter)"
test -f "/lib/systemd/system/$unit" || fail "the kiosk package is not installed"
for cmd in unshare nsenter jcmd javac jar cage; do command -v "$cmd" >/dev/null || fail "$cmd is missing"; done

step "the freezing agent (scripts/freeze-fx-thread)"
javac --release 17 -d "$work/agent" scripts/freeze-fx-thread/FreezeFxThread.java
printf 'Agent-Class: FreezeFxThread\n' >"$work/agent.manifest"
jar --create --file "$work/freeze-fx-thread.jar" --manifest "$work/agent.manifest" -C "$work/agent" .
chmod 0644 "$work/freeze-fx-thread.jar"

step "systemd as PID 1 of a new namespace, starting only $unit"
units="$work/units"
mkdir -p "$units/$unit.d"
cat >"$units/lingong-watchdog-test.target" <<'EOF'
[Unit]
Description=Only the kiosk, for the watchdog test
DefaultDependencies=no
Wants=lingong-kiosk.service
EOF
cat >"$units/$unit.d/headless-seat.conf" <<EOF
# the test machine has no tty1, logind or DRM device: wlroots' headless backend instead; nothing else changes
[Unit]
DefaultDependencies=no
[Service]
PAMName=
TTYPath=
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
UtmpIdentifier=
StandardInput=null
StandardOutput=append:$work/unit.out
StandardError=inherit
RuntimeDirectory=lingong-seat
RuntimeDirectoryMode=0700
Environment=XDG_RUNTIME_DIR=/run/lingong-seat WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
# for the test's eyes only: why each run ended (systemd sets SERVICE_RESULT=watchdog when its watchdog killed it)
ExecStopPost=+/bin/sh -c 'echo "\$\$SERVICE_RESULT \$\$EXIT_CODE \$\$EXIT_STATUS" >>$work/stops.log'
EOF
# nothing of the host's boot runs there: no tmpfiles (it empties /tmp), no udev, no networking
for masked in network-online.target getty@tty1.service systemd-tmpfiles-setup.service systemd-tmpfiles-clean.timer \
              systemd-udevd.service systemd-udev-trigger.service; do
  ln -s /dev/null "$units/$masked"
done
: >"$work/systemd.log"
cat >"$work/init.sh" <<EOF
#!/bin/bash
set -e
mount -t tmpfs -o mode=0755 tmpfs /run
mount -t tmpfs -o mode=1777 tmpfs /tmp
mkdir -p /run/systemd/system
cp -a "$units"/. /run/systemd/system/
exec env container=lingong-watchdog-test /lib/systemd/systemd --system --unit=lingong-watchdog-test.target --show-status=no
EOF
chmod 0755 "$work/init.sh"
[ -e "$kiosk_log" ] && log_start="$(wc -l <"$kiosk_log")"
unshare --pid --fork --kill-child --mount --uts --ipc --mount-proc --propagation private "$work/init.sh" \
  >>"$work/systemd.log" 2>&1 &
unshare_pid=$!
wait_for 10 "systemd in the namespace" bash -c "pgrep -P $unshare_pid >/dev/null"
init_pid="$(pgrep -P "$unshare_pid")"
wait_for 20 "systemd to answer systemctl" systemd_answers
wait_for 120 "the kiosk's first frame under systemd" first_frames_at_least 1
wait_for 60 "systemd to receive the kiosk's WATCHDOG=1" watchdog_pinged
watchdog_s="$(seconds_of WatchdogUSec)"
stop_s="$(seconds_of TimeoutStopUSec)"
echo "   unit: WatchdogSec=${watchdog_s}s RestartSec=$(seconds_of RestartUSec)s TimeoutStopSec=${stop_s}s Restart=$(unit_property Restart)"
[ "$(unit_property NRestarts)" = 0 ] || fail "the kiosk restarted before the freeze: $(unit_property NRestarts)"
main_pid="$(unit_property MainPID)"
kiosk_jvm="$(namespace_jvm)"
[ -n "$kiosk_jvm" ] || fail "no kiosk JVM"

step "freeze the JavaFX thread of the kiosk (JVM $kiosk_jvm)"
frozen_at=$SECONDS
jcmd "$kiosk_jvm" JVMTI.agent_load "$work/freeze-fx-thread.jar" >"$work/jcmd.out" 2>&1 || { cat "$work/jcmd.out"; fail "jcmd"; }
wait_for 10 "the agent to freeze the JavaFX thread" grep -qs 'FreezeFxThread: running on JavaFX Application Thread' "$work/unit.out"

step "systemd kills the frozen kiosk after WatchdogSec and restarts it"
wait_for 90 "the kiosk to be stopped" test -s "$work/stops.log"
killed_after=$((SECONDS - frozen_at))
grep -Eq '^watchdog (killed|dumped) ABRT$' "$work/stops.log" || fail "the kiosk ended otherwise than by the watchdog: $(cat "$work/stops.log")"

wait_for 30 "the unit to restart" unit_property_is NRestarts 1
[ "$(unit_property MainPID)" != "$main_pid" ] || fail "the same main process still runs"
wait_for 120 "the restarted kiosk's first frame" first_frames_at_least 2
back_after=$((SECONDS - frozen_at))
new_log | grep -c 'The JavaFX thread has not answered' >/dev/null || fail "the kiosk did not log its missed watchdog round"
echo "   frozen at 0 s; killed by the watchdog after $killed_after s; first frame again after $back_after s"
# the kiosk pings every quarter interval, so systemd fires between 3/4 and 5/4 of WatchdogSec after the freeze; the
# processes then have TimeoutStopSec to end
[ "$killed_after" -le $(( watchdog_s * 5 / 4 + stop_s + 2 )) ] || fail "stopped $killed_after s after the freeze: too late"
[ "$killed_after" -ge $(( watchdog_s * 3 / 4 - 1 )) ] || fail "stopped $killed_after s after the freeze: before WatchdogSec ran out"

cleanup; init_pid=""
rm -rf "$work"
step "passed in $SECONDS s"
