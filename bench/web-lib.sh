# Shared by bench/serve.sh and bench/http.sh (sourced, not run): starts `loosen serve` and a throwaway
# nginx in a temporary directory, measures them, and stops everything it started when the script exits.
# Nothing here touches the user's data: each app gets a fresh SQLite file and a temporary HOME/XDG dirs.

# The JVM flags ./loosen gives the web server, read from the launcher itself so the tables always show
# what `./loosen` runs; "@appcds" stands for the class-data archive the launcher keeps (see below), and
# "@jar=PATH" runs another build of loosen.jar (e.g. an older commit's, to compare two in one run),
# "@java=PATH" another Java, and "@aot" a Java 25 AOT cache instead of the archive (as ./loosen keeps).
API_PATH=/api/v1/exercises
SERVE_FLAGS=$(sed -n 's/^serve_flags=(\(.*\))$/\1/p' "$(dirname "$0")/../loosen")
[ -n "$SERVE_FLAGS" ] || { echo "bench: no serve_flags=(...) line in ./loosen" >&2; exit 1; }
# ./loosen's serve_env=(NAME=VALUE ...) line: the environment it gives the server, as NAME=VALUE words
SERVE_FLAGS="$(sed -n 's/^serve_env=(\(.*\))$/\1/p' "$(dirname "$0")/../loosen") $SERVE_FLAGS"
SERVE_FLAGS=$(xargs <<<"$SERVE_FLAGS")

cd "$(dirname "$0")/.."
root=$PWD
jar=$root/target/loosen.jar

die() { echo "$me: $*" >&2; exit 1; }

# needs TOOL "how to get it"...: one clear line naming every missing tool, then stop. Installs nothing.
needs() {
    local missing=()
    while [ $# -ge 2 ]; do
        command -v "$1" >/dev/null 2>&1 || [ -x "$1" ] || missing+=("$1 ($2)")
        shift 2
    done
    [ ${#missing[@]} -eq 0 ] || die "missing: ${missing[*]}"
}

needs "${tools[@]}"
[ -f "$jar" ] || die "target/loosen.jar is missing; build it first: mvn -B -DskipTests package"

started=()          # every process this script started, stopped on exit
drainers=()
work=""

cleanup() {
    local pid
    for pid in "${started[@]}" "${drainers[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${started[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    [ -z "$work" ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
work=$(mktemp -d "${TMPDIR:-/tmp}/loosen-bench.XXXXXX")
chmod 755 "$work"   # nginx workers may run as another user and must read the file it serves

now_ns() { date +%s%N; }

ms_since() { # START_NS -> milliseconds, 0 decimals
    echo $(( ($(now_ns) - $1) / 1000000 ))
}

# A port nothing listens on, below the kernel's range for outgoing connections (whose local ports a
# server cannot bind either). Another program could still take it first: the starts retry.
free_port() {
    local low port
    low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    [ "$low" -gt 11000 ] || low=60000
    for _ in $(seq 100); do
        port=$(( 10000 + RANDOM % (low - 10000) ))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    die "found no free port"
}

mib() { # PID FIELD (VmRSS|VmHWM) -> MiB
    awk -v f="$2:" '$1 == f { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

# The JVM flags of one configuration. NAME=VALUE words are environment variables for the app;
# "@appcds" stands for an AppCDS archive, built by a training run of the same flags when first needed,
# and "@aot" for a Java 25 AOT cache, recorded by a training run and then created.
jvm_flags() { # CONFIG -> flags on stdout
    local config=$1 plain=${1//@appcds/} archive
    if [[ $config == *@appcds* ]]; then
        archive="$work/cds-$(cksum <<<"$plain" | cut -d' ' -f1).jsa"
        [ -f "$archive" ] || train_cds "$plain" "$archive" >&2
        echo "$plain -XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
    elif [[ $config == *@aot* ]]; then
        plain=${1//@aot/}
        archive="$work/aot-$(cksum <<<"$plain" | cut -d' ' -f1).aot"
        [ -f "$archive" ] || train_aot "$plain" "$archive" >&2
        echo "$plain -XX:AOTCache=$archive -Xlog:aot=off -Xlog:cds=off"
    else
        echo "$config"
    fi
}

label() { # CONFIG -> a name for the tables
    local config cds="" build=""
    [[ $1 == *@appcds* ]] && cds=" + AppCDS archive"
    [[ $1 == *@aot* ]] && cds=" + AOT cache"
    [[ $1 =~ @jar=([^ ]+) ]] && build=" (build ${BASH_REMATCH[1]##*/})"
    [[ $1 =~ @java=([^ ]+) ]] && build="$build ($("${BASH_REMATCH[1]}" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/Java \1/p'))"
    config=$(sed -E 's/@appcds|@aot|@jar=[^ ]+|@java=[^ ]+//g' <<<"$1" | xargs)   # trims the spaces
    if [ -z "$config" ]; then
        echo "no flags$cds$build"
    elif [ "$config" = "$SERVE_FLAGS" ]; then
        echo "./loosen's server flags$cds$build"
    else
        echo "\`$config\`$cds$build"
    fi
}

# Starts `loosen serve` with FLAGS on a free port and waits, without polling, for its "running" line,
# then until the API answers. HOME is a fresh temporary one (with a new database) unless given.
# Sets app_pid, app_port, app_home and app_ms (from exec to the first 200 response).
start_app() { # FLAGS [HOME]
    local attempt
    for attempt in 1 2 3; do
        launch_app "$@" && return
        grep -q 'Address already in use' "$app_home/err" || break
        echo "$me: port $app_port was taken meanwhile; trying another" >&2
    done
    cat "$app_home/err" >&2
    die "loosen serve ($1) did not start on port $app_port (log above)"
}

launch_app() { # FLAGS [HOME]: returns 1 if the app stopped before answering
    local flags=$1 home=${2:-} fifo line t0
    split_config "$flags"
    local vars=("${cfg_vars[@]}") jvm=("${cfg_jvm[@]}") build=$cfg_jar java_bin=$cfg_java
    [ -f "$build" ] || die "no such jar: $build"
    [ -n "$home" ] || home=$(mktemp -d "$work/home.XXXXXX")
    app_home=$home
    fifo=$(mktemp -u "$work/out.XXXXXX")
    mkfifo "$fifo"
    app_port=$(free_port)
    t0=$(now_ns)
    env -u LOOSEN_DB -u LOOSEN_DB_USER -u LOOSEN_DB_PASSWORD -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
        HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" \
        XDG_CACHE_HOME="$home/cache" "${vars[@]}" \
        "$java_bin" "${jvm[@]}" -jar "$build" serve --port "$app_port" --db "$home/loosen.db" >"$fifo" 2>"$home/err" &
    app_pid=$!
    started+=("$app_pid")
    exec {app_fd}<"$fifo"
    rm -f "$fifo"
    while :; do
        if ! IFS= read -r -t 120 -u "$app_fd" line; then
            exec {app_fd}<&-
            stop "$app_pid"
            return 1
        fi
        [[ $line == "Loosen is running at "* ]] && break
    done
    until curl -fsS -o /dev/null "http://127.0.0.1:$app_port$API_PATH" 2>/dev/null; do
        kill -0 "$app_pid" 2>/dev/null || die "loosen serve ($flags) exited: $(cat "$home/err")"
        sleep 0.005
    done
    app_ms=$(ms_since "$t0")
    cat <&"$app_fd" >/dev/null &   # keeps reading what the app prints, so it never blocks on stdout
    drainers+=("$!")
    exec {app_fd}<&-
}

stop() { # PID: TERM, then wait until it is gone
    local pid rest=()
    for pid in "${started[@]}"; do [ "$pid" = "$1" ] || rest+=("$pid"); done
    started=("${rest[@]}")
    kill "$1" 2>/dev/null || return 0
    for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# AppCDS on Java 17: a dynamic archive written when a training run exits (-XX:ArchiveClassesAtExit).
train_cds() { # FLAGS ARCHIVE
    echo "$me: building the AppCDS archive for '$1' (one training run)"
    start_app "$1 -XX:ArchiveClassesAtExit=$2 -Xlog:cds=off -Xlog:cds+dynamic=off"
    for _ in $(seq 20); do curl -fsS -o /dev/null "http://127.0.0.1:$app_port$API_PATH"; done
    stop "$app_pid"
    [ -f "$2" ] || die "the training run wrote no archive $2"
}

# AOT cache on Java 25: a training run records (-XX:AOTMode=record), then a second JVM creates the cache.
train_aot() { # FLAGS CACHE
    split_config "$1"
    echo "$me: building the AOT cache for '$1' (one training run, then its creation)"
    start_app "$1 -XX:AOTMode=record -XX:AOTConfiguration=$2.conf -Xlog:aot=off -Xlog:cds=off"
    for _ in $(seq 20); do curl -fsS -o /dev/null "http://127.0.0.1:$app_port$API_PATH"; done
    stop "$app_pid"
    "$cfg_java" "${cfg_jvm[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$2.conf" -XX:AOTCache="$2" \
        -Xlog:aot=off -Xlog:cds=off -jar "$cfg_jar" >/dev/null || die "could not create the AOT cache $2"
}

# The words of one configuration: NAME=VALUE environment variables (cfg_vars), "@jar=" and "@java="
# (cfg_jar, cfg_java), and JVM flags (cfg_jvm); the other "@" words are handled by jvm_flags.
split_config() { # CONFIG
    local word
    cfg_vars=() cfg_jvm=() cfg_jar=$jar cfg_java=java
    for word in $1; do
        if [[ $word =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then cfg_vars+=("$word")
        elif [[ $word == @jar=* ]]; then cfg_jar=${word#@jar=}
        elif [[ $word == @java=* ]]; then cfg_java=${word#@java=}
        elif [[ $word != @* ]]; then cfg_jvm+=("$word"); fi
    done
}

# Starts nginx in the foreground serving BODY_FILE at the API's path as application/json, with its own
# prefix, pid file and logs under the temporary directory. Sets nginx_pid, nginx_port, nginx_ms.
start_nginx() { # BODY_FILE [ATTEMPT]
    local dir=$work/nginx t0
    mkdir -p "$dir/logs" "$dir/www$(dirname "$API_PATH")"
    cp "$1" "$dir/www$API_PATH"
    chmod -R a+rX "$dir/www"
    nginx_port=$(free_port)
    cat >"$dir/nginx.conf" <<EOF
daemon off;
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/tmp-body;
    proxy_temp_path $dir/tmp-proxy;
    fastcgi_temp_path $dir/tmp-fastcgi;
    uwsgi_temp_path $dir/tmp-uwsgi;
    scgi_temp_path $dir/tmp-scgi;
    types { }
    default_type application/json;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        root $dir/www;
    }
}
EOF
    t0=$(now_ns)
    nginx -p "$dir" -e "$dir/logs/error.log" -c "$dir/nginx.conf" 2>>"$dir/logs/stderr" &
    nginx_pid=$!
    started+=("$nginx_pid")
    until curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port$API_PATH" 2>/dev/null; do
        if ! kill -0 "$nginx_pid" 2>/dev/null; then
            if [ "${2:-1}" -lt 3 ] && grep -qs 'Address already in use' "$dir/logs/error.log" "$dir/logs/stderr"; then
                echo "$me: port $nginx_port was taken meanwhile; trying another" >&2
                rm -f "$dir/logs/error.log" "$dir/logs/stderr"
                start_nginx "$1" $(( ${2:-1} + 1 ))
                return
            fi
            die "nginx did not start: $(cat "$dir/logs/stderr" "$dir/logs/error.log" 2>/dev/null)"
        fi
        sleep 0.005
    done
    nginx_ms=$(ms_since "$t0")
}

# Resident memory of nginx: the master and its workers together, in MiB.
nginx_rss() {
    local total=0 pid
    for pid in $nginx_pid $(pgrep -P "$nginx_pid"); do
        total=$(( total + $(awk '$1 == "VmRSS:" { print $2 }' "/proc/$pid/status") ))
    done
    echo $(( total / 1024 ))
}

median() { # numbers on stdin -> the median (the lower middle one for an even count)
    sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'
}
