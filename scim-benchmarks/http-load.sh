#!/usr/bin/env bash
# HTTP binding throughput with the load generator in its own process on its own core.
#
# Each target (LoadTarget: jdk-hello, jdk-scim, servlet-hello, servlet-scim) runs alone, pinned
# to core 0; wrk runs pinned to core 1. For each target: warm-up until steady, then one measured
# wrk run per request (Entra's matching query GET /Users?filter=userName eq "user500@contoso.com"
# and GET /Users/{id}, bearer token); the hello targets answer the same URLs with {"hello":"world"}.
#
# Warm-up: windows of -W seconds alternate between the two requests until the server is steady:
# each request's last window within 3% of its previous one, and the JIT (which shares core 0 with
# the server, so it finishes late under load) compiled at most 10 methods during the last pair of
# windows (jstat -compiler; without jstat only the first test applies). At least two pairs of
# windows, at most -w seconds in all; the script prints how the warm-up ended.
# Prints requests/s per target and request, with the server's CPU time per request and how busy
# its core was, and the SCIM / hello-world ratio per binding. With -r N each target is measured
# N rounds, alternating which request goes first, and the ratio uses the median of the rounds.
#
# Usage (from the repository root, after building the jar):
#   ./mvnw -B -o -q package -pl scim-benchmarks -am -DskipTests
#   scim-benchmarks/http-load.sh [-d seconds] [-w max warm-up seconds] [-W warm-up window seconds]
#                                [-c connections] [-u users] [-p port] [-r rounds]
# Defaults: -d 30 -w 100 -W 10 -c 16 -u 1000 -p 18080 -r 1; -r 3 -d 20 takes at most about 15
# minutes. Needs 2 cores, taskset and wrk (installed with apt-get when missing). JAVA_OPTS is
# passed to the server JVM.
set -euo pipefail

DURATION=30
WARMUP=100
WINDOW=10
CONNECTIONS=16
USERS=1000
PORT=18080
ROUNDS=1
while getopts "d:w:W:c:u:p:r:" opt; do
  case "$opt" in
    d) DURATION=${OPTARG%s} ;;
    w) WARMUP=${OPTARG%s} ;;
    W) WINDOW=${OPTARG%s} ;;
    c) CONNECTIONS=$OPTARG ;;
    u) USERS=$OPTARG ;;
    p) PORT=$OPTARG ;;
    r) ROUNDS=$OPTARG ;;
    *) sed -n '2,25p' "$0"; exit 2 ;;
  esac
done

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
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$LOG"
}
trap cleanup EXIT

# the server's CPU time so far (user + system), in clock ticks
server_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)

# "<requests/s> <server CPU us per request> <server core busy %>"; fails if an answer was not 2xx
measure() {
  local seconds=$1 url=$2 out before after
  before=$(server_ticks)
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" \
    -H "Authorization: Bearer $TOKEN" "$url")
  after=$(server_ticks)
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

# methods the server's JIT has compiled so far, or 0 without jstat
compiled() {
  if command -v jstat >/dev/null; then
    jstat -compiler "$SERVER_PID" 2>/dev/null | awk 'NR == 2 {print $1 + 0}' || echo 0
  else
    echo 0
  fi
}

# alternates warm-up windows on the two URLs until steady (see the header); prints how it ended
warm_up() {
  local filter_url=$1 id_url=$2 spent=0 pairs=0 prev_filter="" prev_id="" rps_filter rps_id
  local out steady=0 c0 c1 n=0
  c0=$(compiled)
  while [ "$spent" -lt "$WARMUP" ]; do
    out=$(measure "$WINDOW" "$filter_url")
    read -r rps_filter _ <<<"$out"
    out=$(measure "$WINDOW" "$id_url")
    read -r rps_id _ <<<"$out"
    spent=$((spent + 2 * WINDOW))
    pairs=$((pairs + 1))
    c1=$(compiled)
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

declare -A RPS
for target in jdk-hello jdk-scim servlet-hello servlet-scim; do
  # shellcheck disable=SC2086
  taskset -c 0 java ${JAVA_OPTS:-} -cp "$JAR" io.scimworks.benchmarks.server.LoadTarget \
    "$target" "$PORT" "$USERS" >"$LOG/$target.out" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    grep -q '^READY' "$LOG/$target.out" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG/$target.out" >&2; exit 1; }
    sleep 0.2
  done
  read -r _ port id < <(grep '^READY' "$LOG/$target.out")
  [ "$id" = "-" ] && id=2819c223-7f76-453a-919d-413861904646
  base="http://127.0.0.1:$port/scim/v2/Users"
  filter_url="$base?filter=userName%20eq%20%22user500%40contoso.com%22"
  id_url="$base/$id"
  if [[ $target == *-scim ]] && command -v curl >/dev/null; then
    # the SCIM targets must really find the user, not answer an empty list
    curl -sf -H "Authorization: Bearer $TOKEN" "$filter_url" | grep -q '"totalResults":1' ||
      { echo "$target did not find user500 through the filter" >&2; exit 1; }
    curl -sf -H "Authorization: Bearer $TOKEN" "$id_url" | grep -q 'user500@contoso.com' ||
      { echo "$target did not return user500 by id" >&2; exit 1; }
  fi
  warm_up "$filter_url" "$id_url"
  all_filter="" all_id=""
  for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then order="filter id"; else order="id filter"; fi
    for request in $order; do
      [ "$request" = filter ] && url=$filter_url || url=$id_url
      result=$(measure "$DURATION" "$url")
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
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
done

echo
echo "ratio SCIMworks / hello-world (target: at least 0.85)"
for binding in jdk servlet; do
  for request in filter id; do
    awk -v s="${RPS[$binding-scim/$request]}" -v h="${RPS[$binding-hello/$request]}" \
      -v b="$binding" -v r="$request" 'BEGIN { printf "%-8s %-7s %.2f\n", b, r, s / h }'
  done
done
