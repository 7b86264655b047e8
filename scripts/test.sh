#!/usr/bin/env bash
# All tests: generated-contract drift (and the quality gate's chatter model against its training data) and BACKWARD compatibility with the last release, formatting, lint (with module boundaries), typecheck and unit tests,
# deployment artefacts (Prometheus rules, Helm chart, dashboards, compose), then integration and end-to-end tests against real Kafka, schema registry and PostgreSQL,
# Schemathesis against every HTTP API, and the fast fault scenarios.
#
# Uses the services named by KAFKA_BROKERS, SCHEMA_REGISTRY_URL and DATABASE_URL when all three are set;
# otherwise starts the project's own with scripts/infra.sh (and leaves them running for the next run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

[[ -d node_modules ]] || npm ci --no-audit --no-fund
rm -rf tmp/test-results

echo "== contracts, format, lint, typecheck, unit tests"
npm run --silent contracts:check
npm run --silent asyncapi:check
node -r @swc-node/register bench/quality-eval/train-chatter-model.ts --check > /dev/null
npx prettier --check . --log-level warn
npx nx run-many -t lint typecheck test --outputStyle=static --skip-nx-cache

echo "== deployment artefacts (promtool, helm lint/template, dashboards, compose)"
scripts/check-deploy.sh

echo "== production dependencies (npm audit: a high or critical finding fails)"
scripts/audit.sh

echo "== integration and end-to-end tests (real Kafka, registry, PostgreSQL)"
if [[ -z "${KAFKA_BROKERS:-}" || -z "${SCHEMA_REGISTRY_URL:-}" || -z "${DATABASE_URL:-}" ]]; then
  scripts/infra.sh up
  set -a
  eval "$(scripts/infra.sh env)"
  set +a
fi
npx nx run-many -t integration --parallel=1 --outputStyle=static

echo "== API fuzzing (Schemathesis against each service's OpenAPI document: 0 failures)"
scripts/api-fuzz.sh

echo "== fault scenarios, fast subset (bench/faults: poison on every input topic, SIGKILL of each service)"
node -r @swc-node/register bench/faults/run.ts --scenario poison,kill-each --skus 30

echo "== summary"
node -r @swc-node/register tools/test-report/summarize-test-results.ts
