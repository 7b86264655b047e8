#!/usr/bin/env bash
# Native (no Docker) development/CI infrastructure for content-pipeline.
#
#   scripts/infra.sh up [--brokers 3]   install what is missing, start everything, wait until ready
#                                       (--brokers 3: a three-node Kafka cluster instead of one broker)
#   scripts/infra.sh down     stop exactly the processes this script started
#   scripts/infra.sh status   report each service up/down (exit 0 only if all are up)
#   scripts/infra.sh env      print KAFKA_BROKERS / KAFKA_REPLICATION_FACTOR / SCHEMA_REGISTRY_URL / DATABASE_URL
#                             usage: eval "$(scripts/infra.sh env)"
#   scripts/infra.sh broker stop|kill|start N   one node of the cluster (fault scenarios): SIGTERM, SIGKILL, start
#
# Services (all bound to 127.0.0.1):
#   Kafka 4.x KRaft               KAFKA_PORT (19092), KAFKA_CONTROLLER_PORT (19093); with --brokers 3, node N
#                                 listens on KAFKA_PORT + 10*(N-1) and KAFKA_CONTROLLER_PORT + 10*(N-1)
#   Apicurio Registry (ccompat)   REGISTRY_PORT (18081)
#   PostgreSQL (Debian packages)  PG_PORT (15432)
#
# Everything lives under <repo>/.infra (gitignored): downloaded jars, built registry,
# data, pid files, logs (.infra/logs/*.log). Reset: scripts/infra.sh down && rm -rf .infra
# See deploy/native/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
NATIVE="$ROOT/deploy/native"
INFRA="$ROOT/.infra"
LOGS="$INFRA/logs"
PIDS="$INFRA/pids"
STATE_FILE="$INFRA/ports.env"

HOST=127.0.0.1
READY_TIMEOUT="${INFRA_READY_TIMEOUT:-120}"   # seconds, per service

# Ports: explicit env > (except for `up`) what the last `up` recorded, so that
# env/status/down describe the running stack even if it was started with overrides
# > defaults.
_env_kafka_port="${KAFKA_PORT:-}"
_env_ctrl_port="${KAFKA_CONTROLLER_PORT:-}"
_env_registry_port="${REGISTRY_PORT:-}"
_env_pg_port="${PG_PORT:-}"
_arg_brokers=""
if [[ "${1:-}" == up && "${2:-}" == --brokers ]]; then _arg_brokers="${3:-}"; fi
unset KAFKA_PORT KAFKA_CONTROLLER_PORT REGISTRY_PORT PG_PORT KAFKA_NODES
# `up` also takes the recorded ports while part of that stack still runs (a pid file of a live process): restarting
# a stopped Kafka beside a running registry and PostgreSQL must not move it to the default ports.
recorded_stack_running() {
  local f
  for f in "$INFRA"/pids/*.pid; do
    [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null && return 0
  done
  return 1
}
if [[ -f "$STATE_FILE" ]] && { [[ "${1:-}" != up ]] || recorded_stack_running; }; then
  # shellcheck disable=SC1090
  source "$STATE_FILE"
fi
KAFKA_PORT="${_env_kafka_port:-${KAFKA_PORT:-19092}}"
KAFKA_CONTROLLER_PORT="${_env_ctrl_port:-${KAFKA_CONTROLLER_PORT:-19093}}"
REGISTRY_PORT="${_env_registry_port:-${REGISTRY_PORT:-18081}}"
PG_PORT="${_env_pg_port:-${PG_PORT:-15432}}"
# `up` starts the node count it is given (default one); every other command describes what `up` started.
if [[ "${1:-}" == up ]]; then KAFKA_NODES="${_arg_brokers:-1}"; else KAFKA_NODES="${KAFKA_NODES:-1}"; fi
[[ "$KAFKA_NODES" == 1 || "$KAFKA_NODES" == 3 ]] || { echo "[infra] ERROR: --brokers must be 1 or 3, got '$KAFKA_NODES'" >&2; exit 2; }

PG_USER=pipeline
PG_PASSWORD=pipeline
PG_DB=pipeline
REGISTRY_DB=schema_registry   # registry storage, kept apart from the app's database

# Node N (1-based) of the cluster: its process name, broker port and controller port.
kafka_node_name() { if ((KAFKA_NODES == 1)); then echo kafka; else echo "kafka-$1"; fi; }
kafka_node_port() { echo $((KAFKA_PORT + 10 * ($1 - 1))); }
kafka_node_controller_port() { echo $((KAFKA_CONTROLLER_PORT + 10 * ($1 - 1))); }
KAFKA_BROKERS="$(for ((n = 1; n <= KAFKA_NODES; n++)); do printf '%s%s:%s' "$([[ $n -gt 1 ]] && echo ,)" "$HOST" "$(kafka_node_port "$n")"; done)"
# Three nodes: every topic on all three, writes acknowledged by two (acks=all), so one node may be lost.
KAFKA_REPLICATION_FACTOR=$KAFKA_NODES
KAFKA_MIN_INSYNC_REPLICAS=$(((KAFKA_NODES + 1) / 2))
SCHEMA_REGISTRY_URL="http://$HOST:$REGISTRY_PORT/apis/ccompat/v7"
DATABASE_URL="postgres://$PG_USER:$PG_PASSWORD@$HOST:$PG_PORT/$PG_DB"

# Marker put on our JVM command lines so `down` never kills a foreign process that
# happens to reuse a recorded pid.
MARKER="-Dcontent.pipeline.infra=$ROOT"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

print_env() {
  printf 'KAFKA_BROKERS=%s\n' "$KAFKA_BROKERS"
  printf 'KAFKA_REPLICATION_FACTOR=%s\n' "$KAFKA_REPLICATION_FACTOR"
  printf 'SCHEMA_REGISTRY_URL=%s\n' "$SCHEMA_REGISTRY_URL"
  printf 'DATABASE_URL=%s\n' "$DATABASE_URL"
}

# ---------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
  [[ "$(id -u)" -eq 0 ]] || die "missing packages ($*); install them or re-run as root"
  command -v apt-get >/dev/null || die "missing packages ($*) and no apt-get on this machine"
  if [[ "$APT_UPDATED" -eq 0 ]]; then
    log "apt-get update"
    apt-get update -qq >&2
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

java_major() { # $1 = java binary
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}

# Java 17 is preferred (Kafka 4.x brokers need >= 17; Apicurio 2.4 is tested on 11/17).
find_java_home() {
  local c
  for c in "${INFRA_JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-* \
           "${JAVA_HOME:-}" /usr/lib/jvm/temurin-17-jdk-amd64 \
           "$(command -v java >/dev/null && dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    [[ -n "$c" && -x "$c/bin/java" ]] || continue
    local m; m="$(java_major "$c/bin/java" || true)"
    if [[ -n "$m" && "$m" -ge 17 ]]; then echo "$c"; return 0; fi
  done
  return 1
}

pg_bindir() {
  local d
  d="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  [[ -n "$d" && -x "$d/initdb" ]] && echo "$d"
}

ensure_prereqs() {
  local pkgs=()
  JAVA_HOME_SEL="$(find_java_home || true)"
  [[ -n "$JAVA_HOME_SEL" ]] || pkgs+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || pkgs+=(maven)
  command -v curl >/dev/null || pkgs+=(curl ca-certificates)
  PG_BIN="$(pg_bindir || true)"
  [[ -n "$PG_BIN" ]] || pkgs+=(postgresql)
  if ((${#pkgs[@]})); then apt_install "${pkgs[@]}"; fi
  JAVA_HOME_SEL="${JAVA_HOME_SEL:-$(find_java_home || true)}"
  [[ -n "$JAVA_HOME_SEL" ]] || die "no Java >= 17 found"
  PG_BIN="${PG_BIN:-$(pg_bindir || true)}"
  [[ -n "$PG_BIN" ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
  JAVA="$JAVA_HOME_SEL/bin/java"
  export JAVA_HOME="$JAVA_HOME_SEL"   # for mvn
}

# Maven with our settings (routes the extra repositories some third-party POMs
# declare to Central) and the normal ~/.m2 cache.
mvn_run() { mvn -B -q -ntp -s "$NATIVE/maven-settings.xml" "$@"; }

stamp_of() { cat "$@" | sha256sum | cut -c1-16; }

# ---------------------------------------------------------------------------
# Process helpers
# ---------------------------------------------------------------------------
pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# pid recorded for a JVM service, only if it is still alive and is ours.
our_pid() { # $1 = service name
  local f="$PIDS/$1.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f")"
  pid_alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$MARKER" || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# Refuse to start on a port some other process already listens on (clearer than a bind error).
ensure_port_free() { # $1 = service, $2 = port
  if port_open "$2"; then
    die "$1: port $HOST:$2 is already in use by another process (override with the matching *_PORT env var)"
  fi
}

rotate_log() { [[ -f "$1" ]] && mv -f "$1" "$1.1"; :; }

fail_with_log() { # $1 = message, $2 = log file
  printf '[infra] ERROR: %s\n' "$1" >&2
  if [[ -f "$2" ]]; then
    printf '[infra] ---- last 60 lines of %s ----\n' "$2" >&2
    tail -n 60 "$2" >&2 || true
    printf '[infra] ---- end of %s ----\n' "$2" >&2
  fi
  exit 1
}

stop_pid() { # $1 = name, $2 = pid
  local i
  kill -TERM "$2" 2>/dev/null || return 0
  for ((i = 0; i < 60; i++)); do
    pid_alive "$2" || return 0
    sleep 0.5
  done
  log "$1 (pid $2) did not stop after 30s; killing"
  kill -KILL "$2" 2>/dev/null || true
}

# Start a JVM in its own session, detached from this shell, logging to $LOGS/<name>.log.
start_jvm() { # $1 = name, rest = java args
  local name="$1"; shift
  rotate_log "$LOGS/$name.log"
  # 9>&-: do not leak the infra.sh lock fd into the long-lived daemon.
  setsid nohup "$JAVA" "$MARKER" "$@" >"$LOGS/$name.log" 2>&1 </dev/null 9>&- &
  echo $! >"$PIDS/$name.pid"
}

# ---------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------
IS_ROOT=0; [[ "$(id -u)" -eq 0 ]] && IS_ROOT=1
as_pg() { if ((IS_ROOT)); then runuser -u postgres -- "$@"; else "$@"; fi; }

# The cluster must be owned by the `postgres` OS user when we are root (initdb refuses
# root). If that user cannot reach .infra (repo under /root, ...), the data lives in
# /tmp/content-pipeline-pg-<hash of repo path> instead; .infra/pg.location records it.
pg_base() {
  if [[ -f "$INFRA/pg.location" ]]; then cat "$INFRA/pg.location"; return; fi
  local base="$INFRA/pg"
  mkdir -p "$base"
  if ((IS_ROOT)); then
    chown postgres: "$base"
    if ! runuser -u postgres -- test -w "$base" -a -x "$base"; then
      rmdir "$base" 2>/dev/null || true
      base="/tmp/content-pipeline-pg-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
      mkdir -p "$base" && chown postgres: "$base" && chmod 700 "$base"
    fi
  fi
  echo "$base" >"$INFRA/pg.location"
  echo "$base"
}

pg_paths() {
  PG_BASE="$(pg_base)"
  PGDATA_DIR="$PG_BASE/data"
  PG_SOCK="$PG_BASE/sock"
  PG_LOG="$PG_BASE/postgres.log"   # written by the postgres user; symlinked into .infra/logs
}

pg_running() {
  [[ -f "$PGDATA_DIR/postmaster.pid" ]] && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1
}

pg_superuser_sql() { # $1 = database, stdin = SQL
  as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d "$1" -f - >/dev/null
}

start_postgres() {
  pg_paths
  ln -sfn "$PG_LOG" "$LOGS/postgres.log"
  if [[ ! -f "$PGDATA_DIR/PG_VERSION" ]]; then
    log "postgres: initdb $PGDATA_DIR"
    as_pg mkdir -p "$PGDATA_DIR" "$PG_SOCK"
    as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres -E UTF8 --locale=C \
      --auth-local=trust --auth-host=scram-sha-256 >"$LOGS/postgres-initdb.log" 2>&1 ||
      fail_with_log "initdb failed" "$LOGS/postgres-initdb.log"
    echo "include_if_exists = 'infra.conf'" | as_pg tee -a "$PGDATA_DIR/postgresql.conf" >/dev/null
  fi
  # Regenerated on every start so port overrides apply. Durability is traded for
  # speed on purpose: this is a throwaway dev/test cluster.
  as_pg tee "$PGDATA_DIR/infra.conf" >/dev/null <<EOF
listen_addresses = '$HOST'
port = $PG_PORT
unix_socket_directories = '$PG_SOCK'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  if pg_running; then
    log "postgres: already running"
  else
    ensure_port_free postgres "$PG_PORT"
    log "postgres: starting on $HOST:$PG_PORT"
    as_pg mkdir -p "$PG_SOCK"
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t "$READY_TIMEOUT" start >/dev/null 2>&1 9>&- ||
      fail_with_log "postgres failed to start" "$PG_LOG"
  fi
  head -n1 "$PGDATA_DIR/postmaster.pid" >"$PIDS/postgres.pid"

  # Idempotent role/database setup.
  pg_superuser_sql postgres <<EOF || fail_with_log "postgres: role/database setup failed" "$PG_LOG"
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $PG_DB OWNER $PG_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DB') \gexec
SELECT 'CREATE DATABASE $REGISTRY_DB OWNER $PG_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$REGISTRY_DB') \gexec
EOF
}

pg_ready() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 "$PG_BIN/psql" -X -tAq \
    -h "$HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -c 'SELECT 1' 2>/dev/null | grep -qx 1
}

wait_postgres() {
  local deadline=$((SECONDS + READY_TIMEOUT))
  until pg_ready; do
    ((SECONDS < deadline)) || fail_with_log "postgres not ready after ${READY_TIMEOUT}s" "$PG_LOG"
    sleep 0.5
  done
  log "postgres: ready ($DATABASE_URL)"
}

stop_postgres() {
  pg_paths
  if pg_running; then
    log "postgres: stopping"
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  rm -f "$PIDS/postgres.pid"
}

# ---------------------------------------------------------------------------
# Kafka (KRaft). One node by default; with --brokers 3, three nodes in combined mode (each a broker and a
# controller voter): the smallest quorum that survives one node lost, with no extra JVMs for dedicated
# controllers on a two-core machine. Production clusters usually separate the roles.
# ---------------------------------------------------------------------------
KAFKA_DIR="$INFRA/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
KAFKA_CP="$KAFKA_LIBS/*"
KAFKA_TOOLS_LOG4J="-Dlog4j2.configurationFile=$NATIVE/kafka/tools-log4j2.xml"
KAFKA_CLUSTER_DIR="$INFRA/kafka-cluster"

kafka_node_dir() { if ((KAFKA_NODES == 1)); then echo "$KAFKA_DIR"; else echo "$KAFKA_CLUSTER_DIR/node-$1"; fi; }

install_kafka() {
  local stamp; stamp="$(stamp_of "$NATIVE/kafka/pom.xml" "$NATIVE/maven-settings.xml")"
  if [[ -f "$KAFKA_LIBS/.stamp" && "$(cat "$KAFKA_LIBS/.stamp")" == "$stamp" ]]; then return; fi
  log "kafka: resolving jars from Maven Central (cached in ~/.m2)"
  rm -rf "$KAFKA_LIBS.tmp"
  mvn_run -f "$NATIVE/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_LIBS.tmp" >"$LOGS/kafka-install.log" 2>&1 ||
    fail_with_log "kafka: maven dependency download failed" "$LOGS/kafka-install.log"
  rm -rf "$KAFKA_LIBS" && mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
  echo "$stamp" >"$KAFKA_LIBS/.stamp"
}

write_kafka_config() { # $1 = node
  local dir port controller_port voters="" n
  dir="$(kafka_node_dir "$1")"; port="$(kafka_node_port "$1")"; controller_port="$(kafka_node_controller_port "$1")"
  for ((n = 1; n <= KAFKA_NODES; n++)); do
    voters+="$([[ $n -gt 1 ]] && echo ,)$n@$HOST:$(kafka_node_controller_port "$n")"
  done
  mkdir -p "$dir/data"
  cat >"$dir/server.properties" <<EOF
# Generated by scripts/infra.sh on every start -- edit the script, not this file.
process.roles=broker,controller
node.id=$1
# Static voters: need no --standalone formatting and tolerate port changes.
controller.quorum.voters=$voters
listeners=PLAINTEXT://$HOST:$port,CONTROLLER://$HOST:$controller_port
advertised.listeners=PLAINTEXT://$HOST:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=6
default.replication.factor=$KAFKA_REPLICATION_FACTOR
min.insync.replicas=$KAFKA_MIN_INSYNC_REPLICAS
offsets.topic.replication.factor=$KAFKA_REPLICATION_FACTOR
transaction.state.log.replication.factor=$KAFKA_REPLICATION_FACTOR
transaction.state.log.min.isr=$KAFKA_MIN_INSYNC_REPLICAS
share.coordinator.state.topic.replication.factor=$KAFKA_REPLICATION_FACTOR
share.coordinator.state.topic.min.isr=$KAFKA_MIN_INSYNC_REPLICAS
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
unclean.leader.election.enable=false
EOF
}

# Every node of a cluster is formatted with the same cluster id, kept beside the nodes' directories.
format_kafka_storage() { # $1 = node
  local dir cluster_id id_file="$KAFKA_CLUSTER_DIR/cluster.id"; dir="$(kafka_node_dir "$1")"
  [[ -f "$dir/data/meta.properties" ]] && return
  if ((KAFKA_NODES > 1)) && [[ -f "$id_file" ]]; then
    cluster_id="$(cat "$id_file")"
  else
    cluster_id="$("$JAVA" "$KAFKA_TOOLS_LOG4J" -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka-format.log")" ||
      fail_with_log "kafka: could not generate a cluster id" "$LOGS/kafka-format.log"
    ((KAFKA_NODES == 1)) || echo "$cluster_id" >"$id_file"
  fi
  log "$(kafka_node_name "$1"): formatting storage (cluster id $cluster_id)"
  "$JAVA" "$KAFKA_TOOLS_LOG4J" -cp "$KAFKA_CP" kafka.tools.StorageTool format \
    -t "$cluster_id" -c "$dir/server.properties" >>"$LOGS/kafka-format.log" 2>&1 ||
    fail_with_log "kafka: storage format failed" "$LOGS/kafka-format.log"
}

start_kafka_node() { # $1 = node
  local name dir port controller_port
  name="$(kafka_node_name "$1")"; dir="$(kafka_node_dir "$1")"
  port="$(kafka_node_port "$1")"; controller_port="$(kafka_node_controller_port "$1")"
  write_kafka_config "$1"
  if our_pid "$name" >/dev/null; then log "$name: already running"; return; fi
  ensure_port_free "$name" "$port"
  ensure_port_free "$name-controller" "$controller_port"
  format_kafka_storage "$1"
  log "$name: starting on $HOST:$port (controller $HOST:$controller_port)"
  start_jvm "$name" -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$NATIVE/kafka/log4j2.xml" -Dkafka.logs.dir="$LOGS" \
    -cp "$KAFKA_CP" kafka.Kafka "$dir/server.properties"
}

start_kafka() {
  install_kafka
  mkdir -p "$KAFKA_CLUSTER_DIR"
  local n
  for ((n = 1; n <= KAFKA_NODES; n++)); do start_kafka_node "$n"; done
}

any_kafka_node_alive() {
  local n
  for ((n = 1; n <= KAFKA_NODES; n++)); do our_pid "$(kafka_node_name "$n")" >/dev/null && return 0; done
  return 1
}

# Ready = every node's port is open AND a topic replicated to all of them can be created (the Admin API goes
# through a broker and the controller quorum).
wait_kafka() {
  local deadline=$((SECONDS + READY_TIMEOUT)) out="$LOGS/kafka-readiness.log" n name
  for ((n = 1; n <= KAFKA_NODES; n++)); do
    name="$(kafka_node_name "$n")"
    until port_open "$(kafka_node_port "$n")"; do
      our_pid "$name" >/dev/null || fail_with_log "$name exited during startup" "$LOGS/$name.log"
      ((SECONDS < deadline)) || fail_with_log "$name port $(kafka_node_port "$n") not open after ${READY_TIMEOUT}s" "$LOGS/$name.log"
      sleep 0.5
    done
  done
  until "$JAVA" "$KAFKA_TOOLS_LOG4J" -Xmx128m -XX:TieredStopAtLevel=1 -cp "$KAFKA_CP" \
      org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BROKERS" \
      --create --if-not-exists --topic infra-readiness-check \
      --partitions 1 --replication-factor "$KAFKA_REPLICATION_FACTOR" >"$out" 2>&1; do
    any_kafka_node_alive || fail_with_log "kafka exited during startup" "$LOGS/$(kafka_node_name 1).log"
    ((SECONDS < deadline)) || { cat "$out" >>"$LOGS/$(kafka_node_name 1).log"; fail_with_log "kafka not ready after ${READY_TIMEOUT}s" "$LOGS/$(kafka_node_name 1).log"; }
    sleep 1
  done
  log "kafka: ready (KAFKA_BROKERS=$KAFKA_BROKERS, replication factor $KAFKA_REPLICATION_FACTOR, min.insync.replicas $KAFKA_MIN_INSYNC_REPLICAS)"
}

# ---------------------------------------------------------------------------
# Schema registry: Apicurio Registry 2.4.2 (Confluent-compatible API under
# /apis/ccompat/v7), SQL storage on the local PostgreSQL. See deploy/native/REGISTRY.md.
# ---------------------------------------------------------------------------
REGISTRY_DIR="$INFRA/registry"
REGISTRY_BUILD="$REGISTRY_DIR/build"
REGISTRY_RUN_JAR="$REGISTRY_BUILD/quarkus-app/quarkus-run.jar"
# Build-time Quarkus settings (prefixed with %prod because the unpacked Apicurio
# application.properties sets %prod values for the same keys).
REGISTRY_BUILD_FLAGS=(-D%prod.quarkus.datasource.db-kind=postgresql -D%prod.quarkus.package.type=fast-jar)

install_registry() {
  local stamp
  stamp="$(stamp_of "$NATIVE/registry/pom.xml" "$NATIVE/maven-settings.xml"; echo "${REGISTRY_BUILD_FLAGS[*]}")"
  stamp="$(printf '%s' "$stamp" | sha256sum | cut -c1-16)"
  if [[ -f "$REGISTRY_RUN_JAR" && -f "$REGISTRY_DIR/.stamp" && "$(cat "$REGISTRY_DIR/.stamp")" == "$stamp" ]]; then
    return
  fi
  log "registry: building Apicurio Registry from Maven Central jars (cached in ~/.m2)"
  rm -rf "$REGISTRY_BUILD"
  mvn_run -f "$NATIVE/registry/pom.xml" package -DskipTests \
    -Dregistry.build.dir="$REGISTRY_BUILD" "${REGISTRY_BUILD_FLAGS[@]}" >"$LOGS/registry-build.log" 2>&1 ||
    fail_with_log "registry: build failed" "$LOGS/registry-build.log"
  [[ -f "$REGISTRY_RUN_JAR" ]] || fail_with_log "registry: build produced no $REGISTRY_RUN_JAR" "$LOGS/registry-build.log"
  # quarkus-app/ is self-contained; drop the ~80 MB of intermediate build output.
  find "$REGISTRY_BUILD" -mindepth 1 -maxdepth 1 ! -name quarkus-app -exec rm -rf {} +
  echo "$stamp" >"$REGISTRY_DIR/.stamp"
}

start_registry() {
  install_registry
  if our_pid registry >/dev/null; then log "registry: already running"; return; fi
  ensure_port_free registry "$REGISTRY_PORT"
  log "registry: starting on $HOST:$REGISTRY_PORT"
  # HTTP_PORT and REGISTRY_DATASOURCE_* are the knobs Apicurio's own
  # application.properties reads; the %prod pool sizes default to 20 connections.
  # Global compatibility BACKWARD mirrors Confluent Schema Registry's default
  # (Apicurio's own default is no rule, i.e. NONE).
  HTTP_PORT="$REGISTRY_PORT" \
  REGISTRY_DATASOURCE_URL="jdbc:postgresql://$HOST:$PG_PORT/$REGISTRY_DB" \
  REGISTRY_DATASOURCE_USERNAME="$PG_USER" \
  REGISTRY_DATASOURCE_PASSWORD="$PG_PASSWORD" \
  start_jvm registry -Xms64m -Xmx384m -XX:+UseSerialGC -Djava.awt.headless=true \
    -Dquarkus.http.host="$HOST" \
    -Dregistry.rules.global.compatibility=BACKWARD \
    -D%prod.quarkus.datasource.jdbc.initial-size=2 \
    -D%prod.quarkus.datasource.jdbc.min-size=2 \
    -D%prod.quarkus.datasource.jdbc.max-size=20 \
    -jar "$REGISTRY_RUN_JAR"
}

wait_registry() {
  local deadline=$((SECONDS + READY_TIMEOUT)) code
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$SCHEMA_REGISTRY_URL/subjects" || true)"
    [[ "$code" == 200 ]] && break
    our_pid registry >/dev/null || fail_with_log "registry exited during startup" "$LOGS/registry.log"
    ((SECONDS < deadline)) || fail_with_log "registry not ready after ${READY_TIMEOUT}s (last HTTP status: $code)" "$LOGS/registry.log"
    sleep 0.5
  done
  log "registry: ready (SCHEMA_REGISTRY_URL=$SCHEMA_REGISTRY_URL)"
}

stop_jvm_service() { # $1 = name
  local pid
  if pid="$(our_pid "$1")"; then
    log "$1: stopping (pid $pid)"
    stop_pid "$1" "$pid"
  fi
  rm -f "$PIDS/$1.pid"
}

# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------
with_lock() {
  mkdir -p "$INFRA"
  exec 9>"$INFRA/.lock"
  flock -w 300 9 || die "another infra.sh is running (lock $INFRA/.lock)"
}

state_lines() {
  printf 'KAFKA_PORT=%s\nKAFKA_CONTROLLER_PORT=%s\nREGISTRY_PORT=%s\nPG_PORT=%s\nKAFKA_NODES=%s\n' \
    "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$REGISTRY_PORT" "$PG_PORT" "$KAFKA_NODES"
}

# The state the last `up` recorded; one written before the broker count was recorded means one broker.
recorded_state() {
  cat "$STATE_FILE"
  grep -q '^KAFKA_NODES=' "$STATE_FILE" || echo 'KAFKA_NODES=1'
}

# Any Kafka node of either layout (one broker, or the three-node cluster) this checkout started.
any_kafka_started() {
  local name
  for name in kafka kafka-1 kafka-2 kafka-3; do our_pid "$name" >/dev/null && return 0; done
  return 1
}

cmd_up() {
  with_lock
  mkdir -p "$LOGS" "$PIDS" "$KAFKA_DIR" "$REGISTRY_DIR"
  cd "$INFRA"   # daemons inherit this cwd; keep them (and any stray files) out of the caller's cwd
  ensure_prereqs
  if [[ -f "$STATE_FILE" ]] && { any_kafka_started || our_pid registry >/dev/null ||
       pid_alive "$(cat "$PIDS/postgres.pid" 2>/dev/null)"; } &&
     [[ "$(recorded_state)" != "$(state_lines)" ]]; then
    die "the stack is running with other ports or brokers ($(tr '\n' ' ' <"$STATE_FILE")); run '$0 down' first"
  fi
  state_lines >"$STATE_FILE"
  # Downloads/builds of Kafka and the registry run in parallel with Postgres setup.
  local t0=$SECONDS
  install_kafka & local kafka_install=$!
  install_registry & local registry_install=$!
  start_postgres
  wait "$kafka_install" || exit 1
  start_kafka
  wait "$registry_install" || exit 1
  wait_postgres
  start_registry           # needs Postgres (its storage)
  wait_kafka
  wait_registry
  log "all services ready in $((SECONDS - t0))s"
  print_env
}

cmd_down() {
  with_lock
  mkdir -p "$PIDS"
  stop_jvm_service registry
  local name
  for name in kafka kafka-1 kafka-2 kafka-3; do stop_jvm_service "$name"; done
  if [[ -f "$INFRA/pg.location" ]] && PG_BIN="$(pg_bindir)"; then stop_postgres; fi
  log "all services stopped"
}

cmd_status() {
  local all_up=0 pid
  local n name
  for ((n = 1; n <= KAFKA_NODES; n++)); do
    name="$(kafka_node_name "$n")"
    if pid="$(our_pid "$name")" && port_open "$(kafka_node_port "$n")"; then
      printf '%-9s up    %s:%s (pid %s)\n' "$name" "$HOST" "$(kafka_node_port "$n")" "$pid"
    else printf '%-9s down\n' "$name"; all_up=1; fi
  done
  if pid="$(our_pid registry)" &&
     [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$SCHEMA_REGISTRY_URL/subjects" || true)" == 200 ]]; then
    echo "registry  up    $SCHEMA_REGISTRY_URL (pid $pid)"
  else echo "registry  down"; all_up=1; fi
  PG_BIN="$(pg_bindir || true)"
  if [[ -n "$PG_BIN" && -f "$INFRA/pg.location" ]] && pg_ready; then
    echo "postgres  up    $DATABASE_URL (pid $(cat "$PIDS/postgres.pid" 2>/dev/null || echo '?'))"
  else echo "postgres  down"; all_up=1; fi
  return "$all_up"
}

# One node of the running cluster, for fault scenarios: stop (SIGTERM, waits), kill (SIGKILL), start (waits for
# its port).
cmd_broker() { # $1 = stop|kill|start, $2 = node
  local action="${1:-}" node="${2:-}" name pid
  [[ "$node" =~ ^[0-9]+$ ]] && ((node >= 1 && node <= KAFKA_NODES)) ||
    die "usage: $0 broker stop|kill|start N (N from 1 to $KAFKA_NODES)"
  name="$(kafka_node_name "$node")"
  case "$action" in
    stop) if pid="$(our_pid "$name")"; then stop_pid "$name" "$pid"; fi ;;
    kill) if pid="$(our_pid "$name")"; then kill -KILL "$pid"; while pid_alive "$pid"; do sleep 0.2; done; fi ;;
    start)
      ensure_prereqs
      cd "$INFRA"
      start_kafka_node "$node"
      local deadline=$((SECONDS + READY_TIMEOUT))
      until port_open "$(kafka_node_port "$node")"; do
        our_pid "$name" >/dev/null || fail_with_log "$name exited during startup" "$LOGS/$name.log"
        ((SECONDS < deadline)) || fail_with_log "$name not listening after ${READY_TIMEOUT}s" "$LOGS/$name.log"
        sleep 0.5
      done
      log "$name: listening on $HOST:$(kafka_node_port "$node")" ;;
    *) die "usage: $0 broker stop|kill|start N" ;;
  esac
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  env) print_env ;;
  broker) cmd_broker "${2:-}" "${3:-}" ;;
  *) echo "usage: $0 up [--brokers 1|3]|down|status|env|broker stop|kill|start N" >&2; exit 2 ;;
esac
