#!/usr/bin/env bash
# Server time of the pages a large catalog weighs on, with the whole free-exercise-db imported (--all):
# the library (a page of cards, a search, a later page), one imported exercise, the player of one, its
# timeline, and the exercise list of the API. Time to first byte over loopback, as curl measures it.
# Usage: bench/library.sh [REQUESTS]    (default 200 per address, after 100 to warm up)
# Needs target/loosen.jar (mvn -B -DskipTests package) and ../shared/data/free-exercise-db/exercises.json.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
jar=$PWD/target/loosen.jar
data=$PWD/../shared/data/free-exercise-db/exercises.json
[ -f "$jar" ] || { echo "bench: build target/loosen.jar first: mvn -B -DskipTests package" >&2; exit 1; }
[ -f "$data" ] || { echo "bench: no free-exercise-db file at $data" >&2; exit 1; }
tmp=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
flags=$(sed -n 's/^serve_flags=(\(.*\))$/\1/p' loosen)
java -jar "$jar" catalog import --all "$data" | head -3
port=$((20000 + RANDOM % 20000))
# shellcheck disable=SC2086
java $flags -jar "$jar" serve --port "$port" >"$tmp/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/library" && break; sleep 0.2; done
echo "load: $(uptime | sed 's/.*load average: //')"
printf '%-44s %8s %8s %8s %9s\n' address p50_ms p99_ms max_ms bytes
for path in /library "/library?q=stretch" "/library?page=10" "/library?target=hamstrings&place=floor" \
            /exercises/spinal-stretch /play/spinal-stretch /api/v1/routines/spinal-stretch/timeline \
            /api/v1/exercises "/api/v1/exercises?q=stretch"; do
    for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done
    for _ in $(seq 1 "$n"); do
        curl -s -o /dev/null -w '%{time_starttransfer} %{size_download}\n' "http://127.0.0.1:$port$path"
    done | sort -n | awk -v p="$path" '{t[NR]=$1*1000; b=$2} END {
        printf "%-44s %8.2f %8.2f %8.2f %9d\n", p, t[int(NR*0.5)], t[int(NR*0.99)], t[NR], b }'
done
echo "load: $(uptime | sed 's/.*load average: //')"
