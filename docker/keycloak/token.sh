#!/usr/bin/env bash
# Prints an access token from the local Keycloak (realm keurmerkregister) for a demo role.
#
#   docker/keycloak/token.sh ROLE             # prints the raw access token
#   docker/keycloak/token.sh --decode ROLE    # prints the token's payload (JSON) instead
#
#   curl -H "Authorization: Bearer $(docker/keycloak/token.sh kiwa)" http://localhost:8080/...
#
# ROLE:
#   admin            client credentials of nvvk-admin-system   (nvvk-admin)
#   kiwa             client credentials of kiwa-system         (certifier, certifying_body=KIWA)
#   keurtoets        client credentials of keurtoets-system    (certifier, certifying_body=KEURTOETS)
#   auditor-kiwa     password grant of auditor.kiwa            (certifier, certifying_body=KIWA)
#   auditor-keurtoets password grant of auditor.keurtoets      (certifier, certifying_body=KEURTOETS)
#   nvvk-beheer      password grant of nvvk.beheer             (nvvk-admin)
#   member           password grant of lid.zonnedijk           (member and quality-coordinator, organisation=90000001)
#   colleague        password grant of collega.zonnedijk       (member, organisation=90000001)
#   member-rijnmond  password grant of lid.kredietbank-rijnmond (member, organisation=90000002)
#   reporting        client credentials of nvvk-reporting      (nvvk-admin, but another audience: the API answers 401)
#
# Environment: KEYCLOAK_URL (default http://127.0.0.1:18080). Needs only curl and sed.
# All secrets and passwords below are local demo values from keurmerkregister-realm.json.
set -euo pipefail

KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:18080}"
KEYCLOAK_URL="${KEYCLOAK_URL%/}"
TOKEN_URL="${KEYCLOAK_URL}/realms/keurmerkregister/protocol/openid-connect/token"
PORTAL_CLIENT=keurmerk-portal

usage() {
    sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

DECODE=false
if [[ "${1:-}" == "-d" || "${1:-}" == "--decode" ]]; then
    DECODE=true
    shift
fi
[[ $# -eq 1 ]] || usage

case "$1" in
    admin)             FORM=(-d grant_type=client_credentials -d client_id=nvvk-admin-system -d client_secret=nvvk-admin-system-demo-secret) ;;
    kiwa)              FORM=(-d grant_type=client_credentials -d client_id=kiwa-system -d client_secret=kiwa-system-demo-secret) ;;
    keurtoets)         FORM=(-d grant_type=client_credentials -d client_id=keurtoets-system -d client_secret=keurtoets-system-demo-secret) ;;
    auditor-kiwa)      FORM=(-d grant_type=password -d client_id="${PORTAL_CLIENT}" -d username=auditor.kiwa -d password=auditor-kiwa-demo) ;;
    auditor-keurtoets) FORM=(-d grant_type=password -d client_id="${PORTAL_CLIENT}" -d username=auditor.keurtoets -d password=auditor-keurtoets-demo) ;;
    nvvk-beheer)       FORM=(-d grant_type=password -d client_id="${PORTAL_CLIENT}" -d username=nvvk.beheer -d password=nvvk-beheer-demo) ;;
    member)            FORM=(-d grant_type=password -d client_id="${PORTAL_CLIENT}" -d username=lid.zonnedijk -d password=lid-zonnedijk-demo) ;;
    colleague)         FORM=(-d grant_type=password -d client_id="${PORTAL_CLIENT}" -d username=collega.zonnedijk -d password=collega-zonnedijk-demo) ;;
    member-rijnmond)   FORM=(-d grant_type=password -d client_id="${PORTAL_CLIENT}" -d username=lid.kredietbank-rijnmond -d password=lid-kredietbank-demo) ;;
    reporting)         FORM=(-d grant_type=client_credentials -d client_id=nvvk-reporting -d client_secret=nvvk-reporting-demo-secret) ;;
    -h|--help)         usage ;;
    *)                 echo "token.sh: unknown role '$1'" >&2; usage ;;
esac

if ! RESPONSE="$(curl -sS --max-time 20 -w '\n%{http_code}' "${FORM[@]}" "${TOKEN_URL}")"; then
    echo "token.sh: cannot reach ${TOKEN_URL} (is Keycloak running? docker/keycloak/start-local.sh --background)" >&2
    exit 1
fi
STATUS="${RESPONSE##*$'\n'}"
BODY="${RESPONSE%$'\n'*}"
TOKEN="$(printf '%s' "${BODY}" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')"
if [[ "${STATUS}" != 200 || -z "${TOKEN}" ]]; then
    echo "token.sh: token request failed (HTTP ${STATUS}): ${BODY}" >&2
    exit 1
fi

if [[ "${DECODE}" == false ]]; then
    printf '%s\n' "${TOKEN}"
    exit 0
fi

# base64url -> base64 with padding, then decode the payload (second segment).
PAYLOAD="$(printf '%s' "${TOKEN}" | cut -d. -f2 | tr '_-' '/+')"
case $(( ${#PAYLOAD} % 4 )) in
    2) PAYLOAD="${PAYLOAD}==" ;;
    3) PAYLOAD="${PAYLOAD}=" ;;
esac
printf '%s' "${PAYLOAD}" | base64 -d 2>/dev/null || printf '%s' "${PAYLOAD}" | base64 -D
echo
