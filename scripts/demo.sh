#!/usr/bin/env bash
# The main job: the pipeline over the 200-SKU sample catalogue (plus the 24 bad-input cases: 23 to dead-letter, one valid despite extra fields) with the
# LLM simulator — real Kafka, schema registry and PostgreSQL, all seven services — then a summary.
#
#   npm run demo                      (or scripts/demo.sh)
#   SIMULATOR_ARGS="--fault-rate 0.1" npm run demo      content faults → regeneration and review
#   KEEP_RUNNING=1 npm run demo                        leave the services up afterwards
#   JUDGE_SAMPLE_RATE=1 npm run demo                   judge every published version (default 0.25 of each stratum)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

[[ -d node_modules ]] || npm ci --no-audit --no-fund
scripts/infra.sh up
set -a
eval "$(scripts/infra.sh env)"
set +a
npm run --silent migrate

if [[ -z "${KEEP_RUNNING:-}" ]]; then trap 'scripts/services.sh stop >/dev/null' EXIT; fi
export SIMULATOR_ARGS="${SIMULATOR_ARGS:---latency-median-ms 200 --latency-p95-ms 800}"
# The review console acts for its signed-in people on the version store and the job API with its own key.
export CONSOLE_SERVICE_API_KEY="${CONSOLE_SERVICE_API_KEY:-demo-console-key-0001}"
export API_KEYS="${API_KEYS:-$CONSOLE_SERVICE_API_KEY:operator:review-console}"
export API_ACTING_PRINCIPALS="${API_ACTING_PRINCIPALS:-review-console}"
export CONSOLE_ADMIN_EMAIL="${CONSOLE_ADMIN_EMAIL:-admin@example.com}"
export CONSOLE_ADMIN_PASSWORD="${CONSOLE_ADMIN_PASSWORD:-demo admin password}"
scripts/services.sh start
npx vite build --config apps/console/web/vite.config.mts --logLevel error
scripts/services.sh start console

JOB_ID="demo-$(date -u +%Y%m%dT%H%M%S)"
STARTED_MS=$(($(date +%s%N) / 1000000))
npm run --silent catalog:publish -- --file data/catalog/sample-200.jsonl --job "$JOB_ID" --lane bulk
npm run --silent catalog:publish -- --file data/catalog/bad-input.jsonl --job "$JOB_ID" --lane bulk
PUBLISHED=$(($(grep -c . data/catalog/sample-200.jsonl) + $(grep -c . data/catalog/bad-input.jsonl)))
node -r @swc-node/register tools/demo/job-summary.ts --job "$JOB_ID" --published "$PUBLISHED" --since "$STARTED_MS"
echo
# Quality: a spot-check sample for people, and the LLM judge on a sample (JUDGE_SAMPLE_RATE of each stratum).
node -r @swc-node/register tools/demo/judge-summary.ts --job "$JOB_ID" --version-store "http://127.0.0.1:3005" \
  --key "$CONSOLE_SERVICE_API_KEY" --rate "${JUDGE_SAMPLE_RATE:-0.25}"
echo
echo "Review console: http://127.0.0.1:3008 — sign in as $CONSOLE_ADMIN_EMAIL / $CONSOLE_ADMIN_PASSWORD (add reviewers under People)"
echo "Logs: .infra/logs/. Infrastructure is still up (stop it with: scripts/infra.sh down)."
