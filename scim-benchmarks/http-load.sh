#!/usr/bin/env bash
# HTTP binding throughput with the load generator in its own process on its own core.
#
# Each target (LoadTarget: jdk-hello, jdk-scim, servlet-hello, servlet-scim) runs alone, pinned
# to core 0; wrk runs pinned to core 1. For each target: warm-up, then one measured wrk run per
# request (Entra's matching query GET /Users?filter=userName eq "user500@contoso.com" and
# GET /Users/{id}, bearer token); the hello targets answer the same URLs with {"hello":"world"}.
# Prints requests/s per target and request, and the SCIM / hello-world ratio per binding.
#
# Usage (from the repository root, after building the jar):
#   ./mvnw -B -o -q package -pl scim-benchmarks -am -DskipTests
#   scim-benchmarks/http-load.sh [-d seconds] [-w warm-up seconds] [-c connections]
#                                [-u users] [-p port]
# Defaults: -d 30 -w 15 -c 16 -u 1000 -p 18080. Needs 2 cores, taskset and wrk (installed with
# apt-get when missing). JAVA_OPTS is passed to the server JVM.
set -euo pipefail

DURATION=30
WARMUP=15
CONNECTIONS=16
USERS=1000
PORT=18080
while getopts "d:w:c:u:p:" opt; do
  case "$opt" in
    d) DURATION=${OPTARG%s} ;;
    w) WARMUP=${OPTARG%s} ;;
    c) CONNECTIONS=$OPTARG ;;
    u) USERS=$OPTARG ;;
    p) PORT=$OPTARG ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
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

# wrk's requests/s; fails if any answer was not 2xx
measure() {
  local seconds=$1 url=$2 out
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" \
    -H "Authorization: Bearer $TOKEN" "$url")
  if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
    echo "non-2xx answers from $url:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

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
  measure "$WARMUP" "$filter_url" >/dev/null
  measure "$WARMUP" "$id_url" >/dev/null
  RPS[$target/filter]=$(measure "$DURATION" "$filter_url")
  RPS[$target/id]=$(measure "$DURATION" "$id_url")
  printf '%-14s filter %10s req/s   by id %10s req/s\n' \
    "$target" "${RPS[$target/filter]}" "${RPS[$target/id]}"
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
