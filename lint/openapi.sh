#!/usr/bin/env bash
# Lints the committed OpenAPI document openapi/openapi.yaml with Spectral, using the repository's
# .spectral.yaml (spectral:oas recommended + OWASP API Security Top 10). Exits non-zero on any
# error-severity result; warnings, infos and hints are printed but do not fail.
#
# The tools are pinned in lint/package.json and lint/package-lock.json; `npm ci` installs them into
# lint/node_modules when that is missing or was installed from a different package-lock.json.
# Extra arguments go to `spectral lint`, e.g. `lint/openapi.sh -f json` (this script's own messages and
# npm's output go to stderr, so stdout is Spectral's report alone).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The fail severity and the ruleset are fixed here: Spectral takes a repeated --fail-severity as a list
# and then exits 0 even with errors, so they may not be passed again.
for arg in "$@"; do
  case "$arg" in
    -F | -F* | --fail-severity | --fail-severity=* | -r | -r* | --ruleset | --ruleset=*)
      echo "lint/openapi.sh: '$arg' is fixed by this script (--fail-severity error, --ruleset .spectral.yaml); pass only output options such as -f json or -D." >&2
      exit 2
      ;;
  esac
done

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "lint/openapi.sh: '$tool' is not on the PATH; install Node.js 20.17+ with npm to lint openapi/openapi.yaml." >&2
    exit 127
  fi
done

# Fingerprint of the lockfile that node_modules was installed from; written after a successful npm ci.
stamp=lint/node_modules/.openapi-lint-lock.sha256
lock_sha="$(node -e 'process.stdout.write(require("crypto").createHash("sha256").update(require("fs").readFileSync(process.argv[1])).digest("hex"))' lint/package-lock.json)"

if [[ ! -x lint/node_modules/.bin/spectral || ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sha" ]]; then
  echo "lint/openapi.sh: installing the pinned Spectral tools (npm ci in lint/)" >&2
  # --ignore-scripts: none of the tools needs an install script (the only one in the tree is a
  # usage-analytics postinstall).
  (cd lint && npm ci --no-audit --no-fund --ignore-scripts) >&2
  printf '%s' "$lock_sha" > "$stamp"
fi

echo "lint/openapi.sh: spectral $(lint/node_modules/.bin/spectral --version) lint openapi/openapi.yaml" >&2
exec lint/node_modules/.bin/spectral lint openapi/openapi.yaml \
  --ruleset .spectral.yaml \
  --fail-severity error \
  "$@"
