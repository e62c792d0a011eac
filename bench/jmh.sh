#!/usr/bin/env bash
# Runs one of the JMH benchmarks in src/test/java (see BENCHMARKS.md).
# Usage: bench/jmh.sh BENCHMARK [JMH OPTIONS...]
#   e.g. bench/jmh.sh SaveSessionBenchmark        bench/jmh.sh ProgressReportBenchmark -p history=...
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/jmh.sh BENCHMARK [JMH OPTIONS...]" >&2; exit 2; }
name=$1; shift
mvn -B -q --no-transfer-progress test-compile
mvn -B -q --no-transfer-progress dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$name" \
  -f 1 -wi 3 -i 5 -w 1s -r 2s "$@"
