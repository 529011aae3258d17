#!/usr/bin/env bash
# perfloop load vs wrk on one trivial loopback endpoint (nginx `return 200 "ok"`, one worker).
#
#   benchmarks/load-vs-wrk.sh            # DURATION=10 by default
#   DURATION=20 CONNECTIONS=64 benchmarks/load-vs-wrk.sh
#
# On a 2-core machine the server is pinned to CPU 0 and the generator (wrk or perfloop) to CPU 1, so
# each tool gets the same single core and the server is the same for both.
#  1. max throughput, closed loop with CONNECTIONS connections: wrk, perfloop (jetty client), perfloop (jdk client)
#  2. a fixed rate of 50 % of wrk's max: wrk paced by a Lua delay() per connection (Debian's wrk has no -R),
#     perfloop --rate (open model); p50/p99 side by side
#  3. generator CPU (user+sys from /usr/bin/time) per 1,000 requests, JVM start-up included
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-18080}"
SERVER_CPU="${SERVER_CPU:-0}"
LOAD_CPU="${LOAD_CPU:-1}"
JAR=perfloop-cli/target/perfloop.jar

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
[[ -f "$JAR" ]] || mvn -B -q -pl perfloop-cli -am package -DskipTests

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

# run_time OUTFILE CMD... : runs CMD, stdout to OUTFILE, prints "user sys" CPU seconds
run_time() { local out="$1"; shift; /usr/bin/time -f "%U %S" -o "$work/time" "$@" > "$out" 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }; cat "$work/time"; }

wrk_rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
wrk_requests() { awk '/requests in/ {print $1}' "$1"; }
# wrk --latency prints "50.00%  123.00us"; convert to microseconds
wrk_pct() { awk -v p="$2" '$1==p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); print v} else if (v ~ /ms$/) {sub(/ms/,"",v); print v*1000} else {sub(/s$/,"",v); print v*1000000}}' "$1"; }
run_json() { sed -n 's/^run written to //p' "$1"; }
pl() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

echo "== max throughput, $CONNECTIONS connections, ${DURATION}s, generator on CPU $LOAD_CPU, nginx on CPU $SERVER_CPU"
t=$(run_time "$work/wrk-max" taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL/")
wrk_max=$(wrk_rps "$work/wrk-max"); wrk_n=$(wrk_requests "$work/wrk-max")
wrk_cpu=$(echo "$t" | awk -v n="$wrk_n" '{printf "%.1f", ($1+$2)*1000*1000/n}')
printf "wrk                 %10.0f req/s   cpu %s ms/1k req\n" "$wrk_max" "$wrk_cpu"

declare -A pl_max pl_cpu
for client in jetty jdk; do
  t=$(run_time "$work/pl-$client" taskset -c "$LOAD_CPU" java -jar "$JAR" load "$work/ping.targets" --target "$URL" \
        --concurrency "$CONNECTIONS" --duration "${DURATION}s" --client "$client" --progress never --runs-dir "$work/runs")
  rj=$(run_json "$work/pl-$client")
  n=$(pl "$rj" "r['overall']['requests']")
  pl_max[$client]=$(pl "$rj" "round(r['overall']['requests']/r['workload']['durationSeconds'])")
  pl_cpu[$client]=$(echo "$t" | awk -v n="$n" '{printf "%.1f", ($1+$2)*1000*1000/n}')
  printf "perfloop (%-5s)    %10.0f req/s   cpu %s ms/1k req   ratio %.2f\n" "$client" "${pl_max[$client]}" "${pl_cpu[$client]}" \
    "$(echo "${pl_max[$client]} $wrk_max" | awk '{print $1/$2}')"
done

rate=$(echo "$wrk_max" | awk '{printf "%d", $1/2}')
delay_ms=10
conns=$(( rate * delay_ms / 1000 ))
[[ $conns -lt 1 ]] && conns=1
echo "== fixed rate ~${rate} req/s (50 % of wrk max), ${DURATION}s"
cat > "$work/pace.lua" <<LUA
function delay() return $delay_ms end
LUA
t=$(run_time "$work/wrk-rate" taskset -c "$LOAD_CPU" wrk -t1 -c"$conns" -d"${DURATION}s" --latency -s "$work/pace.lua" "$URL/")
wrk_rate=$(wrk_rps "$work/wrk-rate"); wrk_n=$(wrk_requests "$work/wrk-rate")
wrk_cpu_rate=$(echo "$t" | awk -v n="$wrk_n" '{printf "%.1f", ($1+$2)*1000*1000/n}')
printf "wrk      (%4d conns x 1 req/%dms) %8.0f req/s  p50 %6.0fus  p99 %6.0fus  cpu %s ms/1k req\n" "$conns" "$delay_ms" \
  "$wrk_rate" "$(wrk_pct "$work/wrk-rate" 50.000%)" "$(wrk_pct "$work/wrk-rate" 99.000%)" "$wrk_cpu_rate"
t=$(run_time "$work/pl-rate" taskset -c "$LOAD_CPU" java -jar "$JAR" load "$work/ping.targets" --target "$URL" \
      --rate "$rate" --duration "${DURATION}s" --connections "$CONNECTIONS" --progress never --runs-dir "$work/runs")
rj=$(run_json "$work/pl-rate")
n=$(pl "$rj" "r['overall']['requests']")
printf "perfloop (open model, %d conns)   %8.0f req/s  p50 %6dus  p99 %6dus  cpu %s ms/1k req  (corrected)\n" "$CONNECTIONS" \
  "$(pl "$rj" "r['overall']['requests']/r['workload']['durationSeconds']")" "$(pl "$rj" "r['overall']['corrected']['p50']")" \
  "$(pl "$rj" "r['overall']['corrected']['p99']")" "$(echo "$t" | awk -v n="$n" '{printf "%.1f", ($1+$2)*1000*1000/n}')"
printf "%-38s %8s       p50 %6dus  p99 %6dus  (service time)\n" "" "" "$(pl "$rj" "r['overall']['service']['p50']")" \
  "$(pl "$rj" "r['overall']['service']['p99']")"
printf "perfloop blocked %s, dropped %s, generator stalls %s\n" "$(pl "$rj" "r['workload']['blocked']")" \
  "$(pl "$rj" "r['workload']['dropped']")" "$(pl "$rj" "len(r['workload']['stalls'])")"
