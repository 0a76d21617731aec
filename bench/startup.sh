#!/usr/bin/env bash
# Start to ready and resident memory, as the production image runs the service: builds the image's runtime and trains
# its AOT cache (scripts/aot-cache.sh, about 3 minutes), then starts the packaged service on an embedded PostgreSQL 17
# seven times each on an empty register and with 100,000 certificates, with and without the cache (minimum, median,
# maximum), and reads its resident memory after public lookups and five CSV exports (about 15 minutes in all).
# Needs only a JDK 25+. Options: -Dbench.starts=N, -Dbench.certificates=N, -Dbench.seconds=S; --skip-cache to reuse
# target/runtime and target/quarkus-app/app.aot as they are.
# The services' logs: target/bench/startup-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
if [[ "${1:-}" == "--skip-cache" ]]; then
    shift
else
    scripts/aot-cache.sh
fi
./mvnw -B -ntp -q test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.java=target/runtime/bin/java "$@" 2>&1 \
    | grep -v '^\[INFO\]\|^\[WARNING\]\|^[0-9:.]* INFO ' | sed -n '/CSV export of all/,$p;/^\[ERROR\]/p;/FAIL\|Exception/p'
