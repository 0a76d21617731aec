#!/usr/bin/env bash
# Documents people hold: builds the packaged service, starts it with -Xmx256m on an embedded PostgreSQL 17, pushes the
# heemskerk audit (50 findings) and grants it, then fetches its report and its certificate as PDFs, one client and four at
# once, and prints the time to the last byte (about a minute). Needs only a JDK 21+. Options: -Dbench.requests=N.
# The service's log: target/bench/documents-service.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q test -Dtest=DocumentBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -v '^\[\|^[0-9:.]* INFO ' | sed -n '/documents at/,$p;/FAIL\|Exception/p'
