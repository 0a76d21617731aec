#!/usr/bin/env bash
# Public verification under load: builds the packaged service, starts it with -Xmx256m (and the production image's
# collector settings) on an embedded PostgreSQL 17, seeds 100,000 certificates, then at 32 connections from one load
# thread measures public lookups by number against a trivial endpoint of the same service (alternating rounds of 15 s),
# lookups by KvK number, and five full CSV exports with the heap watched (about 4 minutes). Needs only a JDK 21+.
# Options: -Dbench.certificates=N, -Dbench.connections=N, -Dbench.seconds=S, -Dbench.rounds=N.
# The service's log: target/bench/public-register-service.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q test -Dtest=PublicRegisterBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -v '^\[\|^[0-9:.]* INFO ' | sed -n '/public verification/,$p;/FAIL\|Exception/p'
