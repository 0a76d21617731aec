# Sourced by .ci/run, bench/*.sh and docker/keycloak/start-local.sh: finds a JDK 21+ the way a
# newcomer's shell would — $JAVA_HOME, then `java` on the PATH, then the newest under /usr/lib/jvm
# (or macOS' JavaVirtualMachines) — and exports it as JAVA_HOME. Keycloak 26 needs 21+, and the
# whole build is tested on one JDK that runs everything.

java_major() {
    # The major version of the given java binary (8 for 1.8.x), or fails.
    local out ver
    out="$("$1" -version 2>&1)" || return 1
    ver="$(printf '%s\n' "${out}" | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
    [[ -n "${ver}" ]] || return 1
    ver="${ver#1.}"
    printf '%s\n' "${ver%%[.+-]*}"
}

is_jdk21() {
    local bin="$1" major
    [[ -x "${bin}" && -x "$(dirname "${bin}")/javac" ]] || return 1
    major="$(java_major "${bin}")" || return 1
    [[ "${major}" =~ ^[0-9]+$ ]] && (( major >= 21 ))
}

find_jdk21() {
    local candidate bin best="" best_major=0 major
    if [[ -n "${JAVA_HOME:-}" ]] && is_jdk21 "${JAVA_HOME}/bin/java"; then
        echo "${JAVA_HOME}"; return 0
    fi
    if bin="$(command -v java 2>/dev/null)"; then
        bin="$(readlink -f "${bin}" 2>/dev/null || echo "${bin}")"
        if is_jdk21 "${bin}"; then
            dirname "$(dirname "${bin}")"; return 0
        fi
    fi
    for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        is_jdk21 "${candidate}/bin/java" || continue
        major="$(java_major "${candidate}/bin/java")"
        if (( major > best_major )); then
            best="${candidate}"; best_major="${major}"
        fi
    done
    [[ -n "${best}" ]] || return 1
    echo "${best}"
}

if ! JAVA_HOME="$(find_jdk21)"; then
    echo "Keurmerkregister needs a JDK 21 or newer (Keycloak 26 in the end-to-end test needs it); none was found in \$JAVA_HOME, on the PATH or in /usr/lib/jvm." >&2
    # Sourced from an interactive shell, leave that shell open.
    return 1 2>/dev/null || exit 1
fi
export JAVA_HOME
export PATH="${JAVA_HOME}/bin:${PATH}"
