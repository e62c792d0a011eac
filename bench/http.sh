#!/usr/bin/env bash
# Throughput and latency of GET /api/v1/exercises under wrk, as a ratio of nginx serving the same bytes
# from a file on this machine, and the app's resident memory under that load (see BENCHMARKS.md).
# Every app configuration is started once and warmed up; then each round runs nginx and every
# configuration in turn with the same wrk settings, so load from elsewhere hits them alike.
# Usage: bench/http.sh [SECONDS] [ROUNDS] [JVM FLAGS...]
#   SECONDS per measured run (default 20), ROUNDS (default 3). Each JVM FLAGS argument is one
#   configuration, e.g. "" (none) or "-XX:+UseSerialGC -Xmx64m". NAME=VALUE words in it set environment
#   variables (e.g. MALLOC_ARENA_MAX=2); "@appcds" adds an AppCDS archive made by one training run;
#   "@jar=PATH" runs another build of loosen.jar (say an older commit's) in the same rounds.
#   Without any, it compares no flags with the flags ./loosen gives the server.
#   THREADS (2), CONNECTIONS (64) and WARMUP seconds (15) come from the environment.
#   e.g. bench/http.sh 20 3 "" "-XX:+UseSerialGC -Xmx64m"
set -euo pipefail
me=bench/http.sh
tools=(java "a JDK 17" curl "apt-get install -y curl" wrk "apt-get install -y wrk"
    nginx "apt-get install -y nginx-light")
source "$(dirname "$0")/web-lib.sh"

seconds="${1:-20}"
rounds="${2:-3}"
shift 2 || shift $#
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"
warmup="${WARMUP:-15}"
for n in "$seconds" "$rounds" "$threads" "$connections" "$warmup"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "SECONDS, ROUNDS, THREADS, CONNECTIONS and WARMUP must be positive numbers"
done
if [ $# -gt 0 ]; then
    configs=("$@")
else
    configs=("" "$SERVE_FLAGS")
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# One wrk run: prints "REQUESTS_PER_SECOND P99_MS SOCKET_ERRORS"; stops the script on any non-2xx.
bench() { # URL SECONDS
    local out
    out=$(wrk -t"$threads" -c"$connections" -d"$2s" --latency "$1") || die "wrk failed on $1: $out"
    if grep -q 'Non-2xx' <<<"$out"; then die "non-2xx responses from $1: $(grep 'Non-2xx' <<<"$out")"; fi
    awk '
        /Requests\/sec:/ { rps = $2 }
        $1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
                      p99 = (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
        /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
        END { if (rps == "" || p99 == "") exit 1; printf "%.0f %.2f %d\n", rps, p99, errors }' <<<"$out" \
        || die "could not read wrk's output: $out"
}

# Start every configuration (any AppCDS archive is built first), note its idle memory, warm it up.
pids=() ports=() idle=()
for config in "${configs[@]}"; do
    flags=$(jvm_flags "$config")
    echo "$me: starting loosen serve $(label "$config")" >&2
    start_app "$flags"
    sleep 1
    pids+=("$app_pid") ports+=("$app_port") idle+=("$(mib "$app_pid" VmRSS)")
done
curl -fsS -o "$work/body.json" "http://127.0.0.1:${ports[0]}$API_PATH"
start_nginx "$work/body.json"
app_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' "http://127.0.0.1:${ports[0]}$API_PATH")
nginx_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' "http://127.0.0.1:$nginx_port$API_PATH")
[ "$app_bytes" = "$nginx_bytes" ] || die "nginx serves $nginx_bytes bytes, the app $app_bytes"
nginx_type=$(curl -fsS -o /dev/null -w '%{content_type}' "http://127.0.0.1:$nginx_port$API_PATH")
[ "$nginx_type" = application/json ] || die "nginx serves Content-Type '$nginx_type'"

echo "$me: warm-up, ${warmup} s each" >&2
bench "http://127.0.0.1:$nginx_port$API_PATH" "$warmup" >/dev/null
for port in "${ports[@]}"; do bench "http://127.0.0.1:$port$API_PATH" "$warmup" >/dev/null; done

# Rounds: nginx, then every configuration; the ratio is taken within each round.
declare -a runs ratios p99s errs
for round in $(seq "$rounds"); do
    echo "$me: round $round of $rounds, $seconds s per server" >&2
    read -r n_rps n_p99 n_err < <(bench "http://127.0.0.1:$nginx_port$API_PATH" "$seconds")
    p99s[0]+="$n_p99 " errs[0]=$(( ${errs[0]:-0} + n_err ))
    runs[0]+="$n_rps "
    for i in "${!ports[@]}"; do
        read -r rps p99 err < <(bench "http://127.0.0.1:${ports[$i]}$API_PATH" "$seconds")
        runs[i + 1]+="$rps " p99s[i + 1]+="$p99 " errs[i + 1]=$(( ${errs[i + 1]:-0} + err ))
        ratios[i + 1]+="$(awk -v a="$rps" -v b="$n_rps" 'BEGIN { printf "%.3f", a / b }') "
    done
done
nginx_mem=$(nginx_rss)

numbers() { tr ' ' '\n' <<<"$1" | grep .; }
range() { # "N N N" -> min–max
    local sorted
    sorted=$(numbers "$1" | sort -g)
    echo "$(head -n 1 <<<"$sorted")–$(tail -n 1 <<<"$sorted")"
}
errors() { [ "${errs[$1]}" -eq 0 ] && echo "" || echo " (${errs[$1]} socket errors)"; }

echo
echo "| server ($(date +%F), wrk -t$threads -c$connections -d${seconds}s --latency, median of $rounds rounds, load average $load_before → $(cut -d' ' -f1-3 /proc/loadavg)) | requests/s | of nginx | p99 | RSS idle → after load (peak) |"
echo "|---|---|---|---|---|"
printf '| nginx, the same JSON from a file (baseline)%s | %s (%s) | 1 | %s ms (%s) | %s MiB under load |\n' \
    "$(errors 0)" "$(numbers "${runs[0]}" | median)" "$(range "${runs[0]}")" \
    "$(numbers "${p99s[0]}" | median)" "$(range "${p99s[0]}")" "$nginx_mem"
for i in "${!configs[@]}"; do
    j=$((i + 1))
    printf '| `loosen serve`, %s%s | %s (%s) | %s (%s) | %s ms (%s) | %s → %s (%s) MiB |\n' \
        "$(label "${configs[$i]}")" "$(errors "$j")" "$(numbers "${runs[$j]}" | median)" "$(range "${runs[$j]}")" \
        "$(numbers "${ratios[$j]}" | median)" "$(range "${ratios[$j]}")" \
        "$(numbers "${p99s[$j]}" | median)" "$(range "${p99s[$j]}")" \
        "${idle[$i]}" "$(mib "${pids[$i]}" VmRSS)" "$(mib "${pids[$i]}" VmHWM)"
done
echo
echo "Ranges in brackets are the lowest and highest of the rounds; the ratio is taken within each round."
