{{/* Chart name, truncated to the 63 characters Kubernetes allows in names. */}}
{{- define "content-pipeline.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Fully qualified app name: release-chart, unless the release name already contains the chart name. */}}
{{- define "content-pipeline.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Name of one service's resources. Usage: include "content-pipeline.componentName" (list $ "generator") */}}
{{- define "content-pipeline.componentName" -}}
{{- $root := index . 0 -}}
{{- printf "%s-%s" (include "content-pipeline.fullname" $root | trunc (int (sub 62 (len (index . 1))))) (index . 1) | trimSuffix "-" -}}
{{- end -}}

{{/* Labels on every resource. */}}
{{- define "content-pipeline.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "content-pipeline.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: content-pipeline
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "content-pipeline.selectorLabels" -}}
app.kubernetes.io/name: {{ include "content-pipeline.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Labels of one service's resources. Usage: include "content-pipeline.componentLabels" (list $ "generator") */}}
{{- define "content-pipeline.componentLabels" -}}
{{ include "content-pipeline.labels" (index . 0) }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{- define "content-pipeline.componentSelectorLabels" -}}
{{ include "content-pipeline.selectorLabels" (index . 0) }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{- define "content-pipeline.commonAnnotations" -}}
{{- with .Values.commonAnnotations }}
{{- toYaml . }}
{{- end }}
{{- end -}}

{{- define "content-pipeline.image" -}}
{{- $repository := printf "%s/%s" .Values.image.registry .Values.image.repository | trimPrefix "/" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" $repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{- define "content-pipeline.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "content-pipeline.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Secret the pods read: the user's existing one or the chart's. */}}
{{- define "content-pipeline.secretName" -}}
{{- default (include "content-pipeline.fullname" .) .Values.auth.existingSecret -}}
{{- end -}}

{{/* Secret data (environment variable name: value), only the values that are set. */}}
{{- define "content-pipeline.secretData" -}}
{{- if not .Values.auth.databaseUrl -}}
{{- fail "auth.databaseUrl is required (or set auth.existingSecret to a Secret holding DATABASE_URL)" -}}
{{- end -}}
{{- $values := dict
  "DATABASE_URL" .Values.auth.databaseUrl
  "KAFKA_SASL_USERNAME" .Values.auth.kafkaSaslUsername
  "KAFKA_SASL_PASSWORD" .Values.auth.kafkaSaslPassword
  "SCHEMA_REGISTRY_USERNAME" .Values.auth.schemaRegistryUsername
  "SCHEMA_REGISTRY_PASSWORD" .Values.auth.schemaRegistryPassword
  "DIFY_API_KEY" .Values.auth.difyApiKey
  "OPENAI_API_KEY" .Values.auth.openaiApiKey
  "ANTHROPIC_API_KEY" .Values.auth.anthropicApiKey
  "API_KEYS" .Values.auth.apiKeys -}}
{{- range $key := keys $values | sortAlpha }}
{{- with get $values $key }}
{{ $key }}: {{ . | b64enc | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/*
Environment from the Secret. Infrastructure credentials and the HTTP API keys go to every service; provider keys
only to the generator. Optional keys may be absent from an existing Secret.
Usage: include "content-pipeline.secretEnv" (list $ "generator" "secret-name")
*/}}
{{- define "content-pipeline.secretEnv" -}}
{{- $component := index . 1 -}}
{{- $secret := index . 2 -}}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef: { name: {{ $secret }}, key: DATABASE_URL }
{{- $optional := list "KAFKA_SASL_USERNAME" "KAFKA_SASL_PASSWORD" "SCHEMA_REGISTRY_USERNAME" "SCHEMA_REGISTRY_PASSWORD" "API_KEYS" }}
{{- if eq $component "generator" }}
{{- $optional = concat $optional (list "DIFY_API_KEY" "OPENAI_API_KEY" "ANTHROPIC_API_KEY") }}
{{- end }}
{{- range $optional }}
- name: {{ . }}
  valueFrom:
    secretKeyRef: { name: {{ $secret }}, key: {{ . }}, optional: true }
{{- end }}
{{- end -}}

{{/* Non-secret environment shared by every service (ConfigMap data); unset optional values are left out so the
services apply their own defaults. */}}
{{- define "content-pipeline.configData" -}}
{{- $c := .Values.config -}}
LOG_LEVEL: {{ $c.logLevel | quote }}
SHUTDOWN_GRACE_MS: {{ $c.shutdownGraceMs | toString | quote }}
KAFKA_BROKERS: {{ $c.kafka.brokers | quote }}
KAFKA_SSL: {{ $c.kafka.ssl | toString | quote }}
{{- with $c.kafka.saslMechanism }}
KAFKA_SASL_MECHANISM: {{ . | quote }}
{{- end }}
KAFKA_TOPIC_PARTITIONS: {{ $c.kafka.topicPartitions | toString | quote }}
KAFKA_REPLICATION_FACTOR: {{ $c.kafka.replicationFactor | toString | quote }}
SCHEMA_REGISTRY_URL: {{ $c.schemaRegistry.url | quote }}
DATABASE_SSL: {{ $c.database.ssl | toString | quote }}
DATABASE_POOL_SIZE: {{ $c.database.poolSize | toString | quote }}
PROMPT_VERSION: {{ $c.promptVersion | quote }}
PIVOT_LANGUAGES: {{ $c.pivotLanguages | quote }}
ACTIVATION_MIN_SCORE: {{ $c.activationMinScore | toString | quote }}
LLM_PROVIDER: {{ $c.llm.provider | quote }}
LLM_TIMEOUT_MS: {{ $c.llm.timeoutMs | toString | quote }}
LLM_MAX_OUTPUT_TOKENS: {{ $c.llm.maxOutputTokens | toString | quote }}
DIFY_RESPONSE_MODE: {{ $c.llm.difyResponseMode | quote }}
DIFY_WORKFLOW_INPUTS: {{ $c.llm.difyWorkflowInputs | quote }}
DIFY_FEEDBACK_INPUT: {{ $c.llm.difyFeedbackInput | quote }}
{{- with $c.llm.difyOutputMap }}
DIFY_OUTPUT_MAP: {{ . | quote }}
{{- end }}
OPENAI_RESPONSE_FORMAT: {{ $c.llm.openaiResponseFormat | quote }}
LLM_STREAM: {{ $c.llm.stream | toString | quote }}
OPENAI_MODEL: {{ $c.llm.openaiModel | quote }}
ANTHROPIC_MODEL: {{ $c.llm.anthropicModel | quote }}
{{- with $c.llm.difyApiUrl }}
DIFY_API_URL: {{ . | quote }}
{{- end }}
{{- with $c.llm.openaiBaseUrl }}
OPENAI_BASE_URL: {{ . | quote }}
{{- end }}
{{- with $c.llm.anthropicBaseUrl }}
ANTHROPIC_BASE_URL: {{ . | quote }}
{{- end }}
{{- range $key, $value := $c.extraEnv }}
{{ $key }}: {{ $value | toString | quote }}
{{- end }}
{{- end -}}

{{/* <SERVICE>_CONCURRENCY, e.g. QUALITY_GATE_CONCURRENCY. */}}
{{- define "content-pipeline.concurrencyVariable" -}}
{{- printf "%s_CONCURRENCY" (. | upper | replace "-" "_") -}}
{{- end -}}

{{- define "content-pipeline.podSecurityContext" -}}
{{- if .Values.podSecurityContext.enabled }}
securityContext: {{- omit .Values.podSecurityContext "enabled" | toYaml | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "content-pipeline.containerSecurityContext" -}}
{{- if .Values.containerSecurityContext.enabled }}
securityContext: {{- omit .Values.containerSecurityContext "enabled" | toYaml | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "content-pipeline.imagePullSecrets" -}}
{{- with .Values.image.pullSecrets }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end -}}
