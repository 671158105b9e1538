#!/usr/bin/env bash
# Platform load benchmark (issue 13): the built platform on a fresh PostgreSQL database, pinned to CPU 0, under the
# Gatling simulation (platform-server, profile -Pload) pinned to CPU 1. Prints requests/s, latency percentiles,
# errors, the server's CPU per request (and PostgreSQL's backends'), and where the server's CPU goes (a JFR recording
# of the measured phase). Stops the server and drops the database at the end.
#
#   scripts/measure-platform-load.sh                 # 2,000 requests/s, 30 s warm-up, 60 s measured
#   RATE=1500 SECONDS_MEASURED=30 SYNC_SHARE=0 scripts/measure-platform-load.sh   # heartbeats only, lower rate
#
# Environment: RATE (2000), WARMUP (30 s), SECONDS_MEASURED (60 s), TERMINALS (50), SYNC_SHARE (0.5: the share of job
# delta syncs), SEED_JOBS (100000 demo jobs), PORT (18080), SERVER_CPU (0), LOAD_CPU (1), PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres), PG_CPU (any: the platform's PostgreSQL backends are left to the OS scheduler on
# every CPU, beside the server and Gatling, which stay pinned; a CPU list such as 1 moves them there with taskset, when
# the server is ready and again when the measured phase starts; split: alternately onto LOAD_CPU and SERVER_CPU.
# PostgreSQL's shared background processes (WAL writer, checkpointer ...) are left where they are, they serve every
# database), PG_SETTINGS (settings of the benchmark's database only, "name=value;name=value", e.g.
# "commit_delay=100;commit_siblings=2"), PG_PERF=1 (a perf profile of the backends in the measured phase), SKIP_BUILD=1 (use the jar and classes already built), JAR (another platform jar to
# measure, e.g. an older build for a comparison), JFR=0 (no recording), SERVER_JAVA_OPTS (JVM options of the server,
# e.g. -Xmx512m), LOAD_JAVA_OPTS (more JVM options of Gatling), SERVER_ARGS (more platform properties, e.g. --server.tomcat.threads.max=16), PRESIGN=1 (Gatling
# signs every request of the run before the load starts, so that its signing is not on the load core during the run;
# the timestamps are then up to the run's length old, which the platform's 5-minute window accepts: runs of at most
# 240 s), LOAD_NICE (0: the niceness of Gatling; e.g. 10 lets PostgreSQL's backends, which share its CPU, run first
# when both are runnable).
# The demo data's first job-expiry sweep (thousands of generated jobs already ended) runs 5 s after the start, before the
# load, instead of a minute after it, in the middle of the measurement; the hourly sweeps are unchanged.
# Besides the figures it writes a per-second timeline of the run (each CPU's busy share, the server's, PostgreSQL's and
# Gatling's CPU) to timeline.txt in the run folder and names other processes that took CPU in the measured phase.
# Needs psql, jcmd and jfr (JDK 17), taskset, curl, python3 (perf for PG_PERF=1). The server's log and the recording stay in the run folder.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RATE="${RATE:-2000}"
WARMUP="${WARMUP:-30}"
SECONDS_MEASURED="${SECONDS_MEASURED:-60}"
TERMINALS="${TERMINALS:-50}"
SYNC_SHARE="${SYNC_SHARE:-0.5}"
SEED_JOBS="${SEED_JOBS:-100000}"
PORT="${PORT:-18080}"
SERVER_CPU="${SERVER_CPU:-0}"
LOAD_CPU="${LOAD_CPU:-1}"
PG_CPU="${PG_CPU:-any}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="lingong_load_$$"
RUN="$(mktemp -d /tmp/platform-load.XXXXXX)"
TICK_MS=$((1000 / $(getconf CLK_TCK)))
SERVER_PID=""
LOAD_PID=""

cleanup() {
  if [[ -n "$LOAD_PID" ]]; then kill "$LOAD_PID" 2>/dev/null || true; fi
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  echo "run folder (server log, recording, Gatling log): $RUN; Gatling's report: platform-server/target/gatling/"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# CPU ms of the given pids (those that still exist): the awk expression over the fields of /proc/<pid>/stat after the
# command name, '$12 + $13' (utime + stime) or '$13' (stime alone)
stat_ms() {
  local expression="$1" total=0 pid
  shift
  for pid in "$@"; do
    [[ -r "/proc/$pid/stat" ]] || continue
    total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk "{print $expression}") * TICK_MS))
  done
  echo "$total"
}
# utime+stime in ms of the given pids
cpu_ms() { stat_ms '$12 + $13' "$@"; }
# kernel (stime) ms alone of the given pids
kernel_ms() { stat_ms '$13' "$@"; }
# utime+stime (clock ticks) and command of every process: one JSON file (to name other processes that took CPU)
processes() {
  python3 - "$1" <<'PY'
import glob, json, sys
procs = {}
for stat in glob.glob("/proc/[0-9]*/stat"):
    try:
        text = open(stat).read()
    except OSError:
        continue
    fields = text[text.rindex(")") + 2:].split()
    procs[stat.split("/")[2]] = [text[text.index("(") + 1:text.rindex(")")], int(fields[11]) + int(fields[12])]
json.dump(procs, open(sys.argv[1], "w"))
PY
}
# per-thread utime and stime (clock ticks) of the server, by thread name: one JSON file
threads() {
  python3 - "$SERVER_PID" "$1" <<'PY'
import glob, json, sys
pid, out = sys.argv[1:]
threads = {}
for stat in glob.glob(f"/proc/{pid}/task/*/stat"):
    try:
        text = open(stat).read()
    except OSError:
        continue
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    threads[stat.split("/")[4]] = [name, int(fields[11]), int(fields[12])]
json.dump(threads, open(out, "w"))
PY
}
backends() { psql -At -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND backend_type = 'client backend' ORDER BY pid" | tr '\n' ' '; }
# the platform's backends onto PG_CPU (a CPU list for taskset), or with PG_CPU=split alternately onto SERVER_CPU and
# LOAD_CPU (needs the right to set their affinity)
pin_backends() {
  local pid pinned=0 cpu i=0
  if [[ "$PG_CPU" == any ]]; then
    echo "   PostgreSQL backends of $DB left to the OS scheduler (any CPU)"
    return
  fi
  for pid in $(backends); do
    cpu="$PG_CPU"
    if [[ "$PG_CPU" == split ]]; then cpu=$((i % 2 == 0 ? LOAD_CPU : SERVER_CPU)); fi
    if taskset -pc "$cpu" "$pid" >/dev/null 2>&1; then pinned=$((pinned + 1)); fi
    i=$((i + 1))
  done
  if [[ "$PG_CPU" == split ]]; then
    echo "   $pinned PostgreSQL backends of $DB pinned alternately to CPU $LOAD_CPU and CPU $SERVER_CPU"
  else
    echo "   $pinned PostgreSQL backends of $DB pinned to CPU $PG_CPU"
  fi
}
# cluster-wide WAL counters and the database's commits: one line of numbers
wal_stats() {
  psql -At -F ' ' -d postgres -c "SELECT pg_current_wal_lsn() - '0/0', w.wal_records, w.wal_fpi, w.wal_write, w.wal_sync,
    d.xact_commit FROM pg_stat_wal w, pg_stat_database d WHERE d.datname = '$DB'"
}

cd "$ROOT"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building the platform jar and the simulation"
  mvn -B -q -Pload -pl platform-server -am package -DskipTests -Djacoco.skip=true
fi
cp "${JAR:-platform-server/target/platform-server.jar}" "$RUN/platform-server.jar"

echo "== fresh database $DB"
psql -q -d postgres -c "CREATE DATABASE $DB"
if [[ -n "${PG_SETTINGS:-}" ]]; then
  # settings for the benchmark's database only (its sessions read them at connection), e.g. group commit
  IFS=';' read -ra settings <<<"$PG_SETTINGS"
  for setting in "${settings[@]}"; do
    psql -q -d postgres -c "ALTER DATABASE $DB SET ${setting%%=*} = '${setting#*=}'"
  done
  echo "   database settings: $PG_SETTINGS"
fi

echo "== starting the platform on CPU $SERVER_CPU (port $PORT, demo data with $SEED_JOBS jobs)"
(cd "$RUN" && LINGONG_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" LINGONG_DB_USER="$PGUSER" \
  exec taskset -c "$SERVER_CPU" java ${SERVER_JAVA_OPTS:-} -jar platform-server.jar --spring.profiles.active=postgres,demo \
    --server.port="$PORT" --platform.demo.seed-jobs="$SEED_JOBS" --platform.jobs.expiry-first-run=PT5S ${SERVER_ARGS:-} \
    >server.log 2>&1) &
SERVER_PID=$!
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "platform did not start:"; tail -30 "$RUN/server.log"; exit 1; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { echo "platform not ready after 300 s"; exit 1; }
echo "   ready (pid $SERVER_PID)"
for _ in $(seq 1 120); do grep -q "left the kiosks' feed" "$RUN/server.log" && break; sleep 0.5; done
pin_backends

if [[ "${JFR:-1}" == 1 ]]; then
  # started now so that its own start-up cost is paid before the load; only the measured phase's samples are counted
  jcmd "$SERVER_PID" JFR.start name=load settings=profile >/dev/null
fi

echo "== Gatling on CPU $LOAD_CPU (nice ${LOAD_NICE:-0}): $RATE requests/s, warm-up $WARMUP s, measured $SECONDS_MEASURED s, $TERMINALS terminals$([[ "${PRESIGN:-0}" == 1 ]] && echo ", requests signed before the load")"
# Gatling's own launcher on the classpath the build wrote (as gatling-maven-plugin runs it, without Maven's start-up)
(cd platform-server && exec nice -n "${LOAD_NICE:-0}" taskset -c "$LOAD_CPU" java -Xmx1G -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12 --add-opens=java.base/java.lang=ALL-UNNAMED ${LOAD_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/load-classpath.txt)" \
  -Dload.url="http://127.0.0.1:$PORT" -Dload.rate="$RATE" -Dload.warmup="$WARMUP" -Dload.seconds="$SECONDS_MEASURED" \
  -Dload.terminals="$TERMINALS" -Dload.syncShare="$SYNC_SHARE" -Dload.marks="$RUN/marks" \
  -Dload.presign="$([[ "${PRESIGN:-0}" == 1 ]] && echo true || echo false)" \
  io.gatling.app.Gatling --simulation org.lingong.platform.server.load.SignedTerminalLoadSimulation \
  --results-folder target/gatling --launcher maven >"$RUN/gatling.log" 2>&1) &
LOAD_PID=$!
# a per-second timeline of Gatling's run (warm-up and measured phase) (CPU busy per core, CPU of the server, PostgreSQL and Gatling), to tell
# a steady overload from a stall
python3 - "$RUN/timeline.txt" "$SERVER_PID" "$LOAD_PID" $(ps -u postgres -o pid=) <<'PY' &
import os, sys, time
out, server, gatling, *pg = sys.argv[1:]
tick = os.sysconf("SC_CLK_TCK")
def cpu(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(f[11]) + int(f[12])
    except OSError:
        return 0
def cores():
    res = []
    for line in open("/proc/stat"):
        if line.startswith("cpu") and line[3].isdigit():
            v = [int(x) for x in line.split()[1:]]
            res.append((sum(v) - v[3] - v[4], sum(v)))
    return res
with open(out, "w") as f:
    f.write("UTC       core busy %  server %  PostgreSQL %  Gatling %\n")
    prev, t = None, 0
    while os.path.exists(f"/proc/{gatling}"):
        now = (cores(), cpu(server), sum(cpu(p) for p in pg), cpu(gatling))
        if prev:
            busy = " ".join(f"{100 * (b[0] - a[0]) / max(1, b[1] - a[1]):3.0f}" for a, b in zip(prev[0], now[0]))
            f.write(f"{time.strftime('%H:%M:%S', time.gmtime())}  {busy}  {100 * (now[1] - prev[1]) / tick:8.0f}  {100 * (now[2] - prev[2]) / tick:12.0f}"
                    f"  {100 * (now[3] - prev[3]) / tick:9.0f}\n")
            f.flush()
        prev, t = now, t + 1
        time.sleep(1)
PY

while [[ ! -f "$RUN/marks/measured-start" ]]; do
  kill -0 "$LOAD_PID" 2>/dev/null || { echo "Gatling ended before the measured phase:"; tail -40 "$RUN/gatling.log"; exit 1; }
  sleep 0.1
done
pin_backends
PG_PIDS="$(backends)"
grep -E "^cpu[0-9]+ " /proc/stat >"$RUN/cpus-start"
threads "$RUN/threads-start.json"
processes "$RUN/processes-start.json"
PG0="$(cpu_ms $PG_PIDS)"
PGK0="$(kernel_ms $PG_PIDS)"
PGALL0="$(cpu_ms $(ps -u postgres -o pid=))"
GATLING0="$(cpu_ms "$LOAD_PID")"
WAL0="$(wal_stats)"
PERF_PID=""
if [[ "${PG_PERF:-0}" == 1 ]]; then
  # where PostgreSQL's backends spend their CPU (a light sampling profile of the measured phase)
  perf record -q -e cpu-clock -F 499 -g -o "$RUN/pg.perf" -p "$(echo $PG_PIDS | tr ' ' ',')" >/dev/null 2>&1 &
  PERF_PID=$!
fi
echo "   measured phase started (load average $(cut -d' ' -f1-3 /proc/loadavg))"

while [[ ! -f "$RUN/marks/measured-end" ]]; do
  kill -0 "$LOAD_PID" 2>/dev/null || { echo "Gatling ended without finishing the measured phase:"; tail -40 "$RUN/gatling.log"; exit 1; }
  sleep 0.1
done
threads "$RUN/threads-end.json"
processes "$RUN/processes-end.json"
grep -E "^cpu[0-9]+ " /proc/stat >"$RUN/cpus-end"
PG1="$(cpu_ms $PG_PIDS)"
PGK1="$(kernel_ms $PG_PIDS)"
PGALL1="$(cpu_ms $(ps -u postgres -o pid=))"
GATLING1="$(cpu_ms "$LOAD_PID")"
WAL1="$(wal_stats)"
if [[ -n "$PERF_PID" ]]; then kill -INT "$PERF_PID" 2>/dev/null || true; wait "$PERF_PID" 2>/dev/null || true; fi
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${JFR:-1}" == 1 ]]; then
  jcmd "$SERVER_PID" JFR.stop name=load filename="$RUN/server.jfr" >/dev/null
fi
GATLING_RC=0
GATLING_PID="$LOAD_PID"
wait "$LOAD_PID" || GATLING_RC=$?
LOAD_PID=""
OTHERS="$(ps -eo pcpu=,comm= --sort=-pcpu | awk '$1 > 5 {printf "%s(%s%%) ", $2, $1}' | head -c 300)"

echo
echo "== result ($(nproc) CPUs; load average at the end $LOADAVG; busiest processes: $OTHERS)"
REPORT="$(ls -td platform-server/target/gatling/*/ | head -1)"
OWN_PIDS="$SERVER_PID $GATLING_PID $PG_PIDS" python3 - "$REPORT" "$(cat "$RUN/marks/measured-end")" "$RUN" "$TICK_MS" \
  "$((PG1 - PG0))" "$(echo $PG_PIDS | wc -w)" "$RATE" "$((GATLING1 - GATLING0))" "$((PGK1 - PGK0))" \
  "$((PGALL1 - PGALL0))" "$WAL0" "$WAL1" <<'EOF'
import collections, html, json, os, re, sys
report, marks, run, tick, pg, backends, rate, gatling, pgkernel, pgall, wal0, wal1 = sys.argv[1:]
start, end = (int(x) for x in marks.split())
seconds = (end - start) / 1000
# the statistics table of Gatling's report: the group "measured" and its requests (the group "warm-up" is left out)
page = open(os.path.join(report, "index.html"), encoding="utf-8").read()
rows = []
for row_id, attrs, row in re.findall(r'<tr id="([^"]+)"([^>]*)>(.*?)</tr>', page, re.S):
    parent = re.search(r'data-parent="([^"]+)"', attrs)
    rows.append((row_id, parent.group(1) if parent else "", row))
names = {i: html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', row).group(1)) for i, _, row in rows}
group = next((i for i, _, _ in rows if names[i] == "measured"), "ROOT")
total = 0
print(f"offered {float(rate):.0f} requests/s; measured phase {seconds:.1f} s (first request sent to last answer)")
for row_id, parent, row in rows:
    if row_id != group and parent != group:
        continue
    name = ("All measured" if group != "ROOT" else "All requests") if row_id == group else names[row_id]
    cells = dict(re.findall(r'col-(\d+)">([^<]*)</td>', row))
    count, ko = int(cells["2"]), int(cells["4"])
    if row_id == group:
        total = count - ko  # answered: a failed connection never reached the server, so it is not a request served
    print(f"{name:<16} {count:>8} requests = {count / seconds:6.0f}/s  errors {ko}  p50 {cells['8']} ms  p95 {cells['10']} ms"
          f"  p99 {cells['11']} ms  max {cells['12']} ms")
if total == 0:
    sys.exit("no answered requests in Gatling's report (see gatling.log)")
print(f"per request below: per answered request ({total} in all, {total / seconds:.0f}/s)")
before = json.load(open(os.path.join(run, "threads-start.json")))
after = json.load(open(os.path.join(run, "threads-end.json")))
groups = collections.Counter()
user = system = 0
for tid, (name, u, s) in after.items():
    u0, s0 = (before[tid][1], before[tid][2]) if tid in before else (0, 0)
    du, ds = (u - u0) * int(tick), (s - s0) * int(tick)
    user, system = user + du, system + ds
    groups[re.sub(r"[-#]?\d+$", "", name).strip() or name] += du + ds
pgms = int(pg)
print(f"server CPU per request: {(user + system) * 1000 / total:.0f} µs ({user * 1000 / total:.0f} user + "
      f"{system * 1000 / total:.0f} kernel) = {(user + system) / seconds / 10:.0f} % of its core"
      f" -> one idle core serves ~{total * 1000 / max(1, user + system):.0f} requests/s")
print("server CPU by thread (threads of the same kind together), µs per request:")
for name, ms in groups.most_common(12):
    if ms > 0:
        print(f"  {ms * 1000 / total:6.0f}  {name}")
print(f"PostgreSQL CPU per request ({backends} backends of the platform, {pgms} ms in all): {pgms * 1000 / total:.0f} µs"
      f" ({int(pgkernel) * 1000 / total:.0f} of it kernel); all of PostgreSQL's processes (WAL writer, checkpointer,"
      f" autovacuum ... too): {int(pgall) * 1000 / total:.0f} µs")
w = [int(b) - int(a) for a, b in zip(wal0.split(), wal1.split())]
if len(w) == 6 and w[5] > 0:
    print(f"WAL (whole cluster): {w[0] / total:.0f} bytes, {w[1] / total:.1f} records, {w[2] / total:.3f} full-page images per"
          f" request; {w[5]} commits of the database ({w[5] / total:.2f} per request), {w[4]} WAL syncs"
          f" ({w[4] / max(1, w[5]):.2f} per commit), {w[3]} WAL writes")
def cpus(name):  # per CPU: (busy, all) jiffies; busy counts everything but idle and iowait (irq and softirq too)
    out = {}
    for line in open(os.path.join(run, name)):
        f = line.split()
        v = [int(x) for x in f[1:]]
        out[f[0]] = (sum(v) - v[3] - v[4], sum(v))
    return out
c0, c1 = cpus("cpus-start"), cpus("cpus-end")
print("CPUs busy in the measured phase (all processes, interrupts included): " + ", ".join(
    f"{k} {100 * (c1[k][0] - c0[k][0]) / max(1, c1[k][1] - c0[k][1]):.0f} %" for k in sorted(c1)))
ps0 = json.load(open(os.path.join(run, "processes-start.json")))
ps1 = json.load(open(os.path.join(run, "processes-end.json")))
mine = {str(p) for p in os.environ.get("OWN_PIDS", "").split()}
others = sorted(((t - ps0.get(pid, [None, 0])[1], name, pid) for pid, (name, t) in ps1.items() if pid not in mine),
                reverse=True)
print("other processes' CPU in the measured phase (not the server, its PostgreSQL backends or Gatling): " + ", ".join(
    f"{name} {pid} {100 * ticks * int(tick) / 1000 / seconds:.1f} %" for ticks, name, pid in others[:6] if ticks > 0))
gms = int(gatling)
print(f"Gatling CPU per request ({gms} ms in all): {gms * 1000 / total:.0f} µs; PostgreSQL and Gatling together "
      f"{(pgms + gms) / seconds / 10:.0f} % of one core")
EOF

if [[ -f "$RUN/server.jfr" ]]; then
  echo
  echo "== where the server's CPU goes (JFR execution samples of the measured phase)"
  TZ=UTC jfr print --events jdk.ExecutionSample --stack-depth 64 "$RUN/server.jfr" >"$RUN/samples.txt"
  python3 - "$RUN/samples.txt" "$(cat "$RUN/marks/measured-end")" <<'EOF'
import collections, sys
DAY = 86_400_000
start, end = (int(x) % DAY for x in sys.argv[2].split())
def measured(text):  # 22:30:51.898 (UTC time of day)
    h, m, rest = text.split(":")
    at = (int(h) * 3600 + int(m) * 60) * 1000 + round(float(rest) * 1000)
    return start <= at <= end if start <= end else at >= start or at <= end
def samples(path):  # stacks (innermost frame first) of the samples taken in the measured phase
    stack, keep = None, False
    for line in open(path, encoding="utf-8"):
        text = line.strip()
        if text.startswith("startTime = "):
            keep = measured(text.split()[2])
        elif text == "stackTrace = [":
            stack = []
        elif text == "]" and stack is not None:
            if keep:
                yield stack
            stack = None
        elif stack is not None and text != "...":
            stack.append(text.split("(")[0])
events = list(samples(sys.argv[1]))
# the first matching area from the top of the stack (the innermost) names where a sample's time goes
areas = [
    ("Ed25519 verification (Bouncy Castle)", ("org.bouncycastle.",)),
    ("logging", ("ch.qos.logback.", "org.slf4j.", "org.apache.logging.")),
    ("PostgreSQL JDBC driver", ("org.postgresql.",)),
    ("Hikari pool", ("com.zaxxer.hikari.",)),
    ("JSON (Jackson)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("SHA-256 / JDK crypto", ("sun.security.", "java.security.", "javax.crypto.", "com.sun.crypto.")),
    ("Caffeine caches", ("com.github.benmanes.caffeine.",)),
    ("Micrometer metrics", ("io.micrometer.",)),
    ("regular expressions", ("java.util.regex.",)),
    ("Spring Security filters", ("org.springframework.security.",)),
    ("Spring JDBC", ("org.springframework.jdbc.",)),
    ("Spring transactions", ("org.springframework.transaction.",)),
    ("Spring MVC", ("org.springframework.web.", "org.springframework.http.")),
    ("Tomcat / servlet", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.", "jakarta.servlet.")),
    ("platform code", ("org.lingong.",)),
]
total = len(events)
leaf = collections.Counter()
area_self = collections.Counter()
inclusive = collections.Counter()
for event in events:
    stack = event
    if not stack:
        continue
    leaf[stack[0]] += 1
    for name, prefixes in areas:
        if any(f.startswith(prefixes) for f in stack):
            inclusive[name] += 1
    for frame in stack:
        hit = next((name for name, prefixes in areas if frame.startswith(prefixes)), None)
        if hit:
            area_self[hit] += 1
            break
    else:
        area_self["other (JDK, JVM)"] += 1
print(f"{total} samples of threads running Java code (time in the kernel, e.g. socket writes, is not sampled)")
if total == 0:
    sys.exit()
print("by area (the innermost frame of a known library; a sample counts once):")
for name, n in area_self.most_common():
    print(f"  {100 * n / total:5.1f} %  {name}")
print("samples with the area anywhere on the stack (overlapping):")
for name, n in inclusive.most_common():
    print(f"  {100 * n / total:5.1f} %  {name}")
print("top 15 methods by own samples:")
for name, n in leaf.most_common(15):
    print(f"  {100 * n / total:5.1f} %  {name}")
EOF
fi
if [[ -s "$RUN/pg.perf" ]]; then
  echo
  echo "== where PostgreSQL's backends spend their CPU (perf, measured phase; self time by symbol)"
  perf report -i "$RUN/pg.perf" --no-children --sort dso,sym --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -40
fi
[[ "$GATLING_RC" == 0 ]] || echo "(Gatling exited with $GATLING_RC)"
grep -E "^(Global|.*(percentile|failed events|requests per second).*: (true|false))|^pre-signed" "$RUN/gatling.log" || true
