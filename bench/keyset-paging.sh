#!/usr/bin/env bash
# Keyset paging over 200,000 organisations: prints what the first, middle and last pages cost.
# Runs the service in a test JVM against an embedded PostgreSQL 17; needs only a JDK 21+.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q test -Dtest=KeysetPagingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dquarkus.log.level=WARN 2>&1 | grep -v '^\[' | sed -n '/keyset paging/,/last page, row-value/p'
