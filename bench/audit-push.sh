#!/usr/bin/env bash
# The certifier push under load: builds the packaged service, starts it with -Xmx256m on an embedded
# PostgreSQL 17, pushes 1,000 audit packages of 50 findings with 4 concurrent clients, then replays
# them, and prints throughput and latency. Needs only a JDK 21+. The service's log: target/bench/service.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q test -Dtest=AuditPushBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -v '^\[\|^[0-9:.]* INFO ' | sed -n '/audit package push/,$p;/answered\|FAIL\|Exception/p'
