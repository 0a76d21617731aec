#!/usr/bin/env bash
# The certifier push under load: builds the packaged service, starts it with -Xmx256m (and the production
# image's collector settings) on an embedded PostgreSQL 17 with durable commits, pushes 20,000 audit packages
# of 50 findings and their replays as a JIT warm-up, then 3 rounds of 1,000 new packages and the same 1,000
# again as replays, with 4 concurrent clients; prints throughput, latency and CPU per request of each phase
# (about 7 minutes). Needs only a JDK 21+. Options: -Dbench.warm-up=N, -Dbench.rounds=N, -Dbench.packages=N,
# -Dbench.clients=N, -Dbench.statements=true (PostgreSQL's statements by time),
# -Dbench.profiler=/path/to/libasyncProfiler.so (CPU profiles in target/bench/). The service's log: target/bench/service.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q test -Dtest=AuditPushBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -v '^\[\|^[0-9:.]* INFO ' | sed -n '/audit package push/,$p;/answered\|FAIL\|Exception/p'
