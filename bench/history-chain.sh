#!/usr/bin/env bash
# What one hash chain through the change history costs concurrent writers, against a chain per resource and
# no chain: 1, 4, 8 and 16 writers on resources of their own, on an embedded PostgreSQL 17 with durable commits
# and the service's schema; prints transactions/s and latency per cell (about a minute). Needs only a JDK 21+.
# Options: -Dbench.seconds=N per cell.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q test -Dtest=HistoryChainBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -v '^\[' | sed -n '/change history chain/,/verification:/p;/FAIL\|Exception/p'
