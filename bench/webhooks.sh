#!/usr/bin/env bash
# Webhooks: builds the packaged service, starts it with -Xmx256m on an embedded PostgreSQL 17 (the production delivery
# settings, but allowing receivers on 127.0.0.1), subscribes ten receivers, commits 1,000 events at 100 a second into the
# outbox and prints deliveries per second and commit-to-delivery percentiles (about a minute). Needs only a JDK 21+.
# Options: -Dbench.events=N, -Dbench.subscribers=N, -Dbench.eventsPerSecond=N. The service's log: target/bench/webhooks-service.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q test -Dtest=WebhookBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep -v '^\[\|^[0-9:.]* INFO ' | sed -n '/webhooks from/,$p;/FAIL\|Exception/p'
