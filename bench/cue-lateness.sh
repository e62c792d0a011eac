#!/usr/bin/env bash
# Measures how late the session player fires its cues on the real clock (see BENCHMARKS.md).
# Usage: bench/cue-lateness.sh [ROUTINE] [SPEED] [RUNS]
#   defaults: daily at real speed, once (about 5 minutes); the first, unmeasured run warms up the JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q --no-transfer-progress -DskipTests package
routine="${1:-daily}"
speed="${2:-1}"
runs="${3:-1}"
java -cp target/test-classes:target/loosen.jar io.loosen.cli.CueLatencyBenchmark "$routine" "$speed" "$runs"
