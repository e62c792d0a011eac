#!/usr/bin/env bash
# Start-up time and peak memory of a short command, against the bare JVM as a baseline (BENCHMARKS.md).
# Usage: bench/startup.sh [RUNS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
[ -f target/loosen.jar ] || mvn -B -q --no-transfer-progress -DskipTests package
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)   # the same flags as ./loosen

measure() { # label, command...
  local label=$1; shift
  local out
  out=$(for _ in $(seq "$runs"); do /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -n 1; done)
  local times rss
  times=$(cut -d' ' -f1 <<<"$out" | sort -n)
  rss=$(cut -d' ' -f2 <<<"$out" | sort -n)
  local mid=$(( (runs + 1) / 2 ))
  printf '%-28s median %s s  max %s s  median peak RSS %d MiB  (%d runs)\n' "$label" \
    "$(sed -n "${mid}p" <<<"$times")" "$(tail -n 1 <<<"$times")" "$(( $(sed -n "${mid}p" <<<"$rss") / 1024 ))" "$runs"
}

measure "java -version (baseline)" java "${flags[@]}" -version
measure "loosen routines" java "${flags[@]}" -jar target/loosen.jar routines
measure "loosen exercises --json" java "${flags[@]}" -jar target/loosen.jar exercises --json
measure "loosen timeline daily" java "${flags[@]}" -jar target/loosen.jar timeline daily
# stats opens the history database (Flyway checks the schema) in a throwaway home.
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
HOME=$home XDG_DATA_HOME=$home/data java "${flags[@]}" -jar target/loosen.jar stats >/dev/null
measure "loosen stats (empty history)" env HOME="$home" XDG_DATA_HOME="$home/data" java "${flags[@]}" -jar target/loosen.jar stats
