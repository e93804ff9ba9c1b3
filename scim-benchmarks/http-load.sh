#!/usr/bin/env bash
# HTTP binding throughput with the load generator in its own process on its own core: the ratio
# SCIMworks / hello-world per binding (jdk, servlet) and request (Entra's matching query
# GET /Users?filter=userName eq "user500@contoso.com" and GET /Users/{id}, bearer token). The
# targets of LoadTarget (jdk-hello, jdk-scim, servlet-hello, servlet-scim) run pinned to core 0,
# wrk pinned to core 1; the hello targets answer the same URLs with {"hello":"world"}.
#
# Two modes:
# - paired (the default): a binding's hello and SCIM targets run side by side, both pinned to
#   core 0 (the one not measured is idle), each warmed up; then, per request, -P pairs of -d
#   second windows (default 10) alternate hello, scim, scim, hello, hello, scim... Each pair gives
#   a ratio from two adjacent windows, so drift of the machine's throughput over minutes (20-50%
#   on a shared VM) cancels out; the script prints each pair's ratio, their median and spread.
# - sequential (-m sequential, or any -r): each target runs alone, one after the other, and is
#   measured -r rounds of -d seconds (default 30) per request, alternating which request goes
#   first; the ratio divides medians of targets measured minutes apart.
#
# Warm-up (both modes): windows of -W seconds alternate between the two requests until the server
# is steady: each request's last window within 3% of its previous one, and the JIT (which shares
# core 0 with the server, so it finishes late under load) compiled at most 10 methods during the
# last pair of windows (jstat -compiler; without jstat only the first test applies). At least two
# pairs of windows, at most -w seconds in all; the script prints how the warm-up ended.
# Every measured window prints requests/s, the server's CPU time per request and how busy its
# core was.
#
# Usage (from the repository root, after building the jar):
#   ./mvnw -B -o -q package -pl scim-benchmarks -am -DskipTests
#   scim-benchmarks/http-load.sh [-m paired|sequential] [-P pairs] [-r rounds] [-d seconds]
#                                [-w max warm-up seconds] [-W warm-up window seconds]
#                                [-c connections] [-u users] [-p port]
# Defaults: -m paired -P 6 -d 10 (sequential: -r 1 -d 30) -w 100 -W 10 -c 16 -u 1000 -p 18080
# (paired uses ports -p and -p + 1). Paired with the defaults takes at most about 15 minutes, as
# does -r 3 -d 20. Needs 2 cores, taskset and wrk (installed with apt-get when missing). JAVA_OPTS
# is passed to the server JVMs.
set -euo pipefail

MODE=""
PAIRS=6
DURATION=""
WARMUP=100
WINDOW=10
CONNECTIONS=16
USERS=1000
PORT=18080
ROUNDS=""
while getopts "m:P:d:w:W:c:u:p:r:" opt; do
  case "$opt" in
    m) MODE=$OPTARG ;;
    P) PAIRS=$OPTARG ;;
    d) DURATION=${OPTARG%s} ;;
    w) WARMUP=${OPTARG%s} ;;
    W) WINDOW=${OPTARG%s} ;;
    c) CONNECTIONS=$OPTARG ;;
    u) USERS=$OPTARG ;;
    p) PORT=$OPTARG ;;
    r) ROUNDS=$OPTARG ;;
    *) sed -n '2,36p' "$0"; exit 2 ;;
  esac
done
# -r belongs to the sequential mode: command lines from before the paired mode keep their meaning
[ -z "$MODE" ] && { [ -n "$ROUNDS" ] && MODE=sequential || MODE=paired; }
case "$MODE" in
  paired) [ -n "$ROUNDS" ] && { echo "-r is for -m sequential; -P sets the pairs" >&2; exit 2; }
          DURATION=${DURATION:-10} ;;
  sequential) ROUNDS=${ROUNDS:-1} DURATION=${DURATION:-30} ;;
  *) echo "-m is paired or sequential" >&2; exit 2 ;;
esac

HERE=$(cd "$(dirname "$0")" && pwd)
JAR="$HERE/target/benchmarks.jar"
TOKEN=benchmark-token
if [ ! -f "$JAR" ]; then
  echo "no $JAR: build it with ./mvnw -B -o -q package -pl scim-benchmarks -am -DskipTests" >&2
  exit 1
fi
if ! command -v wrk >/dev/null; then
  echo "installing wrk" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y -qq wrk >/dev/null
fi
command -v taskset >/dev/null || { echo "taskset (util-linux) is needed" >&2; exit 1; }
if [ "$(nproc --all)" -lt 2 ]; then
  echo "needs at least 2 cores (server on core 0, wrk on core 1)" >&2
  exit 1
fi

LOG=$(mktemp -d)
declare -A PID ID_OF PORT_OF # per running target: its JVM, user500's id, its port
cleanup() {
  local t
  for t in "${!PID[@]}"; do
    kill "${PID[$t]}" 2>/dev/null || true
    wait "${PID[$t]}" 2>/dev/null || true
  done
  rm -rf "$LOG"
}
trap cleanup EXIT

# the CPU time so far (user + system) of the process $1, in clock ticks
server_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)

# measure <target> <seconds> <url>: "<requests/s> <server CPU us per request> <server core busy %>";
# fails if an answer was not 2xx
measure() {
  local pid=${PID[$1]} seconds=$2 url=$3 out before after
  before=$(server_ticks "$pid")
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" \
    -H "Authorization: Bearer $TOKEN" "$url")
  after=$(server_ticks "$pid")
  if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
    echo "non-2xx answers from $url:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk -v b="$before" -v a="$after" -v hz="$TICKS_PER_SECOND" -v s="$seconds" '
    /requests in/ { n = $1 }
    /^Requests\/sec:/ { rps = $2 }
    END { printf "%s %.1f %.0f\n", rps, (a - b) / hz * 1e6 / n, (a - b) / hz / s * 100 }' <<<"$out"
}

# methods the JIT of process $1 has compiled so far, or 0 without jstat
compiled() {
  if command -v jstat >/dev/null; then
    jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 {print $1 + 0}' || echo 0
  else
    echo 0
  fi
}

# url <target> <filter|id>
url() {
  local base="http://127.0.0.1:${PORT_OF[$1]}/scim/v2/Users"
  if [ "$2" = filter ]; then
    echo "$base?filter=userName%20eq%20%22user500%40contoso.com%22"
  else
    echo "$base/${ID_OF[$1]}"
  fi
}

# start <target> <port>: the target's JVM on core 0, once it listens (SCIM targets checked)
start() {
  local target=$1 port id
  # shellcheck disable=SC2086
  taskset -c 0 java ${JAVA_OPTS:-} -cp "$JAR" io.scimworks.benchmarks.server.LoadTarget \
    "$target" "$2" "$USERS" >"$LOG/$target.out" 2>&1 &
  PID[$target]=$!
  for _ in $(seq 1 600); do
    grep -q '^READY' "$LOG/$target.out" && break
    kill -0 "${PID[$target]}" 2>/dev/null || { cat "$LOG/$target.out" >&2; exit 1; }
    sleep 0.2
  done
  read -r _ port id < <(grep '^READY' "$LOG/$target.out")
  [ "$id" = "-" ] && id=2819c223-7f76-453a-919d-413861904646
  PORT_OF[$target]=$port ID_OF[$target]=$id
  if [[ $target == *-scim ]] && command -v curl >/dev/null; then
    # the SCIM targets must really find the user, not answer an empty list
    curl -sf -H "Authorization: Bearer $TOKEN" "$(url "$target" filter)" |
      grep -q '"totalResults":1' ||
      { echo "$target did not find user500 through the filter" >&2; exit 1; }
    curl -sf -H "Authorization: Bearer $TOKEN" "$(url "$target" id)" |
      grep -q 'user500@contoso.com' || { echo "$target did not return user500 by id" >&2; exit 1; }
  fi
}

stop() {
  kill "${PID[$1]}"
  wait "${PID[$1]}" 2>/dev/null || true
  unset "PID[$1]"
}

# warm_up <target>: alternates windows on its two URLs until steady (see the header)
warm_up() {
  local target=$1 pid=${PID[$1]} spent=0 pairs=0 prev_filter="" prev_id="" rps_filter rps_id
  local out steady=0 c0 c1 n=0
  c0=$(compiled "$pid")
  while [ "$spent" -lt "$WARMUP" ]; do
    out=$(measure "$target" "$WINDOW" "$(url "$target" filter)")
    read -r rps_filter _ <<<"$out"
    out=$(measure "$target" "$WINDOW" "$(url "$target" id)")
    read -r rps_id _ <<<"$out"
    spent=$((spent + 2 * WINDOW))
    pairs=$((pairs + 1))
    c1=$(compiled "$pid")
    n=$((c1 - c0))
    if [ "$pairs" -ge 2 ] && awk -v a="$prev_filter" -v b="$rps_filter" -v c="$prev_id" \
      -v d="$rps_id" -v n="$n" \
      'BEGIN { exit !((b - a) / a < 0.03 && (a - b) / a < 0.03 && (d - c) / c < 0.03 &&
                      (c - d) / c < 0.03 && n <= 10) }'; then
      steady=1
      break
    fi
    prev_filter=$rps_filter prev_id=$rps_id c0=$c1
  done
  if [ "$steady" -eq 1 ]; then
    printf '%-14s warm-up %4d s: steady (%s and %s req/s, %d methods compiled in the last pair)\n' \
      "$target" "$spent" "$rps_filter" "$rps_id" "$n"
  else
    printf '%-14s warm-up %4d s: NOT steady at the cap (last %s and %s req/s, %d methods compiled)\n' \
      "$target" "$spent" "$rps_filter" "$rps_id" "$n"
  fi
}

median() { tr ' ' '\n' | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

sequential() {
  local target all_filter all_id round order request result rps cpu busy
  declare -A RPS
  for target in jdk-hello jdk-scim servlet-hello servlet-scim; do
    start "$target" "$PORT"
    warm_up "$target"
    all_filter="" all_id=""
    for round in $(seq 1 "$ROUNDS"); do
      if [ $((round % 2)) -eq 1 ]; then order="filter id"; else order="id filter"; fi
      for request in $order; do
        result=$(measure "$target" "$DURATION" "$(url "$target" "$request")")
        read -r rps cpu busy <<<"$result"
        printf '%-14s round %d %-7s %10s req/s   server CPU %6s us/request   core busy %3s%%\n' \
          "$target" "$round" "$request" "$rps" "$cpu" "$busy"
        [ "$request" = filter ] && all_filter="$all_filter $rps" || all_id="$all_id $rps"
      done
    done
    RPS[$target/filter]=$(median <<<"${all_filter# }")
    RPS[$target/id]=$(median <<<"${all_id# }")
    printf '%-14s filter %10s req/s   by id %10s req/s   (median of %d)\n' \
      "$target" "${RPS[$target/filter]}" "${RPS[$target/id]}" "$ROUNDS"
    stop "$target"
  done
  echo
  echo "ratio SCIMworks / hello-world (target: at least 0.85)"
  for binding in jdk servlet; do
    for request in filter id; do
      awk -v s="${RPS[$binding-scim/$request]}" -v h="${RPS[$binding-hello/$request]}" \
        -v b="$binding" -v r="$request" 'BEGIN { printf "%-8s %-7s %.2f\n", b, r, s / h }'
    done
  done
}

paired() {
  local binding request pair order target result rps cpu busy ratio ratios hello scim
  declare -A SUMMARY
  for binding in jdk servlet; do
    start "$binding-hello" "$PORT"
    start "$binding-scim" $((PORT + 1))
    warm_up "$binding-hello"
    warm_up "$binding-scim"
    # the hello target sat idle while the SCIM one warmed up: one unmeasured window wakes it
    measure "$binding-hello" "$WINDOW" "$(url "$binding-hello" filter)" >/dev/null
    for request in filter id; do
      ratios=""
      for pair in $(seq 1 "$PAIRS"); do
        # hello, scim, scim, hello, ...: within a pair neither always goes first
        if [ $((pair % 2)) -eq 1 ]; then order="hello scim"; else order="scim hello"; fi
        for target in $order; do
          result=$(measure "$binding-$target" "$DURATION" "$(url "$binding-$target" "$request")")
          read -r rps cpu busy <<<"$result"
          printf '%-8s %-7s pair %2d %-6s %10s req/s   server CPU %6s us/request   core busy %3s%%\n' \
            "$binding" "$request" "$pair" "$target" "$rps" "$cpu" "$busy"
          [ "$target" = hello ] && hello=$rps || scim=$rps
        done
        ratio=$(awk -v s="$scim" -v h="$hello" 'BEGIN { printf "%.3f", s / h }')
        printf '%-8s %-7s pair %2d ratio %s\n' "$binding" "$request" "$pair" "$ratio"
        ratios="$ratios $ratio"
      done
      SUMMARY[$binding/$request]=$(tr ' ' '\n' <<<"${ratios# }" | sort -g |
        awk -v m="$(median <<<"${ratios# }")" '{v[NR] = $1}
          END { printf "%.2f   (%d pairs from %.2f to %.2f)", m, NR, v[1], v[NR] }')
    done
    stop "$binding-hello"
    stop "$binding-scim"
  done
  echo
  echo "ratio SCIMworks / hello-world, median of adjacent pairs (target: at least 0.85)"
  for binding in jdk servlet; do
    for request in filter id; do
      printf '%-8s %-7s %s\n' "$binding" "$request" "${SUMMARY[$binding/$request]}"
    done
  done
}

"$MODE"
