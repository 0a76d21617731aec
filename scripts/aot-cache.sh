#!/usr/bin/env bash
# What the production image holds besides the application (docker/Dockerfile.jvm): its Java runtime, linked by jlink
# from this build's JDK into target/runtime, and the JDK's ahead-of-time cache trained on that runtime,
# target/quarkus-app/app.aot (AotCacheTraining: the packaged service on an embedded PostgreSQL under a workload like a
# working day's, with the image's JVM settings from docker/jvm.options). A cache is only valid for the runtime and the
# jars it was trained with, so the image is built from this script's output and nothing else: `docker build` refuses
# a stale one. Needs a JDK 25 or newer (-XX:AOTCacheOutput, JEP 514, and method profiles, JEP 515); takes about 3 minutes on 2 cores
# (docs/operations.md, "Image and start-up").
# Options: --skip-package to train on the jars already in target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
if (( $(java_major "${JAVA_HOME}/bin/java") < 25 )); then
    echo "The AOT cache training needs a JDK 25 or newer; ${JAVA_HOME} is older." >&2
    exit 1
fi
if [[ "${1:-}" != "--skip-package" ]]; then
    ./mvnw -B -ntp -q package -DskipTests
fi
# The modules the service uses (java.se holds java.desktop, which PDFBox draws with), the JDK's locale data for Dutch
# dates, and jcmd for diagnosing a running pod.
rm -rf target/runtime
"${JAVA_HOME}/bin/jlink" --output target/runtime --strip-debug --no-man-pages --no-header-files \
    --add-modules java.se,jdk.unsupported,jdk.management,jdk.management.jfr,jdk.jfr,jdk.localedata,jdk.charsets,jdk.crypto.cryptoki,jdk.naming.dns,jdk.zipfs,jdk.net,jdk.jcmd,jdk.attach
./mvnw -B -ntp -q test -Dtest=AotCacheTraining -Dsurefire.failIfNoSpecifiedTests=false -Dbench.java=target/runtime/bin/java 2>&1 \
    | grep -v '^\[INFO\]\|^\[WARNING\]\|^[0-9:.]* INFO ' | sed -n '/AOT cache/p;/^\[ERROR\]/p;/FAIL\|Exception/p'
test -s target/quarkus-app/app.aot
