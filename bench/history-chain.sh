#!/usr/bin/env bash
# What chaining the change history costs concurrent writers: no chain, one chain linked in the writer's
# transaction, one chain sealed after the commit (the service's), a chain per resource; 1, 4, 8 and 16 writers
# on resources of their own, on an embedded PostgreSQL 17 with durable commits and the service's schema; prints
# transactions/s and latency per cell, the longest wait for a seal and the time to recompute the chain (about
# 2 minutes). Needs only a JDK 21+.
# Options: -Dbench.seconds=N per cell.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q test -Dtest=HistoryChainBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -v '^\[' | sed -n '/change history chain/,/verification:/p;/FAIL\|Exception/p'
