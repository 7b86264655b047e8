#!/usr/bin/env bash
# Fuzzes every HTTP service from its own OpenAPI document (/docs-json) with Schemathesis, every check on: no 5xx,
# every answer's status, content type, headers and body as documented, schema-valid requests accepted and invalid
# ones refused, keys enforced, undeclared methods answered 405.
#
#   scripts/api-fuzz.sh [SERVICE…]  start the services (simulator as the LLM), fuzz each (or those named), stop them
#
# Needs the infrastructure (scripts/infra.sh up) and no pipeline services running (it starts its own, with keys of
# its own). Schemathesis is installed from PyPI into a virtualenv under ~/.cache/content-pipeline on first use.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

SCHEMATHESIS_VERSION=4.32.5
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/content-pipeline/schemathesis-$SCHEMATHESIS_VERSION"
if [[ ! -x "$VENV/bin/schemathesis" ]]; then
  echo "[api-fuzz] installing schemathesis $SCHEMATHESIS_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

if scripts/services.sh status | grep -q ' up '; then
  echo "[api-fuzz] pipeline services are running; stop them first (scripts/services.sh stop)" >&2
  exit 1
fi

operator_key="api-fuzz-operator-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
export API_FUZZ_REVIEWER_KEY="api-fuzz-reviewer-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
export API_KEYS="$operator_key:operator:api-fuzz,$API_FUZZ_REVIEWER_KEY:reviewer:api-fuzz-reviewer"

# A database of its own, made anew each run: what Schemathesis writes (operator rules, people, budgets) must not
# reach the demo's or the next test's data.
DATABASE_URL="$(node -r @swc-node/register tools/api-fuzz/fresh-database.ts "${DATABASE_URL:-$(scripts/infra.sh env | sed -n 's/^DATABASE_URL=//p')}")"
export DATABASE_URL

trap 'scripts/services.sh stop >/dev/null 2>&1 || true' EXIT
npm run --silent migrate >/dev/null
scripts/services.sh start >/dev/null

mkdir -p tmp/test-results
failed=()
while read -r name url; do
  if (($#)) && [[ " $* " != *" $name "* ]]; then continue; fi
  echo "== $name ($url/docs-json)"
  if "$VENV/bin/schemathesis" --config-file tools/api-fuzz/schemathesis.toml run "$url/docs-json" \
    --header "Authorization: Bearer $operator_key" \
    --report junit --report-junit-path "tmp/test-results/api-fuzz-$name.xml" \
    >"tmp/test-results/api-fuzz-$name.log" 2>&1; then
    grep -E '^\s+[0-9]+ generated' "tmp/test-results/api-fuzz-$name.log" || true
  else
    failed+=("$name")
    sed -n '/FAILURES\|ERRORS/,$p' "tmp/test-results/api-fuzz-$name.log" | cut -c1-300 | head -80
  fi
done < <(scripts/services.sh urls)

if ((${#failed[@]})); then
  echo "[api-fuzz] FAILED: ${failed[*]} (full logs: tmp/test-results/api-fuzz-<service>.log)" >&2
  exit 1
fi
echo "[api-fuzz] every service conforms to its OpenAPI document"
