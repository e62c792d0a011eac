#!/usr/bin/env bash
# COUNT reminders due within one minute on PostgreSQL, sent by SERVERS Loosen instances sharing the database
# through db-scheduler: lateness p50/p99/max, throughput, exactly-once (see BENCHMARKS.md).
# Usage: bench/reminder-load.sh [COUNT] [SERVERS] [THREADS] [POLL_MS] [SPREAD_S]   (defaults 100000 2 8 100 60)
#   LOOSEN_BENCH_DB=jdbc:postgresql://… uses that server instead of an embedded PostgreSQL 14.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q --no-transfer-progress test-compile
mvn -B -q --no-transfer-progress dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.loosen.store.ReminderLoadBenchmark "$@"
