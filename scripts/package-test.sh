#!/usr/bin/env bash
# CI's install test (issue 13, "Installable and unattended"), run by .ci/run after `mvn -B verify` as root on a
# throwaway Debian machine: builds both packages, installs them with dpkg, checks files, owners, modes and units,
# starts the installed platform (PostgreSQL, demo data) and the installed kiosk under Xvfb with the installed
# configuration, sees the kiosk's first frame and its watchdog pings, installs a broken newer kiosk and sees the
# launcher fall back to the kept version after three failed starts, removes and reinstalls both keeping configuration
# and data, and runs the unit under a real systemd to see its watchdog restart a frozen kiosk
# (scripts/systemd-watchdog-test.sh). Purges both packages at the end. Prints the time of each step.
#   bash scripts/package-test.sh [--no-build]     (--no-build: use the .debs already in packaging/target/debs)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
debs="$root/packaging/target/debs"
work="$(mktemp -d /tmp/lingong-package-test.XXXXXX)"
chmod 0755 "$work"   # the services' users reach their notify sockets in it
pids=()

step() { printf '== package-test: %s (%ss)\n' "$1" "$SECONDS"; }
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  # what this test started as the services' users (the kiosk, the platform's JVM)
  for p in $(pgrep -u lingong 2>/dev/null) $(pgrep -u lingong-platform 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
# grep -q in a pipe ends early and kills the writer with SIGPIPE (a failure under pipefail): read everything
has() { grep -c "$@" >/dev/null; }
# $1 socket $2 file: receives sd_notify datagrams like systemd does (one line each) and closes the file descriptor that
# systemd-notify's barrier passes, so that barrier returns at once
notify_receiver() {
  python3 -u - "$1" "$2" <<'PY' &
import array, os, socket, sys
path, out = sys.argv[1], sys.argv[2]
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(path)
os.chmod(path, 0o777)
with open(out, "a") as log:
    while True:
        message, ancillary, _, _ = sock.recvmsg(4096, socket.CMSG_SPACE(64))
        for level, kind, data in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds = array.array("i")
                fds.frombytes(data[: len(data) - len(data) % fds.itemsize])
                for fd in fds:
                    os.close(fd)
        log.write(message.decode(errors="replace") + "\n")
        log.flush()
PY
  pids+=($!)
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# $1 file $2 owner:group $3 octal mode
expect_stat() {
  local got
  got="$(stat -c '%U:%G %a' "$1")" || fail "$1 is missing"
  [ "$got" = "$2 $3" ] || fail "$1 is $got, expected $2 $3"
}
wait_for() { # $1 seconds $2 description, then the command
  local limit="$1" what="$2"; shift 2
  for _ in $(seq 1 "$limit"); do "$@" && return 0; sleep 1; done
  fail "$what (waited ${limit}s)"
}

[ "$(id -u)" = 0 ] || fail "needs root (dpkg -i, users, /etc)"

step "machine"
need=()
for cmd in cage:cage Xwayland:xwayland Xvfb:xvfb xauth:xauth fakeroot:fakeroot objcopy:binutils socat:socat curl:curl \
           xwininfo:x11-utils psql:postgresql-client python3:python3; do
  command -v "${cmd%%:*}" >/dev/null 2>&1 || need+=("${cmd#*:}")
done
for pkg in libgtk-3-0 libgl1 libxtst6; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "   installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; }
fi

if [ "${1:-}" != "--no-build" ]; then
  step "build both packages (mvn -Ppackages -pl packaging package)"
  rm -rf "$debs"
  build_start=$SECONDS
  mvn -B -q -Ppackages -pl packaging package
  echo "   built in $((SECONDS - build_start)) s"
fi
kiosk_deb="$(ls "$debs"/lingong-kiosk_*.deb)"
platform_deb="$(ls "$debs"/lingong-platform_*.deb)"
version="$(dpkg-deb -f "$kiosk_deb" Version)"
ls -l "$kiosk_deb" "$platform_deb" | awk '{printf "   %s %d MB\n", $9, $5/1048576}'
echo "   installed size: kiosk $(( $(dpkg-deb -f "$kiosk_deb" Installed-Size) / 1024 )) MB, platform $(( $(dpkg-deb -f "$platform_deb" Installed-Size) / 1024 )) MB"

step "install (dpkg -i)"
dpkg -P lingong-kiosk lingong-platform >/dev/null 2>&1 || true
dpkg -i "$kiosk_deb" "$platform_deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i"; }

step "files, owners, modes, units"
id -nG lingong | tr ' ' '\n' | has -x dialout || fail "lingong is not in dialout"
expect_stat /var/lib/lingong lingong:lingong 700
expect_stat /var/log/lingong lingong:adm 2750
expect_stat /etc/lingong/kiosk.yml root:root 644
expect_stat /etc/udev/rules.d/99-lingong-kiosk.rules root:root 644
expect_stat /usr/bin/lingong-kiosk root:root 755
expect_stat /var/lib/lingong-platform lingong-platform:lingong-platform 700
expect_stat /var/log/lingong-platform lingong-platform:adm 2750
expect_stat /etc/lingong/platform.env root:lingong-platform 640
expect_stat /etc/lingong/platform.yml root:root 644
dpkg-query -W -f='${Conffiles}\n' lingong-kiosk | has '/etc/lingong/kiosk.yml' || fail "kiosk.yml is not a conffile"
dpkg-query -W -f='${Conffiles}\n' lingong-platform | has '/etc/lingong/platform.env' || fail "platform.env is not a conffile"
[ "$(cat /var/lib/lingong-kiosk/releases/current)" = "$version" ] || fail "release $version not kept"
test -x "/var/lib/lingong-kiosk/releases/$version/lib/runtime/bin/java" || fail "kept release has no runtime"
/usr/bin/lingong-kiosk --version | has "lingong-kiosk $version" || fail "--version"
/usr/bin/lingong-platform --version | has "lingong-platform $version" || fail "platform --version"
/opt/lingong-kiosk/lib/runtime/bin/java --list-modules | has '^jdk.charsets' || fail "runtime lacks jdk.charsets (GB18030)"
if /opt/lingong-kiosk/lib/runtime/bin/java --list-modules | has '^jdk.compiler'; then fail "runtime is a whole JDK, not jlinked"; fi
unzip -l /opt/lingong-kiosk/lib/app/lingong-kiosk.jar | has 'fonts/NotoSansSC-Regular.ttf' || fail "no bundled font"
ls /opt/lingong-kiosk/lib/app/lib | has 'javafx-graphics-.*-linux' || fail "no JavaFX"
systemd-analyze verify /lib/systemd/system/lingong-kiosk.service /lib/systemd/system/lingong-platform.service \
  >"$work/verify.log" 2>&1 || { cat "$work/verify.log"; fail "systemd-analyze verify"; }
grep -v -e '^$' "$work/verify.log" | sed 's/^/   verify: /' || true

step "installed platform on PostgreSQL (demo data), ready and watched through its health endpoint"
db=lingong_pkgtest
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
port="$(free_port)"
# the operator's edits, as README "Install a platform server" says
sed -i "s/^  port: 8080 /  port: $port /" /etc/lingong/platform.yml
sed -i -e "s|^LINGONG_DB_URL=.*|LINGONG_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db|" -e "s|^LINGONG_DB_USER=.*|LINGONG_DB_USER=postgres|" \
  -e "s|^LINGONG_HEALTH_URL=.*|LINGONG_HEALTH_URL=http://127.0.0.1:$port/actuator/health|" \
  -e "s|^LINGONG_OPERATOR_PASSWORD=.*|LINGONG_OPERATOR_PASSWORD=package-test-operator|" \
  -e "s|^LINGONG_ID_HASH_KEY=.*|LINGONG_ID_HASH_KEY=$(head -c 32 /dev/urandom | base64)|" \
  -e "s|^LINGONG_DATA_KEY=.*|LINGONG_DATA_KEY=$(head -c 32 /dev/urandom | base64)|" /etc/lingong/platform.env
# demo data for the kiosk to enroll with (code DEMO-2026); 200 jobs instead of 2,000 start the platform faster
printf 'SPRING_PROFILES_ACTIVE=postgres,demo\nPLATFORM_DEMO_SEEDJOBS=200\n' >>/etc/lingong/platform.env
notify_dir="$work/notify"; mkdir -m 0777 "$notify_dir"
notify_receiver "$notify_dir/platform.sock" "$work/platform-notify.log"
wait_for 10 "platform notify socket" test -S "$notify_dir/platform.sock"
platform_start=$SECONDS
(set -a; . /etc/lingong/platform.env; set +a
 exec runuser -u lingong-platform -- env NOTIFY_SOCKET="$notify_dir/platform.sock" WATCHDOG_USEC=6000000 \
   SPRING_PROFILES_ACTIVE="$SPRING_PROFILES_ACTIVE" PLATFORM_DEMO_SEEDJOBS="$PLATFORM_DEMO_SEEDJOBS" LINGONG_DB_URL="$LINGONG_DB_URL" LINGONG_DB_USER="$LINGONG_DB_USER" \
   LINGONG_OPERATOR_PASSWORD="$LINGONG_OPERATOR_PASSWORD" LINGONG_ID_HASH_KEY="$LINGONG_ID_HASH_KEY" \
   LINGONG_DATA_KEY="$LINGONG_DATA_KEY" LINGONG_HEALTH_URL="$LINGONG_HEALTH_URL" \
   bash -c 'cd /var/lib/lingong-platform && exec /usr/bin/lingong-platform run') >"$work/platform.out" 2>&1 &
pids+=($!)
wait_for 240 "platform READY=1 (see $work/platform.out)" grep -q 'READY=1' "$work/platform-notify.log"
echo "   READY=1 after $((SECONDS - platform_start)) s"
wait_for 10 "platform WATCHDOG=1" grep -q 'WATCHDOG=1' "$work/platform-notify.log"
LINGONG_HEALTH_URL="http://127.0.0.1:$port/actuator/health" /usr/bin/lingong-platform health >/dev/null || fail "health"
grep -q 'First\|Started' /var/log/lingong-platform/platform.log || fail "no rotating log file /var/log/lingong-platform/platform.log"

step "installed kiosk under Xvfb with the installed configuration, against the installed platform"
# the technician's edits (README "Install a station PC"); no hardware here: the built-in simulators
sed -i -e "s|^    name: 未设置的零工驿站 .*|    name: 打包测试驿站|" -e "s|^    code: ST-000000-000 .*|    code: ST-150102-001|" \
  -e "s|^    url: https://platform.example.invalid/ .*|    url: http://127.0.0.1:$port/|" \
  -e 's|^    enrollment-code: "" .*|    enrollment-code: DEMO-2026|' \
  -e "s|port: serial:/dev/kiosk/idreader@115200|port: sim:idcard|" -e "s|port: serial:/dev/kiosk/printer@9600|port: sim:printer|" \
  -e "s|port: serial:/dev/kiosk/scanner@9600|port: sim:scanner|" /etc/lingong/kiosk.yml
grep -q 'DEMO-2026' /etc/lingong/kiosk.yml || fail "could not edit kiosk.yml"
display=$(( 60 + RANDOM % 30 ))
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
wait_for 10 "Xvfb :$display" test -e "/tmp/.X11-unix/X$display"
notify_receiver "$notify_dir/kiosk.sock" "$work/kiosk-notify.log"
wait_for 10 "kiosk notify socket" test -S "$notify_dir/kiosk.sock"

# $1 log file; the rest: extra arguments. Runs the installed command as the kiosk user, as the unit does.
run_kiosk() {
  local log="$1"; shift
  runuser -u lingong -- env DISPLAY=":$display" NOTIFY_SOCKET="$notify_dir/kiosk.sock" WATCHDOG_USEC=2000000 \
    bash -c 'cd /var/lib/lingong && exec /usr/bin/lingong-kiosk run "$@"' lingong-kiosk "$@" >"$log" 2>&1
}
kiosk_start=$SECONDS
run_kiosk "$work/kiosk.out" & kiosk_pid=$!; pids+=($kiosk_pid)
wait_for 120 "the kiosk's first frame (see $work/kiosk.out)" grep -qs 'First frame presented' /var/log/lingong/kiosk.log
echo "   first frame $((SECONDS - kiosk_start)) s after start (includes enrollment at the platform)"
wait_for 30 "enrollment at the installed platform" grep -qs 'Enrolled as terminal' /var/log/lingong/kiosk.log
# the first start trains the class-data archive (one first frame, then exit), then starts the kiosk with it
wait_for 60 "the kiosk started with its class-data archive (see $work/kiosk.out)" \
  grep -qs "starting version $version (class-data archive /var/lib/lingong/cds/$version.jsa)" "$work/kiosk.out"
expect_stat "/var/lib/lingong/cds/$version.jsa" lingong:lingong 400   # the JVM writes it read-only
wait_for 60 "the first frame to clear the launch attempts" test ! -e /var/lib/lingong/launch/attempts
wait_for 30 "the kiosk's WATCHDOG=1 pings" grep -q 'WATCHDOG=1' "$work/kiosk-notify.log"
# native libraries come from the kiosk's private folder: what the running kiosk has mapped
libs="$(for p in $(pgrep -u lingong); do awk '$6 ~ /\.so/ {print $6}' "/proc/$p/maps" 2>/dev/null; done | sort -u)"
echo "$libs" | has '^/var/lib/lingong/native/javafx/libglass.so' || fail "JavaFX not loaded from /var/lib/lingong/native"
echo "$libs" | has "^/var/lib/lingong-kiosk/releases/$version/lib/native/libsqlitejdbc.so" \
  || fail "SQLite not loaded from the installed release's lib/native: $(echo "$libs" | grep sqlite)"
if echo "$libs" | has '^/tmp/'; then fail "native libraries loaded from /tmp: $(echo "$libs" | grep '^/tmp/')"; fi
# the bundled fonts as plain files, which the kiosk maps in place rather than copying them out of its jar
for font in NotoSansSC-Regular.ttf NotoSansSC-Bold.ttf NotoSansMongolian-Regular.ttf; do
  expect_stat "/opt/lingong-kiosk/lib/fonts/$font" root:root 644
done
if grep -q 'using the copy in the jar' /var/log/lingong/kiosk.log; then
  fail "the kiosk did not find its font files: $(grep 'using the copy in the jar' /var/log/lingong/kiosk.log | head -1)"
fi
/usr/bin/lingong-kiosk doctor --help >/dev/null
runuser -u lingong -- env DISPLAY=":$display" /usr/bin/lingong-kiosk doctor >"$work/doctor.txt" || true
sed 's/^/   doctor: /' "$work/doctor.txt"
grep -q '^OK    platform' "$work/doctor.txt" || fail "doctor does not see the platform"
runuser -u lingong -- /usr/bin/lingong-kiosk devices ports >/dev/null || fail "device CLI"
test -f /var/lib/lingong/tmp/jSerialComm/*/libjSerialComm.so || fail "jSerialComm not unpacked into /var/lib/lingong/tmp"
kill "$kiosk_pid"; wait "$kiosk_pid" 2>/dev/null || true
key_sum="$(find /var/lib/lingong/kiosk -type f -name '*identity*' -o -type f -name '*.key' | sort | xargs -r sha256sum)"
data_sum="$(cd /var/lib/lingong/kiosk && find . -maxdepth 1 -type f ! -name '*-wal' ! -name '*-shm' | sort | xargs sha256sum)"

step "upgrade to a broken newer kiosk: config and data kept, fallback after 3 starts without a first frame"
rm -rf "$work/broken"; dpkg-deb -R "$kiosk_deb" "$work/broken"
newer="${version}+broken1"
sed -i "s/^Version: .*/Version: $newer/" "$work/broken/DEBIAN/control"
echo "$newer" >"$work/broken/opt/lingong-kiosk/VERSION"
echo "not a jar" >"$work/broken/opt/lingong-kiosk/lib/app/lingong-kiosk.jar"
fakeroot dpkg-deb -Zzstd -z1 --build "$work/broken" "$work/broken.deb" >/dev/null
dpkg --compare-versions "$newer" gt "$version" || fail "$newer does not sort after $version"
dpkg -i "$work/broken.deb" >"$work/dpkg-broken.log" 2>&1 || { cat "$work/dpkg-broken.log"; fail "upgrade"; }
grep -q 'DEMO-2026' /etc/lingong/kiosk.yml || fail "the upgrade lost the technician's edits"
[ "$(cat /var/lib/lingong-kiosk/releases/previous)" = "$version" ] || fail "previous release not kept"
for attempt in 1 2 3; do
  if run_kiosk "$work/broken-$attempt.out" --kiosk.exit-after-first-frame=true; then fail "the broken version started"; fi
done
grep -q "$newer 3" /var/lib/lingong/launch/attempts || fail "3 attempts not counted: $(cat /var/lib/lingong/launch/attempts)"
run_kiosk "$work/fallback.out" --kiosk.exit-after-first-frame=true || { cat "$work/fallback.out"; fail "the fallback did not start"; }
grep -q "falling back to $version" "$work/fallback.out" || fail "no fallback message"
grep -q "starting version $version (class-data archive /var/lib/lingong/cds/$version.jsa)" "$work/fallback.out" \
  || fail "the fallback did not start with its own class-data archive: $(grep 'starting version' "$work/fallback.out")"
/usr/bin/lingong-kiosk --version | has "runs: $version (fallback: $newer is marked bad)" || fail "--version after fallback"

step "remove and reinstall: configuration and data kept"
dpkg -r lingong-kiosk lingong-platform >"$work/dpkg-remove.log" 2>&1 || { cat "$work/dpkg-remove.log"; fail "dpkg -r"; }
test ! -e /opt/lingong-kiosk || fail "/opt/lingong-kiosk left after remove"
grep -q 'DEMO-2026' /etc/lingong/kiosk.yml || fail "remove lost /etc/lingong/kiosk.yml"
grep -q "LINGONG_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db" /etc/lingong/platform.env || fail "remove lost platform.env"
dpkg -i "$kiosk_deb" "$platform_deb" >"$work/dpkg-reinstall.log" 2>&1 || { cat "$work/dpkg-reinstall.log"; fail "reinstall"; }
grep -q 'DEMO-2026' /etc/lingong/kiosk.yml || fail "reinstall lost the technician's edits"
[ "$data_sum" = "$(cd /var/lib/lingong/kiosk && find . -maxdepth 1 -type f ! -name '*-wal' ! -name '*-shm' | sort | xargs sha256sum)" ] \
  || fail "the kiosk's data changed across remove and reinstall"
expect_stat /var/lib/lingong lingong:lingong 700

step "the reinstalled kiosk as the unit starts it: cage (wlroots headless backend here, DRM on a station) -> Xwayland -> kiosk"
: >/var/log/lingong/kiosk.log
install -d -o lingong -g lingong -m 0700 "$work/xdg"
# $1 output; the rest: arguments. `lingong-kiosk session` as the unit's ExecStart runs it; prints its exit status
run_session() {
  local out="$1" status=0; shift
  runuser -u lingong -- env XDG_RUNTIME_DIR="$work/xdg" WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
    bash -c 'cd /var/lib/lingong && exec /usr/bin/lingong-kiosk session "$@"' lingong-kiosk "$@" >"$out" 2>&1 || status=$?
  echo "$status"
}
status="$(run_session "$work/reinstalled.out" --kiosk.exit-after-first-frame=true)"
grep -qs 'First frame presented' /var/log/lingong/kiosk.log || { tail -30 "$work/reinstalled.out"; fail "no first frame in cage"; }
[ "$status" != 64 ] || fail "an ordinary end of the kiosk looked like the technician's exit (status 64: no restart)"
if grep -q 'Enrolled as terminal' /var/log/lingong/kiosk.log; then fail "the reinstalled kiosk enrolled again: identity lost"; fi
[ -z "$key_sum" ] || [ "$key_sum" = "$(find /var/lib/lingong/kiosk -type f -name '*identity*' -o -type f -name '*.key' | sort | xargs -r sha256sum)" ] \
  || fail "identity changed"

step "the technician's exit to maintenance ends the session with 64 (the unit's RestartPreventExitStatus)"
: >/var/log/lingong/kiosk.log
run_session "$work/maintenance.out" >"$work/maintenance.status" & session_pid=$!; pids+=($session_pid)
wait_for 120 "the kiosk's first frame in cage" grep -qs 'First frame presented' /var/log/lingong/kiosk.log
# what ProcessMaintenanceExit writes when the technician taps 退出到维护 twice (kiosk-app tests cover that part)
runuser -u lingong -- bash -c ': >/var/lib/lingong/launch/admin-exit'
pkill -TERM -u lingong -f 'lingong-kiosk.jar' || fail "no running kiosk to close"
wait "$session_pid" || true
[ "$(cat "$work/maintenance.status")" = 64 ] || { tail -20 "$work/maintenance.out"; fail "session ended with $(cat "$work/maintenance.status"), not 64"; }
test ! -e /var/lib/lingong/launch/admin-exit || fail "the maintenance marker was left behind"

step "the installed unit under a real systemd: a frozen JavaFX thread is killed by the watchdog and restarted"
bash scripts/systemd-watchdog-test.sh | sed 's/^/   /'

step "purge"
cleanup; pids=()
dpkg -P lingong-kiosk lingong-platform >/dev/null
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db" >/dev/null
test ! -e /var/lib/lingong || fail "purge left /var/lib/lingong"
rm -rf "$work"
step "passed in $SECONDS s"
