#!/usr/bin/env bash
# What perfloop's agent (and profiling on top of it) costs the application it measures: the sample shop
# with every fix on (a healthy service), started afresh for each measurement in one of three variants
#   none           no agent
#   agent          -javaagent:perfloop-agent.jar (capture kept from the start: the steady state of `record`)
#   agent+profile  the agent, plus `perfloop profile --pid` attached for both measured phases
#                  (async-profiler CPU at 10 ms + JFR with perfloop's settings, as `record` profiles)
# and, in each start,
#   1. warm-up: WARMUP s closed loop (CONCURRENCY users) over the bundled access log, not kept
#   2. max:     MAX s closed loop, CONCURRENCY users: throughput the shop sustains
#   3. rate:    DURATION s open model at RATE req/s (default: half the median 'none' max of a calibration
#               start): service p50/p99 from the actual send, corrected p99 from the intended start, and the
#               shop's CPU per request (utime+stime of the shop process, /proc, over the phase)
# Variants are interleaved and their order rotates per repetition, because a shared machine's load drifts
# within minutes; medians over repetitions and ratios against 'none' from the same session are reported.
#
#   benchmarks/agent-overhead.sh                       # REPS=3
#   REPS=5 DURATION=40 VARIANTS="none agent" benchmarks/agent-overhead.sh
#   REPS=5 RATE=117 VARIANTS="agent agent+profile" benchmarks/agent-overhead.sh   # ratios to the first variant
#
# The shop is pinned to SHOP_CPU, the load generator to LOAD_CPU; PostgreSQL 15 (the local server,
# database perfloop_bench, created and seeded on first use) floats. Needs the built jars
# (mvn -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
REPS="${REPS:-3}"
WARMUP="${WARMUP:-90}"  # the shop's CPU per request still falls minutes after start (JIT): warm it long
MAX="${MAX:-20}"
DURATION="${DURATION:-30}"
CONCURRENCY="${CONCURRENCY:-8}"
PORT="${PORT:-28473}"
SHOP_CPU="${SHOP_CPU:-0}"
LOAD_CPU="${LOAD_CPU:-1}"
VARIANTS="${VARIANTS:-none agent agent+profile}"
DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/perfloop_bench?user=postgres}"
SHOP_JAR="$PWD/samples/shop/target/shop.jar"
AGENT_JAR="$(ls "$PWD"/perfloop-agent/target/perfloop-agent-[0-9]*.jar 2>/dev/null | grep -v original | head -1)"
LOG="$PWD/samples/shop/traffic/access.log"
for f in "$SHOP_JAR" "${AGENT_JAR:-perfloop-agent.jar}" perfloop-cli/target/perfloop.jar; do
  [[ -f "$f" ]] || { echo "missing $f: run mvn -B -q package -DskipTests first" >&2; exit 2; }
done
psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname='perfloop_bench'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc 'create database perfloop_bench'

work="$(mktemp -d)"
shop_pid=""
cleanup() { [[ -n "$shop_pid" ]] && kill "$shop_pid" 2>/dev/null && wait "$shop_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
results="$work/results.tsv"
URL="http://127.0.0.1:$PORT"

# start_shop VARIANT REP: starts the shop pinned to SHOP_CPU and waits until it answers
start_shop() {
  local variant="$1" rep="$2" opts=()
  if [[ "$variant" != none ]]; then opts=("-javaagent:$AGENT_JAR=output=$work/agent-$rep-${variant//+/-},keep=true"); fi
  taskset -c "$SHOP_CPU" java "${opts[@]}" -jar "$SHOP_JAR" --port="$PORT" --fix=all --db-url="$DB_URL" \
    > "$work/shop.log" 2>&1 &
  shop_pid=$!
  for _ in $(seq 1 480); do
    curl -sf -o /dev/null "$URL/api/fixes" && return 0
    kill -0 "$shop_pid" 2>/dev/null || { tail -20 "$work/shop.log" >&2; exit 3; }
    sleep 0.25
  done
  echo "the shop did not start" >&2; tail -20 "$work/shop.log" >&2; exit 3
}
stop_shop() { kill "$shop_pid"; wait "$shop_pid" 2>/dev/null || true; shop_pid=""; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$shop_pid/stat"; }
# load PHASE ARGS...: runs perfloop load pinned to LOAD_CPU; prints the run file
load() {
  taskset -c "$LOAD_CPU" ./perfloop load "$LOG" --target "$URL" --progress never --runs-dir "$work/runs" "$@" \
    > "$work/load.out" 2>"$work/load.err" || { cat "$work/load.err" >&2; exit 3; }
  sed -n 's/^run written to //p' "$work/load.out"
}
# row VARIANT REP PHASE RUNFILE TICKS
row() {
  python3 - "$@" >> "$results" <<'PY'
import json, os, sys
variant, rep, phase, path, ticks = sys.argv[1:6]
r = json.load(open(path)); o = r["overall"]; w = r["workload"]
n = o["requests"]; hz = os.sysconf("SC_CLK_TCK")
print("\t".join([variant, rep, phase, "%.1f" % (n / w["durationSeconds"]), str(o["service"]["p50"]), str(o["service"]["p99"]),
                 str(o["corrected"]["p99"]), "%.3f" % (int(ticks) * 1000.0 / hz / max(n, 1)), str(o["errors"])]))
PY
}

echo "== $(uptime | sed 's/^ *//')"
if [[ -z "${RATE:-}" ]]; then
  echo "== calibration: max throughput without the agent, $CONCURRENCY users"
  start_shop none 0
  load --concurrency "$CONCURRENCY" --duration "${WARMUP}s" > /dev/null
  for i in 1 2; do row none "0.$i" max "$(load --concurrency "$CONCURRENCY" --duration "${MAX}s")" 0; done
  stop_shop
  RATE=$(awk -F'\t' '$3 == "max" {print $4}' "$results" | sort -n | awk '{a[NR]=$1} END {printf "%d", a[int((NR+1)/2)] * 0.5}')
  : > "$results"
fi
echo "== fixed rate: $RATE req/s; $REPS repetitions of: $VARIANTS (rotating order)"
read -r -a variants <<< "$VARIANTS"
for rep in $(seq 1 "$REPS"); do
  for k in "${!variants[@]}"; do
    variant="${variants[$(( (k + rep - 1) % ${#variants[@]} ))]}"
    start_shop "$variant" "$rep"
    load --concurrency "$CONCURRENCY" --duration "${WARMUP}s" > /dev/null
    profiler=""
    if [[ "$variant" == *profile ]]; then
      # attached for both measured phases: the maximum throughput is what the ≤ 2 % target is about
      ./perfloop profile --pid "$shop_pid" --duration "$((MAX + DURATION + 4))s" --out "$work/profile-$rep" > "$work/profile.out" 2>&1 &
      profiler=$!
      sleep 2
    fi
    before=$(cpu_ticks); run=$(load --concurrency "$CONCURRENCY" --duration "${MAX}s"); row "$variant" "$rep" max "$run" $(( $(cpu_ticks) - before ))
    before=$(cpu_ticks); run=$(load --rate "$RATE" --duration "${DURATION}s"); row "$variant" "$rep" rate "$run" $(( $(cpu_ticks) - before ))
    if [[ -n "$profiler" ]]; then
      wait "$profiler" || { echo "perfloop profile failed:" >&2; tail -5 "$work/profile.out" >&2; }
      grep -m1 -i 'samples' "$work/profile.out" | sed 's/^/   profile: /' || true
    fi
    stop_shop
    echo "   rep $rep $variant: $(awk -F'\t' -v v="$variant" -v r="$rep" '$1 == v && $2 == r {printf "%s %s req/s p99 %s us cpu %s ms/req; ", $3, $4, $6, $8}' "$results")"
  done
done
echo "== $(uptime | sed 's/^ *//')"
python3 - "$results" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
def med(variant, phase, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == variant and r[2] == phase)
variants = list(dict.fromkeys(r[0] for r in rows))
baseline = "none" if "none" in variants else variants[0]
print("median of %d repetitions; ratio = variant / %s" % (len([r for r in rows if r[0] == variants[0] and r[2] == "max"]), baseline))
print("| variant | max req/s | ratio | rate: service p50 us | ratio | service p99 us | ratio | corrected p99 us | ratio | CPU ms/req | ratio |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for v in variants:
    cells = []
    for phase, col in (("max", 3), ("rate", 4), ("rate", 5), ("rate", 6), ("rate", 7)):
        m, base = med(v, phase, col), med(baseline, phase, col)
        cells += ["%.1f" % m if col in (3, 7) else "%.0f" % m, "%.3f" % (m / base)]
    print("| %s | %s |" % (v, " | ".join(cells)))
for v in variants:
    if v == baseline:
        continue
    for phase, col, name in (("max", 3, "max req/s"), ("rate", 5, "p99 at the fixed rate"), ("rate", 7, "CPU per request")):
        ratios = []
        for rep in sorted({r[1] for r in rows if r[0] == v}):
            mine = [float(r[col]) for r in rows if r[0] == v and r[1] == rep and r[2] == phase]
            base = [float(r[col]) for r in rows if r[0] == baseline and r[1] == rep and r[2] == phase]
            if mine and base:
                ratios.append(mine[0] / base[0])
        if ratios:
            print("%s / %s, %s, per repetition: %s; median %.3f" % (v, baseline, name, " ".join("%.3f" % x for x in ratios), statistics.median(ratios)))
errors = sum(int(r[8]) for r in rows)
print("errors in all runs: %d" % errors)
PY
