#!/usr/bin/env bash
# Trend statistics at sector scale: builds the packaged service, starts it with -Xmx256m on an embedded PostgreSQL 17,
# seeds 10,000 decided audits of 50 findings and 10 improvement actions each (two framework versions, four bodies),
# restarts it, then measures every statistics query at 8 concurrent connections and prints latency percentiles
# (about 5 minutes). Needs only a JDK 21+. Options: -Dbench.audits=N, -Dbench.connections=N, -Dbench.seconds=S.
# The service's log: target/bench/statistics-service.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q test -Dtest=StatisticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -v '^\[\|^[0-9:.]* INFO ' | sed -n '/trend statistics/,$p;/FAIL\|Exception/p'
