import { parseArgs } from 'node:util';
import {
  applySettingsPatch,
  defaultSettings,
  RATE_LIMITER_KINDS,
  type RateLimiterKind,
  type SimulatorSettings,
} from './app/simulator-settings';
import { CONTENT_FAULTS } from './app/faults/content-fault';

/** Where to listen and how to behave at start-up. */
export interface SimulatorStartup {
  port: number;
  host: string;
  settings: SimulatorSettings;
}

const USAGE = `llm-simulator [--port 18090] [--host 127.0.0.1] [--seed 42]
  [--latency-median-ms 0] [--latency-p95-ms 0] [--rpm 0] [--tpm 0] [--itpm 0] [--otpm 0]
  [--limiter sliding_window|token_bucket]
  [--error-rate 0] [--hang-rate 0] [--outage-seconds 0] [--fault-rate 0] [--fault <name>=<rate> ...]
  [--dify-outputs fields|content_json] [--dify-workflow project|design] [--model sim-gpt-4o-mini]
  [--judge-error-rate 0.05] [--judge-malformed-rate 0]
faults: ${CONTENT_FAULTS.join(', ')}
env (only when the flag is absent): SIM_PORT, SIM_SEED`;

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${value}"\n${USAGE}`);
  return n;
}

/**
 * The one place the simulator reads its environment: CLI flags, then SIM_PORT / SIM_SEED as fallbacks.
 * Throws with the usage text on a bad flag.
 */
export function readSimulatorStartup(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): SimulatorStartup {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'latency-median-ms': { type: 'string' },
      'latency-p95-ms': { type: 'string' },
      rpm: { type: 'string' },
      tpm: { type: 'string' },
      itpm: { type: 'string' },
      otpm: { type: 'string' },
      limiter: { type: 'string' },
      'error-rate': { type: 'string' },
      'hang-rate': { type: 'string' },
      'outage-seconds': { type: 'string' },
      'fault-rate': { type: 'string' },
      fault: { type: 'string', multiple: true },
      'dify-outputs': { type: 'string' },
      'dify-workflow': { type: 'string' },
      model: { type: 'string' },
      'judge-error-rate': { type: 'string' },
      'judge-malformed-rate': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const seed = number(values.seed ?? env['SIM_SEED'], 'seed', 42);
  const faultRate =
    values['fault-rate'] !== undefined ? number(values['fault-rate'], 'fault-rate', 0) : undefined;
  const faults: Record<string, number> = {};
  if (faultRate !== undefined) for (const f of CONTENT_FAULTS) faults[f] = faultRate;
  for (const spec of values.fault ?? []) {
    const [name, rate] = spec.split('=');
    if (!(CONTENT_FAULTS as readonly string[]).includes(name))
      throw new Error(`unknown fault "${name}"\n${USAGE}`);
    faults[name] = number(rate, 'fault', 0);
  }
  const difyOutputs = values['dify-outputs'];
  if (difyOutputs !== undefined && difyOutputs !== 'fields' && difyOutputs !== 'content_json') {
    throw new Error(`--dify-outputs must be fields or content_json\n${USAGE}`);
  }
  const difyWorkflow = values['dify-workflow'];
  if (difyWorkflow !== undefined && difyWorkflow !== 'project' && difyWorkflow !== 'design') {
    throw new Error(`--dify-workflow must be project or design\n${USAGE}`);
  }
  const limiter = values.limiter;
  if (limiter !== undefined && !(RATE_LIMITER_KINDS as readonly string[]).includes(limiter)) {
    throw new Error(`--limiter must be ${RATE_LIMITER_KINDS.join(' or ')}\n${USAGE}`);
  }
  const settings = applySettingsPatch(defaultSettings(seed), {
    latency: {
      medianMs: number(values['latency-median-ms'], 'latency-median-ms', 0),
      p95Ms: number(values['latency-p95-ms'], 'latency-p95-ms', 0),
    },
    rpm: number(values.rpm, 'rpm', 0),
    tpm: number(values.tpm, 'tpm', 0),
    itpm: number(values.itpm, 'itpm', 0),
    otpm: number(values.otpm, 'otpm', 0),
    ...(limiter ? { limiter: limiter as RateLimiterKind } : {}),
    error5xxRate: number(values['error-rate'], 'error-rate', 0),
    hangRate: number(values['hang-rate'], 'hang-rate', 0),
    outageSeconds: number(values['outage-seconds'], 'outage-seconds', 0),
    faults,
    ...(difyOutputs ? { difyOutputs } : {}),
    ...(difyWorkflow ? { difyWorkflow } : {}),
    ...(values.model ? { model: values.model } : {}),
    judge: {
      ...(values['judge-error-rate'] !== undefined
        ? { errorRate: number(values['judge-error-rate'], 'judge-error-rate', 0) }
        : {}),
      ...(values['judge-malformed-rate'] !== undefined
        ? { malformedRate: number(values['judge-malformed-rate'], 'judge-malformed-rate', 0) }
        : {}),
    },
  });
  return {
    port: number(values.port ?? env['SIM_PORT'], 'port', 18090),
    host: values.host ?? '127.0.0.1',
    settings,
  };
}
