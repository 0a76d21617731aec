#!/usr/bin/env bash
# Runs a local Keycloak (no Docker) with the keurmerkregister demo realm.
#
#   docker/keycloak/start-local.sh                # foreground, Ctrl-C stops it
#   docker/keycloak/start-local.sh --background   # background; waits until the realm answers
#   docker/keycloak/start-local.sh --stop         # stops a background instance
#   docker/keycloak/start-local.sh --reset ...    # forget the imported realm (re-import from JSON)
#
# Environment:
#   KEYCLOAK_PORT       HTTP port on 127.0.0.1 (default 18080)
#   KEYCLOAK_HOME_DIR   cache for the download, install, log and pid file
#                       (default $HOME/.cache/keurmerkregister/keycloak)
#   KEYCLOAK_WAIT       seconds --background waits for the realm (default 180)
#   JAVA_HOME           used if it is a JDK 21+; otherwise `java` on PATH, then /usr/lib/jvm/*
#
# Localhost demo only: the bootstrap admin is admin/admin and all secrets in the realm are demo values.
set -euo pipefail

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-18080}"
KEYCLOAK_HOME_DIR="${KEYCLOAK_HOME_DIR:-${HOME}/.cache/keurmerkregister/keycloak}"
KEYCLOAK_WAIT="${KEYCLOAK_WAIT:-180}"
REALM=keurmerkregister

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"
REALM_JSON="${SCRIPT_DIR}/keurmerkregister-realm.json"
INSTALL_DIR="${KEYCLOAK_HOME_DIR}/keycloak-${KEYCLOAK_VERSION}"
DOWNLOAD_DIR="${KEYCLOAK_HOME_DIR}/download"
ZIP="${DOWNLOAD_DIR}/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
PID_FILE="${KEYCLOAK_HOME_DIR}/keycloak.pid"
LOG_FILE="${KEYCLOAK_HOME_DIR}/keycloak.log"
BASE_URL="http://127.0.0.1:${KEYCLOAK_PORT}"
READY_URL="${BASE_URL}/realms/${REALM}/.well-known/openid-configuration"

log() { printf '[start-local] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

MODE=foreground
RESET=false
EXTRA_ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --background|-b) MODE=background ;;
        --stop) MODE=stop ;;
        --reset) RESET=true ;;
        -h|--help) usage; exit 0 ;;
        --) shift; EXTRA_ARGS=("$@"); break ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
    shift
done

# --- process helpers --------------------------------------------------------------------------

running_pid() {
    # Prints the pid of the background instance if it is still alive.
    [[ -f "${PID_FILE}" ]] || return 1
    local pid
    pid="$(cat "${PID_FILE}" 2>/dev/null || true)"
    [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
    kill -0 "${pid}" 2>/dev/null || return 1
    echo "${pid}"
}

stop_instance() {
    local pid
    if ! pid="$(running_pid)"; then
        log "no background Keycloak running (pid file: ${PID_FILE})"
        rm -f "${PID_FILE}"
        return 0
    fi
    log "stopping Keycloak (pid ${pid})"
    kill -TERM "${pid}" 2>/dev/null || true
    local i
    for ((i = 0; i < 60; i++)); do
        kill -0 "${pid}" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "${pid}" 2>/dev/null; then
        log "still alive after 30 s; killing its process group"
        kill -KILL -- "-${pid}" 2>/dev/null || kill -KILL "${pid}" 2>/dev/null || true
    fi
    rm -f "${PID_FILE}"
    log "stopped"
}

if [[ "${MODE}" == stop ]]; then
    stop_instance
    exit 0
fi

# --- JDK 21+ ----------------------------------------------------------------------------------

# shellcheck source=../../scripts/jdk.sh
source "${REPO_ROOT}/scripts/jdk.sh"
KC_JAVA_HOME="${JAVA_HOME}"
KC_JAVA_MAJOR="$(java_major "${KC_JAVA_HOME}/bin/java")"
log "using JDK ${KC_JAVA_MAJOR} at ${KC_JAVA_HOME}"

# --- download + unpack (once) -----------------------------------------------------------------

download_zip() {
    local mvn_log="${DOWNLOAD_DIR}/maven.log"
    mkdir -p "${DOWNLOAD_DIR}"
    log "downloading ${KEYCLOAK_ARTIFACT} (~165 MB) via Maven"
    if command -v mvn >/dev/null 2>&1; then
        # Run outside the repo so Maven does not load the project's pom.
        (cd "${DOWNLOAD_DIR}" && mvn -q -B -Dstyle.color=never dependency:copy \
            -Dartifact="${KEYCLOAK_ARTIFACT}" -DoutputDirectory="${DOWNLOAD_DIR}") >"${mvn_log}" 2>&1 \
            && [[ -s "${ZIP}" ]] && return 0
        tail -n 30 "${mvn_log}" >&2
        log "mvn failed (log: ${mvn_log})"
    fi
    if [[ -x "${REPO_ROOT}/mvnw" ]]; then
        (cd "${REPO_ROOT}" && JAVA_HOME="${KC_JAVA_HOME}" ./mvnw -q -B -N -Dstyle.color=never dependency:copy \
            -Dartifact="${KEYCLOAK_ARTIFACT}" -DoutputDirectory="${DOWNLOAD_DIR}") >"${mvn_log}" 2>&1 \
            && [[ -s "${ZIP}" ]] && return 0
        tail -n 30 "${mvn_log}" >&2
        log "./mvnw failed (log: ${mvn_log})"
    fi
    die "could not download ${KEYCLOAK_ARTIFACT}; install Maven or put the zip at ${ZIP}"
}

unpack_zip() {
    local tmp="${KEYCLOAK_HOME_DIR}/.unpack.$$"
    rm -rf "${tmp}"
    mkdir -p "${tmp}"
    log "unpacking into ${INSTALL_DIR}"
    if command -v unzip >/dev/null 2>&1; then
        unzip -q "${ZIP}" -d "${tmp}"
    else
        (cd "${tmp}" && "${KC_JAVA_HOME}/bin/jar" xf "${ZIP}")
    fi
    [[ -f "${tmp}/keycloak-${KEYCLOAK_VERSION}/bin/kc.sh" ]] || die "unexpected zip layout in ${ZIP}"
    chmod +x "${tmp}/keycloak-${KEYCLOAK_VERSION}"/bin/*.sh
    mv "${tmp}/keycloak-${KEYCLOAK_VERSION}" "${INSTALL_DIR}"
    rm -rf "${tmp}"
}

if [[ ! -x "${INSTALL_DIR}/bin/kc.sh" ]]; then
    [[ -s "${ZIP}" ]] || download_zip
    unpack_zip
fi

# --- already running? -------------------------------------------------------------------------

wait_ready() {
    local pid="$1" deadline=$((SECONDS + KEYCLOAK_WAIT))
    log "waiting up to ${KEYCLOAK_WAIT} s for ${READY_URL}"
    while (( SECONDS < deadline )); do
        if curl -fsS -o /dev/null --max-time 5 "${READY_URL}" 2>/dev/null; then
            log "Keycloak is ready after ${SECONDS} s: ${BASE_URL} (admin console ${BASE_URL}/admin, admin/admin)"
            return 0
        fi
        if ! kill -0 "${pid}" 2>/dev/null; then
            tail -n 40 "${LOG_FILE}" >&2 || true
            rm -f "${PID_FILE}"
            die "Keycloak exited during startup; full log: ${LOG_FILE}"
        fi
        sleep 1
    done
    tail -n 40 "${LOG_FILE}" >&2 || true
    die "Keycloak did not answer within ${KEYCLOAK_WAIT} s (still running as pid ${pid}; log: ${LOG_FILE}; stop with --stop)"
}

if pid="$(running_pid)"; then
    if [[ "${RESET}" == true ]]; then
        die "--reset needs a stopped instance; run --stop first"
    fi
    log "Keycloak already running in the background (pid ${pid})"
    if [[ "${MODE}" == background ]]; then
        wait_ready "${pid}"
        exit 0
    fi
    die "stop it with --stop before starting in the foreground"
fi
if curl -fsS -o /dev/null --max-time 2 "${BASE_URL}/" 2>/dev/null; then
    die "something already answers on ${BASE_URL} (not started by this script); choose another KEYCLOAK_PORT"
fi

# --- realm ------------------------------------------------------------------------------------

[[ -f "${REALM_JSON}" ]] || die "realm file missing: ${REALM_JSON}"
if [[ "${RESET}" == true ]]; then
    # start-dev keeps its H2 database in data/h2; --import-realm skips realms that already exist.
    log "--reset: removing ${INSTALL_DIR}/data/h2 (realm will be re-imported)"
    rm -rf "${INSTALL_DIR}/data/h2"
fi
mkdir -p "${INSTALL_DIR}/data/import"
cp "${REALM_JSON}" "${INSTALL_DIR}/data/import/${REALM}-realm.json"
if [[ -d "${INSTALL_DIR}/data/h2" ]]; then
    log "note: realm '${REALM}' is imported only once; after editing the JSON run with --reset"
fi

# --- start ------------------------------------------------------------------------------------

export JAVA_HOME="${KC_JAVA_HOME}"
export PATH="${KC_JAVA_HOME}/bin:${PATH}"
# Localhost demo only.
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
if (( KC_JAVA_MAJOR >= 24 )); then
    # JDK 24+: jboss-threads needs java.lang opened (else IllegalAccessError stack traces when worker
    # threads end, e.g. on shutdown), and Netty's sun.misc.Unsafe use prints warnings.
    export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:+${JAVA_OPTS_APPEND} }--add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi

# --hostname fixes the issuer: tokens say http://127.0.0.1:PORT/realms/... even when fetched via localhost.
KC_ARGS=(
    start-dev
    --http-host=127.0.0.1
    --http-port="${KEYCLOAK_PORT}"
    --hostname="${BASE_URL}"
    --cache=local
    --import-realm
)
if [[ ${#EXTRA_ARGS[@]} -gt 0 ]]; then
    KC_ARGS+=("${EXTRA_ARGS[@]}")
fi

if [[ "${MODE}" == foreground ]]; then
    log "starting Keycloak ${KEYCLOAK_VERSION} on ${BASE_URL} (Ctrl-C stops it)"
    exec "${INSTALL_DIR}/bin/kc.sh" "${KC_ARGS[@]}"
fi

mkdir -p "${KEYCLOAK_HOME_DIR}"
log "starting Keycloak ${KEYCLOAK_VERSION} on ${BASE_URL} in the background (log: ${LOG_FILE})"
# setsid (where available): own process group, so it outlives the calling shell's job control
# and --stop can clean up the whole group.
SETSID=()
if command -v setsid >/dev/null 2>&1; then
    SETSID=(setsid)
fi
nohup ${SETSID[@]+"${SETSID[@]}"} "${INSTALL_DIR}/bin/kc.sh" "${KC_ARGS[@]}" </dev/null >"${LOG_FILE}" 2>&1 &
echo $! >"${PID_FILE}"
SECONDS=0
wait_ready "$(cat "${PID_FILE}")"
