#!/usr/bin/env bash
# Static checks of everything under deploy/ plus Dockerfile and docker-compose.yml (no Docker engine needed):
#
#   1. Prometheus: promtool check config, check rules, test rules (deploy/prometheus/tests/*.yml)
#   2. Helm: every value documented (## @param), helm lint --strict and helm template with value variations
#      (defaults, existingSecret, ServiceMonitor + PrometheusRule, everything optional off, a real provider),
#      values the chart must refuse, and checks on the rendered manifests (hardening, probes, secrets)
#   3. Grafana: dashboards are valid JSON, every panel has queries, every metric they use is registered by
#      the code or listed as announced in apps/pipeline-e2e/test/metrics-coverage.e2e-spec.ts
#   4. docker-compose.yml: valid YAML, depends_on targets exist and have healthchecks, mounted paths exist,
#      hardening (cap_drop ALL, no-new-privileges), pinned images
#   5. Dockerfile: runs its compile step outside Docker and checks every require of the output resolves with
#      production dependencies only (what `npm ci --omit=dev` installs in the image)
#
# Installs what is missing: promtool (Debian package `prometheus`), helm (go install, cached in $(go env GOPATH)),
# PyYAML (python3-yaml). Exits non-zero on any failure. Usage: scripts/check-deploy.sh
#   scripts/check-deploy.sh --install-helm   # only build helm if missing (.ci/run does it while npm installs)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

HELM_VERSION="${HELM_VERSION:-v3.21.4}"
# Helm built by `go install` reports Kubernetes v1.20 unless told otherwise; the chart needs >= 1.25.
KUBE_VERSION="${KUBE_VERSION:-1.31.0}"
CHART="deploy/helm/content-pipeline"
WORK="$ROOT/tmp/check-deploy"
rm -rf "$WORK"
mkdir -p "$WORK"

failures=0
step() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok   %s\n' "$*"; }
fail() {
  printf '   FAIL %s\n' "$*" >&2
  failures=$((failures + 1))
}
# Runs a command quietly; shows its output only when it fails.
check() {
  local description=$1
  shift
  if "$@" >"$WORK/last.log" 2>&1; then ok "$description"; else
    fail "$description"
    sed 's/^/        /' "$WORK/last.log" >&2
  fi
}
# The opposite: the command must fail (values the chart must refuse).
refuse() {
  local description=$1
  shift
  if "$@" >"$WORK/last.log" 2>&1; then fail "$description (was accepted)"; else ok "$description"; fi
}

# ---------------------------------------------------------------------------------------------------------
command -v go >/dev/null || [[ -x /usr/local/go/bin/go ]] || { echo "go is required to install helm" >&2; exit 1; }
GO="$(command -v go || echo /usr/local/go/bin/go)"
HELM="$("$GO" env GOPATH)/bin/helm"
install_helm() {
  if ! [[ -x "$HELM" ]] || ! "$GO" version -m "$HELM" 2>/dev/null | grep -q "helm.sh/helm/v3[[:space:]]*$HELM_VERSION"; then
    echo "installing helm $HELM_VERSION (go install; cached in $("$GO" env GOPATH))"
    "$GO" install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  fi
}
if [[ "${1:-}" == "--install-helm" ]]; then
  install_helm
  exit 0
fi

step "tools"
APT_UPDATED=0
apt_install() {
  [[ "$(id -u)" -eq 0 ]] || { echo "missing $*: install it or re-run as root" >&2; exit 1; }
  if [[ $APT_UPDATED == 0 ]]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
command -v promtool >/dev/null || { echo "installing promtool (apt: prometheus)"; apt_install prometheus; }
python3 -c 'import yaml' 2>/dev/null || { echo "installing PyYAML (apt: python3-yaml)"; apt_install python3-yaml; }

install_helm
echo "   promtool $(promtool --version 2>&1 | head -1 | awk '{print $3}'), helm $HELM_VERSION, $("$GO" version | awk '{print $3}')"

# ---------------------------------------------------------------------------------------------------------
step "prometheus (deploy/prometheus)"
check "promtool check config prometheus.yml" promtool check config deploy/prometheus/prometheus.yml
check "promtool check rules rules/*.yml" promtool check rules deploy/prometheus/rules/*.yml
check "promtool test rules tests/*.yml" promtool test rules deploy/prometheus/tests/*.yml

# ---------------------------------------------------------------------------------------------------------
step "helm ($CHART)"
helm_quiet() { "$HELM" "$@" 2> >(grep -v 'found symbolic link in path' >&2); }
DB=(--set auth.databaseUrl=postgres://pipeline:secret@postgres:5432/pipeline)
declare -A VARIANTS=(
  [defaults]="${DB[*]}"
  [api-keys]="${DB[*]} --set auth.apiKeys=ops-key-000000001:operator:alice\,view-key-00000001:viewer"
  [existing-secret]="--set auth.existingSecret=content-pipeline-credentials"
  [monitoring]="${DB[*]} --set metrics.serviceMonitor.enabled=true --set metrics.prometheusRule.enabled=true --set-string metrics.serviceMonitor.labels.release=kube-prometheus-stack"
  [minimal]="--set auth.existingSecret=creds --set migrations.enabled=false --set metrics.podAnnotations=false --set services.generator.autoscaling.enabled=false --set services.quality-gate.autoscaling.enabled=false --set services.cost-meter.enabled=false --set serviceAccount.create=false --set podSecurityContext.enabled=false"
  [real-provider]="${DB[*]} --set config.llm.provider=openai --set config.llm.openaiBaseUrl=https://api.openai.com/v1 --set auth.openaiApiKey=sk-test --set config.kafka.saslMechanism=scram-sha-512 --set auth.kafkaSaslUsername=u --set auth.kafkaSaslPassword=p --set image.digest=sha256:$(printf '%064d' 0)"
)
for variant in defaults api-keys existing-secret monitoring minimal real-provider; do
  # shellcheck disable=SC2086 # the variant is a list of flags
  check "helm lint --strict ($variant)" helm_quiet lint --strict --kube-version "$KUBE_VERSION" "$CHART" ${VARIANTS[$variant]}
  # shellcheck disable=SC2086
  if helm_quiet template release "$CHART" --kube-version "$KUBE_VERSION" ${VARIANTS[$variant]} >"$WORK/$variant.yaml" 2>"$WORK/last.log"; then
    ok "helm template ($variant)"
  else
    fail "helm template ($variant)"
    sed 's/^/        /' "$WORK/last.log" >&2
  fi
done
check "every value in values.yaml is documented with ## @param" python3 - "$CHART/values.yaml" <<'PY'
import re, sys, yaml
text = open(sys.argv[1]).read()
params = set(re.findall(r"^\s*## @param (\S+)", text, re.M))
leaves = []
def walk(prefix, node):
    if isinstance(node, dict) and node:
        for key, value in node.items():
            walk(f"{prefix}.{key}" if prefix else key, value)
    else:
        leaves.append(prefix)
walk("", yaml.safe_load(text))
undocumented = [leaf for leaf in leaves if not any(".".join(leaf.split(".")[:i]) in params for i in range(len(leaf.split(".")), 0, -1))]
stale = [param for param in params if not any(leaf == param or leaf.startswith(param + ".") for leaf in leaves)]
print("\n".join([f"undocumented: {leaf}" for leaf in undocumented] + [f"@param without value: {param}" for param in stale]))
sys.exit(1 if undocumented or stale else 0)
PY
refuse "refuses a release without auth.databaseUrl or auth.existingSecret" \
  helm_quiet template release "$CHART" --kube-version "$KUBE_VERSION"
refuse "refuses values outside values.schema.json (unknown service)" \
  helm_quiet template release "$CHART" --kube-version "$KUBE_VERSION" "${DB[@]}" --set services.typo.enabled=true
refuse "refuses values outside values.schema.json (bad LLM provider)" \
  helm_quiet template release "$CHART" --kube-version "$KUBE_VERSION" "${DB[@]}" --set config.llm.provider=gpt
check "rendered manifests: kinds, hardening, probes, secrets per variant" python3 - "$WORK" <<'PY'
import sys, yaml
work = sys.argv[1]
def load(variant):
    return [d for d in yaml.safe_load_all(open(f"{work}/{variant}.yaml")) if d]
def kinds(docs):
    counts = {}
    for d in docs:
        counts[d["kind"]] = counts.get(d["kind"], 0) + 1
    return counts
problems = []
expect = {
    "defaults": {"Deployment": 7, "Service": 7, "HorizontalPodAutoscaler": 2, "PodDisruptionBudget": 7, "ConfigMap": 1, "Secret": 2, "Job": 1, "ServiceAccount": 1},
    "existing-secret": {"Deployment": 7, "Secret": 0, "Job": 1},
    "monitoring": {"ServiceMonitor": 1, "PrometheusRule": 1},
    "minimal": {"Deployment": 6, "HorizontalPodAutoscaler": 0, "Job": 0, "Secret": 0, "ServiceAccount": 0},
}
for variant, wanted in expect.items():
    got = kinds(load(variant))
    for kind, count in wanted.items():
        if got.get(kind, 0) != count:
            problems.append(f"{variant}: {count} {kind} expected, {got.get(kind, 0)} rendered")
import base64
for d in load("api-keys"):
    if d["kind"] == "Secret" and "API_KEYS" in d.get("data", {}):
        if not base64.b64decode(d["data"]["API_KEYS"]).decode().startswith("ops-key-000000001:operator:alice,"):
            problems.append("api-keys: the Secret's API_KEYS is not the value given")
        break
else:
    problems.append("api-keys: no Secret carries API_KEYS")
for d in load("api-keys"):
    if d["kind"] == "ConfigMap" and "API_KEYS" in d.get("data", {}):
        problems.append("api-keys: API_KEYS is in a ConfigMap (plain text)")
    if d["kind"] == "Deployment":
        env = {e["name"]: e for c in d["spec"]["template"]["spec"]["containers"] for e in c.get("env", [])}
        if "secretKeyRef" not in env.get("API_KEYS", {}).get("valueFrom", {}):
            problems.append(f'api-keys: {d["metadata"]["name"]} does not read API_KEYS from the Secret')
rules = yaml.safe_load(open("deploy/prometheus/rules/content-pipeline.rules.yml"))
for d in load("monitoring"):
    if d["kind"] == "PrometheusRule" and d["spec"]["groups"] != rules["groups"]:
        problems.append("PrometheusRule differs from deploy/prometheus/rules")
for variant in ("defaults", "monitoring", "real-provider", "existing-secret"):
    for d in load(variant):
        if d["kind"] not in ("Deployment", "Job"):
            continue
        pod = d["spec"]["template"]["spec"]
        name = f'{variant}: {d["kind"]} {d["metadata"]["name"]}'
        if pod.get("securityContext", {}).get("seccompProfile", {}).get("type") != "RuntimeDefault":
            problems.append(f"{name}: pod seccompProfile is not RuntimeDefault")
        if pod.get("automountServiceAccountToken") is not False:
            problems.append(f"{name}: mounts a service account token")
        for c in pod["containers"]:
            sc = c.get("securityContext", {})
            for key, value in (("runAsNonRoot", True), ("readOnlyRootFilesystem", True), ("allowPrivilegeEscalation", False)):
                if sc.get(key) is not value:
                    problems.append(f"{name}/{c['name']}: securityContext.{key} is not {value}")
            if sc.get("capabilities", {}).get("drop") != ["ALL"]:
                problems.append(f"{name}/{c['name']}: capabilities not dropped")
            if not any(m["mountPath"] == "/tmp" for m in c.get("volumeMounts", [])):
                problems.append(f"{name}/{c['name']}: no writable /tmp")
            env = {e["name"]: e for e in c.get("env", [])}
            if "DATABASE_URL" not in env:
                problems.append(f"{name}/{c['name']}: no DATABASE_URL")
            if d["kind"] == "Deployment":
                if c.get("livenessProbe", {}).get("httpGet", {}).get("path") != "/health":
                    problems.append(f"{name}: liveness probe is not /health")
                if c.get("readinessProbe", {}).get("httpGet", {}).get("path") != "/health/ready":
                    problems.append(f"{name}: readiness probe is not /health/ready")
                if not c.get("resources", {}).get("requests"):
                    problems.append(f"{name}: no resource requests")
                annotations = d["spec"]["template"]["metadata"].get("annotations", {})
                if "checksum/config" not in annotations:
                    problems.append(f"{name}: no checksum/config annotation")
                has_keys = any(k in env for k in ("DIFY_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"))
                if has_keys != d["metadata"]["name"].endswith("-generator"):
                    problems.append(f"{name}: provider keys must reach the generator and only it")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY

# ---------------------------------------------------------------------------------------------------------
step "grafana (deploy/grafana)"
check "provisioning YAML, dashboards JSON, panels query known metrics" python3 - <<'PY'
import glob, json, re, sys, yaml
problems = []
for path in glob.glob("deploy/grafana/provisioning/**/*.yml", recursive=True):
    if not isinstance(yaml.safe_load(open(path)), dict):
        problems.append(f"{path}: not a YAML mapping")
# Known metrics: what the code registers (`${METRIC_PREFIX}name`) and the announced allow-list of the e2e test.
registered = set()
for path in glob.glob("apps/*/src/**/*.ts", recursive=True) + glob.glob("libs/*/src/**/*.ts", recursive=True):
    for name in re.findall(r"\$\{METRIC_PREFIX\}([a-z0-9_]+)", open(path, encoding="utf8").read()):
        registered.add("content_pipeline_" + name)
spec = open("apps/pipeline-e2e/test/metrics-coverage.e2e-spec.ts", encoding="utf8").read()
announced = set(re.findall(r"\['(content_pipeline_[a-z0-9_]+)'", spec))
known = registered | announced
def family(name):
    for suffix in ("_bucket", "_sum", "_count"):
        if name.endswith(suffix) and name[: -len(suffix)] in known:
            return name[: -len(suffix)]
    return name
uids = set()
for path in sorted(glob.glob("deploy/grafana/dashboards/*.json")):
    try:
        dashboard = json.load(open(path))
    except ValueError as error:
        problems.append(f"{path}: invalid JSON ({error})")
        continue
    if dashboard.get("uid") in uids:
        problems.append(f"{path}: duplicate uid {dashboard.get('uid')}")
    uids.add(dashboard.get("uid"))
    ids = set()
    for panel in dashboard.get("panels", []):
        if panel["id"] in ids:
            problems.append(f"{path}: duplicate panel id {panel['id']}")
        ids.add(panel["id"])
        if panel["type"] == "row":
            continue
        exprs = [t.get("expr", "") for t in panel.get("targets", [])]
        if not exprs or not all(exprs):
            problems.append(f"{path}: panel '{panel['title']}' has no query")
        for expr in exprs:
            for name in re.findall(r"\bcontent_pipeline_[a-z0-9_]*[a-z0-9]\b", expr):
                if family(name) not in known:
                    problems.append(f"{path}: panel '{panel['title']}' queries unknown metric {name}")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY

# ---------------------------------------------------------------------------------------------------------
step "docker-compose.yml"
check "valid YAML, references, healthchecks, mounts, hardening" python3 - <<'PY'
import os, sys, yaml
compose = yaml.safe_load(open("docker-compose.yml"))
services = compose["services"]
problems = []
for name, service in services.items():
    image = service.get("image", "")
    if not image or image.endswith(":latest") or ":" not in image:
        problems.append(f"{name}: image must be pinned ({image!r})")
    if service.get("cap_drop") != ["ALL"]:
        problems.append(f"{name}: cap_drop is not [ALL]")
    if "no-new-privileges:true" not in service.get("security_opt", []):
        problems.append(f"{name}: no-new-privileges not set")
    if name != "migrate" and "healthcheck" not in service:
        problems.append(f"{name}: no healthcheck")
    for dependency, condition in service.get("depends_on", {}).items():
        if dependency not in services:
            problems.append(f"{name}: depends on unknown service {dependency}")
            continue
        wanted = condition.get("condition")
        if wanted not in ("service_healthy", "service_completed_successfully", "service_started"):
            problems.append(f"{name}: unknown condition {wanted} on {dependency}")
        if wanted == "service_healthy" and "healthcheck" not in services[dependency]:
            problems.append(f"{name}: waits for {dependency} to be healthy, which has no healthcheck")
    for volume in service.get("volumes", []):
        source = volume.split(":")[0]
        if source.startswith("."):
            if not os.path.exists(source):
                problems.append(f"{name}: mounts missing path {source}")
        elif source not in (compose.get("volumes") or {}):
            problems.append(f"{name}: undeclared volume {source}")
    for config in service.get("configs", []):
        if config["source"] not in (compose.get("configs") or {}):
            problems.append(f"{name}: undeclared config {config['source']}")
    build = service.get("build")
    if build and not os.path.exists(os.path.join(build.get("context", "."), build.get("dockerfile", "Dockerfile"))):
        problems.append(f"{name}: Dockerfile not found")
    command = service.get("command") or []
    if isinstance(command, list) and command and str(command[0]).startswith("apps/"):
        source = command[0].replace(".js", ".ts")
        if not os.path.exists(source):
            problems.append(f"{name}: runs {command[0]}, but {source} does not exist")
pipeline = ["ingester", "generator", "quality-gate", "regenerator", "version-store", "cost-meter", "job-service"]
for name in pipeline + ["llm-simulator", "migrate"]:
    if name not in services:
        problems.append(f"missing service {name}")
for name in pipeline:
    if services.get(name, {}).get("depends_on", {}).get("migrate", {}).get("condition") != "service_completed_successfully":
        problems.append(f"{name}: does not wait for the migrations")
    if not services.get(name, {}).get("read_only"):
        problems.append(f"{name}: root filesystem not read-only")
targets = {t for job in yaml.safe_load(open("deploy/prometheus/prometheus.yml"))["scrape_configs"]
           for sc in job.get("static_configs", []) for t in sc["targets"]}
for name in pipeline:
    port = services.get(name, {}).get("environment", {}).get("HTTP_PORT")
    if f"{name}:{port}" not in targets:
        problems.append(f"{name}: {name}:{port} is not a Prometheus target")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY

# ---------------------------------------------------------------------------------------------------------
step "Dockerfile (compile step, production dependencies)"
awk '/^# BEGIN compile-js/{on=1; next} /^# END compile-js/{on=0} on' Dockerfile | sed -e '1d' -e '$d' >"$WORK/compile.js"
check "compile apps/ and libs/ as the build stage does" node - "$WORK/image" <"$WORK/compile.js"
check "every require resolves inside the image with production dependencies only" node - "$WORK/image" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');
const image = path.resolve(process.argv[2]);
const { dependencies } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const files = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : entry.name.endsWith('.js') ? [path.join(dir, entry.name)] : [],
  );
const problems = [];
for (const file of files(image)) {
  for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)) {
    if (spec.startsWith('.')) {
      const base = path.resolve(path.dirname(file), spec);
      if (![`${base}.js`, path.join(base, 'index.js'), base].some((c) => fs.existsSync(c) && fs.statSync(c).isFile()))
        problems.push(`${path.relative(image, file)}: ${spec} is not in the image`);
    } else {
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!builtinModules.includes(name.replace(/^node:/, '')) && !(name in dependencies))
        problems.push(`${path.relative(image, file)}: ${spec} is not in package.json "dependencies"`);
    }
  }
}
for (const service of ['ingester', 'generator', 'quality-gate', 'regenerator', 'version-store', 'cost-meter', 'job-service'])
  for (const entry of ['main', 'migrate'])
    if (!fs.existsSync(path.join(image, 'apps', service, 'src', `${entry}.js`))) problems.push(`no apps/${service}/src/${entry}.js`);
if (!fs.existsSync(path.join(image, 'apps/llm-simulator/src/main.js'))) problems.push('no apps/llm-simulator/src/main.js');
console.log(problems.join('\n'));
process.exit(problems.length ? 1 : 0);
JS

echo
if ((failures > 0)); then
  echo "check-deploy: $failures check(s) failed" >&2
  exit 1
fi
echo "check-deploy: all checks passed"
