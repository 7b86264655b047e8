#!/usr/bin/env bash
# Starts and stops the pipeline's processes natively: the LLM simulator and the seven services.
#
#   scripts/services.sh start [NAME ...]   start (all by default) and wait until each is ready
#   scripts/services.sh stop [NAME ...]    SIGTERM (graceful drain), SIGKILL after 40 s
#   scripts/services.sh kill NAME          SIGKILL at once (fault tests)
#   scripts/services.sh status
#   scripts/services.sh urls [NAME ...]     "name http://127.0.0.1:port" of each service with an HTTP API
#
# Connection settings come from the environment, defaulting to what scripts/infra.sh started.
# SIMULATOR_ARGS passes flags to the simulator (e.g. "--latency-median-ms 200 --fault-rate 0.1").
# The review console is started by name (`scripts/services.sh start console`); it needs CONSOLE_SERVICE_API_KEY and,
# on the version store and cost meter, that key in API_KEYS with its principal in API_ACTING_PRINCIPALS.
# Logs: .infra/logs/<name>.log; pid files: .infra/run/<name>.pid.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
RUN="$ROOT/.infra/run"
LOGS="$ROOT/.infra/logs"
mkdir -p "$RUN" "$LOGS"

ALL=(llm-simulator ingester generator quality-gate regenerator version-store cost-meter job-service)

port_of() {
  case "$1" in
    llm-simulator) echo "${SIMULATOR_PORT:-18090}" ;;
    ingester) echo 3001 ;;
    generator) echo 3002 ;;
    quality-gate) echo 3003 ;;
    regenerator) echo 3004 ;;
    version-store) echo 3005 ;;
    cost-meter) echo 3006 ;;
    job-service) echo 3007 ;;
    console) echo "${CONSOLE_PORT:-3008}" ;;
    *) echo "unknown service: $1" >&2; exit 2 ;;
  esac
}

ready_path() { [[ "$1" == llm-simulator ]] && echo /health || echo /health/ready; }

is_running() { [[ -f "$RUN/$1.pid" ]] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

if [[ -f "$ROOT/.infra/ports.env" && -x "$ROOT/scripts/infra.sh" ]]; then
  # Only fill what the caller has not set: pointing at an external stack stays possible.
  while IFS='=' read -r name value; do
    [[ -n "$name" && -z "${!name:-}" ]] && export "$name=$value"
  done < <("$ROOT/scripts/infra.sh" env)
fi

start_one() {
  local name=$1 port
  port=$(port_of "$name")
  if is_running "$name"; then echo "[services] $name already running (pid $(cat "$RUN/$name.pid"))"; return; fi
  if [[ "$name" == llm-simulator ]]; then
    # shellcheck disable=SC2086 # SIMULATOR_ARGS is a list of flags
    (cd "$ROOT" && exec node -r @swc-node/register apps/llm-simulator/src/main.ts --port "$port" ${SIMULATOR_ARGS:-}) \
      >>"$LOGS/$name.log" 2>&1 &
  else
    (cd "$ROOT" && HTTP_PORT="$port" exec node -r @swc-node/register "apps/$name/src/main.ts") >>"$LOGS/$name.log" 2>&1 &
  fi
  echo $! >"$RUN/$name.pid"
}

wait_ready() {
  local name=$1 port deadline
  port=$(port_of "$name")
  deadline=$((SECONDS + ${SERVICES_READY_TIMEOUT:-90}))
  until curl -fsS "http://127.0.0.1:$port$(ready_path "$name")" >/dev/null 2>&1; do
    if ! is_running "$name"; then
      echo "[services] $name exited during start-up; last log lines:" >&2
      tail -n 20 "$LOGS/$name.log" >&2
      return 1
    fi
    if ((SECONDS > deadline)); then
      echo "[services] $name not ready after ${SERVICES_READY_TIMEOUT:-90}s; last log lines:" >&2
      tail -n 20 "$LOGS/$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "[services] $name ready on http://127.0.0.1:$port"
}

stop_one() {
  local name=$1 signal=${2:-TERM} pid
  is_running "$name" || { rm -f "$RUN/$name.pid"; return 0; }
  pid=$(cat "$RUN/$name.pid")
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "[services] $name did not stop in 40 s; killing" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/$name.pid"
  echo "[services] $name stopped ($signal)"
}

command=${1:-}
shift || true
names=("$@")
if ((${#names[@]} == 0)); then
  names=("${ALL[@]}")
  # The console starts only by name, but stopping everything includes it: a console left running keeps the demo's
  # port and whatever file descriptors it inherited (a lock a caller held, for one).
  [[ "$command" == stop || "$command" == status ]] && names+=(console)
fi

case "$command" in
  start)
    for name in "${names[@]}"; do start_one "$name"; done
    for name in "${names[@]}"; do wait_ready "$name"; done
    ;;
  stop)
    pids=()
    for name in "${names[@]}"; do stop_one "$name" TERM & pids+=($!); done
    for pid in "${pids[@]}"; do wait "$pid"; done
    ;;
  kill)
    for name in "${names[@]}"; do stop_one "$name" KILL; done
    ;;
  status)
    for name in "${names[@]}"; do
      if is_running "$name"; then echo "$name up (pid $(cat "$RUN/$name.pid"))"; else echo "$name down"; fi
    done
    ;;
  urls)
    for name in "${names[@]}"; do
      [[ "$name" == llm-simulator ]] || echo "$name http://127.0.0.1:$(port_of "$name")"
    done
    ;;
  *)
    echo "usage: scripts/services.sh start|stop|kill|status|urls [NAME ...]" >&2
    exit 2
    ;;
esac
