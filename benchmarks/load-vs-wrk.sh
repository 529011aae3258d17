#!/usr/bin/env bash
# perfloop load vs wrk on one trivial loopback endpoint (nginx `return 200 "ok"`, one worker).
#
#   benchmarks/load-vs-wrk.sh                      # REPS=3 DURATION=20 by default
#   REPS=5 DURATION=30 CLIENTS="nio jetty" benchmarks/load-vs-wrk.sh
#   PERFLOOP_JAR=/path/to/older/perfloop.jar benchmarks/load-vs-wrk.sh   # measure another build the same way
#
# The server is pinned to SERVER_CPU and the generator (wrk, or perfloop through the ./perfloop launcher with
# its default JVM options) to LOAD_CPU, so each tool gets the same single core and the server is the same.
# Runs are interleaved (wrk, perfloop, wrk, perfloop, ...) and medians reported, because a shared machine's
# load drifts within minutes; `uptime` is printed with each phase.
#  1. max throughput, closed loop with CONNECTIONS connections: wrk -c, perfloop --concurrency
#  2. a fixed rate of 50 % of perfloop's median max (RATE_FRACTIONS="0.5 0.25" adds more rates): perfloop --rate (open model; corrected latency from each
#     intended start, and service time from the actual send) next to wrk paced by a Lua delay() of DELAY_MS
#     per connection, with as many connections as a 3 s calibration run shows reach the rate (Debian's wrk has
#     no -R; that is wrk2). It is a closed loop with think time, not an open model: it cannot queue behind a
#     slow server, so compare its latency with perfloop's service time, and only while perfloop is not blocked.
#     wrk's latency is from its actual send, like perfloop's service time; its numbers are read exactly,
#     in microseconds, from its Lua done() callback.
#     Both are checked against the wire: tcpdump (pinned to the server's CPU) records every request and
#     response segment during the rate runs, and benchmarks/wire_latency.py gives the kernel's view of the
#     same exchanges, independent of either tool's clock.
#  3. generator CPU: user+sys of the whole process from /usr/bin/time per 1,000 requests, JVM start-up,
#     JIT and the run file included.
set -euo pipefail
cd "$(dirname "$0")/.."
REPS="${REPS:-3}"
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-64}"
CLIENTS="${CLIENTS:-nio}"
DELAY_MS="${DELAY_MS:-10}"
RATE_FRACTIONS="${RATE_FRACTIONS:-0.5}"
PORT="${PORT:-28471}"
SERVER_CPU="${SERVER_CPU:-0}"
LOAD_CPU="${LOAD_CPU:-1}"
export PERFLOOP_JAR="${PERFLOOP_JAR:-$PWD/perfloop-cli/target/perfloop.jar}"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
command -v tcpdump >/dev/null || { apt-get update -qq && apt-get install -y -qq tcpdump >/dev/null; }
[[ -f "$PERFLOOP_JAR" ]] || mvn -B -q -pl perfloop-cli -am package -DskipTests

work="$(mktemp -d)"
cleanup() { [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  server { listen 127.0.0.1:$PORT; location / { return 200 "ok"; } }
}
CONF
taskset -c "$SERVER_CPU" nginx -c "$work/nginx.conf" -p "$work"
sleep 0.5
URL="http://127.0.0.1:$PORT"
echo "GET /" > "$work/ping.targets"
cat > "$work/report.lua" <<'LUA'
function done(summary, latency, requests)
  io.write(string.format("WRK requests %d seconds %.3f p50 %d p99 %d\n", summary.requests,
    summary.duration / 1e6, latency:percentile(50), latency:percentile(99)))
end
LUA
cat > "$work/paced.lua" <<LUA
function delay() return $DELAY_MS end
$(cat "$work/report.lua")
LUA
results="$work/results.tsv"

# timed OUTFILE CMD... : runs CMD pinned to the generator CPU, stdout to OUTFILE; prints user+sys CPU seconds
timed() {
  local out="$1"; shift
  /usr/bin/time -f "%U %S" -o "$work/time" taskset -c "$LOAD_CPU" "$@" > "$out" 2>"$work/stderr" \
    || { cat "$work/stderr" >&2; exit 1; }
  awk '{print $1 + $2}' "$work/time"
}
# capture CMD... : runs a rate-phase command while tcpdump records the exchanges; appends wire p50/p99 (us)
capture() {
  taskset -c "$SERVER_CPU" tcpdump -i lo -n -s 160 -B 65536 --time-stamp-precision=nano -w "$work/cap.pcap" \
    "tcp port $PORT and tcp[tcpflags] & tcp-push != 0" 2>"$work/tcpdump.err" &
  local pid=$!
  sleep 1
  "$@"
  kill -INT "$pid"; wait "$pid" || true
  local wire; wire=$(python3 benchmarks/wire_latency.py "$work/cap.pcap" "$PORT" | awk '{printf "%s\t%s", $5, $7}')
  local dropped; dropped=$(awk '/dropped by kernel/ {print $1}' "$work/tcpdump.err")
  sed -i '$ s/$/\t'"$wire"'\t'"${dropped:-0}"'/' "$results"
}
# run_wrk PHASE REP CONNECTIONS SCRIPT -> appends "phase tool rep req/s cpu_ms_per_1k p50 p99" to the results
run_wrk() {
  local phase="$1" rep="$2" conns="$3" script="$4"
  local cpu; cpu=$(timed "$work/wrk.out" wrk -t1 -c"$conns" -d"${DURATION}s" -s "$script" "$URL/")
  awk -v phase="$phase" -v rep="$rep" -v cpu="$cpu" '/^WRK/ {printf "%s\twrk\t%s\t%.0f\t%.1f\t%d\t%d\n",
    phase, rep, $3 / $5, cpu * 1e6 / $3, $7, $9}' "$work/wrk.out" >> "$results"
}
run_perfloop() {
  local phase="$1" rep="$2" tool="$3"; shift 3
  local cpu; cpu=$(timed "$work/pl.out" ./perfloop load "$work/ping.targets" --target "$URL" --duration "${DURATION}s" \
    --progress never --runs-dir "$work/runs" "$@")
  python3 - "$(sed -n 's/^run written to //p' "$work/pl.out")" "$phase" "$rep" "$tool" "$cpu" >> "$results" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); o = r["overall"]; w = r["workload"]
n = o["requests"]; cpu = float(sys.argv[5])
print("\t".join([sys.argv[2], sys.argv[4], sys.argv[3], "%.0f" % (n / w["durationSeconds"]), "%.1f" % (cpu * 1e6 / n),
                 str(o["service"]["p50"]), str(o["service"]["p99"]), str(o["corrected"]["p50"]),
                 str(o["corrected"]["p99"]), str(w["blocked"]), str(w["dropped"]), str(len(w["stalls"]))]))
PY
}

echo "== $(uptime | sed 's/^ *//')"
echo "== max throughput: $CONNECTIONS connections, ${DURATION}s, generator on CPU $LOAD_CPU, nginx on CPU $SERVER_CPU," \
  "$REPS interleaved repetitions"
for rep in $(seq 1 "$REPS"); do
  run_wrk max "$rep" "$CONNECTIONS" "$work/report.lua"
  for client in $CLIENTS; do
    run_perfloop max "$rep" "perfloop-$client" --concurrency "$CONNECTIONS" --client "$client"
  done
done
echo "== $(uptime | sed 's/^ *//')"
max=$(awk -F'\t' '$1 == "max" && $2 == "perfloop-'"${CLIENTS%% *}"'" {print $4}' "$results" | sort -n \
  | awk '{v[NR] = $1} END {printf "%d", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
for fraction in $RATE_FRACTIONS; do
  rate=$(awk -v m="$max" -v f="$fraction" 'BEGIN {printf "%d", m * f}')
  conns=$(awk -v r="$rate" -v d="$DELAY_MS" 'BEGIN {c = int(r * (d + 0.3) / 1000 + 0.5); print c < 1 ? 1 : c}')
  # calibrate: a connection's cycle is DELAY_MS plus the latency plus wrk's timer slop, so scale the connections
  # by how far a 3 s paced run fell short of the rate
  taskset -c "$LOAD_CPU" wrk -t1 -c"$conns" -d3s -s "$work/paced.lua" "$URL/" > "$work/calibrate.out"
  conns=$(awk -v r="$rate" -v c="$conns" '/^WRK/ {n = int(c * r / ($3 / $5) + 0.5); print n < 1 ? 1 : n}' "$work/calibrate.out")
  echo "== fixed rate $rate req/s ($fraction of perfloop's median max), ${DURATION}s; wrk: $conns connections x 1" \
    "request per ${DELAY_MS} ms after each response"
  for rep in $(seq 1 "$REPS"); do
    capture run_wrk "rate-$fraction" "$rep" "$conns" "$work/paced.lua"
    capture run_perfloop "rate-$fraction" "$rep" perfloop --rate "$rate" --connections "$CONNECTIONS"
  done
done
echo "== $(uptime | sed 's/^ *//')"
python3 - "$results" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
med = lambda xs: statistics.median(xs)
def show(phase, header, fmt):
    print(header)
    for r in rows:
        if r[0] == phase:
            print(fmt(r))
show("max", "rep  tool               req/s  cpu ms/1k req",
     lambda r: "%-4s %-15s %8s  %6s" % (r[2], r[1], r[3], r[4]))
tools = [t for t in dict.fromkeys(r[1] for r in rows if r[0] == "max")]
wrk = {r[2]: float(r[3]) for r in rows if r[0] == "max" and r[1] == "wrk"}
for t in tools:
    rs = [r for r in rows if r[0] == "max" and r[1] == t]
    rate = med([float(r[3]) for r in rs])
    print("median %-15s %8.0f req/s  cpu %5.1f ms/1k req  ratio to wrk: of the medians %.2f, median of the"
          " repetitions' ratios %.2f" % (t, rate, med([float(r[4]) for r in rs]), rate / med(list(wrk.values())),
                                         med([float(r[3]) / wrk[r[2]] for r in rs])))
for phase in dict.fromkeys(r[0] for r in rows if r[0].startswith("rate")):
    print("-- " + phase)
    show(phase, "rep  tool          req/s  cpu ms/1k  service p50/p99 us   wire p50/p99 us   corrected p50/p99 us"
         "  blocked dropped stalls",
         lambda r: "%-4s %-10s %8s  %8s  %7s %8s  %7s %8s  " % (r[2], r[1], r[3], r[4], r[5], r[6], r[-3], r[-2])
         + ("%8s %9s  %7s %7s %6s" % tuple(r[7:12]) if r[1] == "perfloop" else "  (wrk: from its actual send)"))
    for t in ("wrk", "perfloop"):
        rs = [r for r in rows if r[0] == phase and r[1] == t]
        m = lambda i: med([float(r[i]) for r in rs])
        line = ("median %-9s %8.0f req/s  cpu %5.1f ms/1k req  service p50 %6.0f us  p99 %7.0f us  wire p50 %6.0f us"
                "  p99 %7.0f us" % (t, m(3), m(4), m(5), m(6), m(-3), m(-2)))
        if t == "perfloop":
            line += "  corrected p50 %6.0f us  p99 %7.0f us  blocked %.0f" % (m(7), m(8), m(9))
        print(line)
print("(wire: kernel timestamps of the same exchanges from tcpdump; capture drops per run: %s)"
      % ", ".join(r[-1] for r in rows if r[0].startswith("rate")))
PY
