#!/usr/bin/env bash
# Start-up of the web app: time from `java -jar target/loosen.jar serve` to the first 200 from
# GET /api/v1/exercises (on an existing database, and on a new one), and resident memory once it idles,
# against nginx and the bare JVM measured in the same run (see BENCHMARKS.md). Runs the configurations
# in turn, RUNS times, so load from elsewhere hits them alike.
# Usage: bench/serve.sh [RUNS] [JVM FLAGS...]
#   RUNS defaults to 10. Each JVM FLAGS argument is one configuration, e.g. "" (none) or
#   "-XX:+UseSerialGC -Xmx64m". NAME=VALUE words in it set environment variables (e.g.
#   MALLOC_ARENA_MAX=2); "@appcds" adds an AppCDS archive made by one training run (as ./loosen keeps
#   one). Without any, it compares no flags with ./loosen's server flags, without and with the archive.
#   "@jar=PATH" runs another build (say an older commit's, built into /tmp) in the same rounds.
#   e.g. bench/serve.sh 10 "" "-XX:+UseSerialGC -Xmx64m" "-XX:+UseSerialGC -Xmx64m @appcds"
set -euo pipefail
me=bench/serve.sh
tools=(java "a JDK 17" curl "apt-get install -y curl" nginx "apt-get install -y nginx-light"
    /usr/bin/time "apt-get install -y time")
source "$(dirname "$0")/web-lib.sh"

runs="${1:-10}"
shift || true
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$runs'"
if [ $# -gt 0 ]; then
    configs=("$@")
else
    configs=("" "$SERVE_FLAGS" "$SERVE_FLAGS @appcds")
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Build any AppCDS archive before timing anything.
flags=()
for config in "${configs[@]}"; do flags+=("$(jvm_flags "$config")"); done

# Baselines and configurations take turns in every round. Each configuration starts twice: on a new
# database (Flyway creates the schema), then again on the same one, as every later start does.
declare -A ms new rss
for run in $(seq "$runs"); do
    echo "$me: round $run of $runs" >&2
    t0=$(now_ns)
    /usr/bin/time -f '%M' -o "$work/time" java -version 2>/dev/null
    ms[java]+="$(ms_since "$t0") "
    rss[java]+="$(( $(tail -n 1 "$work/time") / 1024 )) "
    for i in "${!configs[@]}"; do
        start_app "${flags[$i]}"
        new[$i]+="$app_ms "
        [ -f "$work/body.json" ] || curl -fsS -o "$work/body.json" "http://127.0.0.1:$app_port$API_PATH"
        stop "$app_pid"
        start_app "${flags[$i]}" "$app_home"
        sleep 1   # then it is idle
        ms[$i]+="$app_ms "
        rss[$i]+="$(mib "$app_pid" VmRSS) "
        stop "$app_pid"
        rm -rf "$app_home"
    done
    start_nginx "$work/body.json"
    sleep 1
    ms[nginx]+="$nginx_ms "
    rss[nginx]+="$(nginx_rss) "
    stop "$nginx_pid"
done

numbers() { tr ' ' '\n' <<<"$1" | grep .; }
row() { # LABEL KEY
    local first="—"
    [ -z "${new[$2]:-}" ] || first="$(numbers "${new[$2]}" | median) ms"
    printf '| %s | %s ms | %s ms | %s | %s MiB |\n' "$1" "$(numbers "${ms[$2]}" | median)" \
        "$(numbers "${ms[$2]}" | sort -n | tail -n 1)" "$first" "$(numbers "${rss[$2]}" | median)"
}

echo
echo "| server ($(date +%F), $runs runs, load average $load_before → $(cut -d' ' -f1-3 /proc/loadavg)) | median to first response | max | median, first start on a new database | median RSS, idle 1 s later |"
echo "|---|---|---|---|---|"
row "\`java -version\` (baseline: the bare JVM, start to exit)" java
row "nginx serving the same JSON from a file (baseline)" nginx
for i in "${!configs[@]}"; do
    row "\`loosen serve\`, $(label "${configs[$i]}")" "$i"
done
