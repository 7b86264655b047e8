import { z } from 'zod';
import { CONTENT_FAULTS, type ContentFaultRates } from './faults/content-fault';
import { PROVIDER_REFUSALS, type ProviderRefusal } from './faults/provider-refusal';
import { DEFAULT_JUDGE_SIMULATION, type JudgeErrorKind, type JudgeSimulation } from './judge/simulated-judge';
import { MQM_CATEGORIES, MQM_SEVERITIES } from '@content-pipeline/contracts';

/** Everything the simulator's behaviour depends on; changeable at runtime through `POST /_sim/config`. */
export interface SimulatorSettings {
  /** Seed of every deterministic choice (content variants, faults, transport faults). */
  seed: number;
  /** Log-normal latency by median and 95th percentile, in ms; median 0 answers at once. */
  latency: { medianMs: number; p95Ms: number };
  /** Requests per minute before 429; 0 = unlimited. */
  rpm: number;
  /** Tokens (prompt + completion) per minute before 429; 0 = unlimited. */
  tpm: number;
  /**
   * Anthropic's separate limits on its Messages API, per minute (either set: the Messages API enforces these
   * instead of `tpm`): input tokens (uncached input and cache writes; cache reads do not count) and output tokens
   * (estimated from `max_tokens` when the request arrives, corrected to the tokens generated when the answer ends).
   * 0 = unlimited.
   */
  itpm: number;
  otpm: number;
  /**
   * How the per-minute limits are enforced: `sliding_window` counts the last 60 s (stricter than any provider
   * documents: a minute's limit can never go at once); `token_bucket` is the algorithm Anthropic's rate-limit
   * documentation names (capacity replenished continuously up to the limit).
   */
  limiter: RateLimiterKind;
  /** Share of requests answered with a transient 5xx. */
  error5xxRate: number;
  /** Share of requests never answered (until the client gives up). */
  hangRate: number;
  /** Epoch ms until which every request gets a 5xx (outage mode); 0 = none. */
  outageUntil: number;
  /** Content fault rates. */
  faults: ContentFaultRates;
  /** Dify outputs: one variable per field, or one `content` JSON string. */
  difyOutputs: 'fields' | 'content_json';
  /**
   * Which Dify workflow answers: the project's DSL (deploy/dify), or the one the product design describes — five
   * inputs, no feedback input, outputs without `h1` (its SEO node calls it `h1_tag`) and without keywords, plus
   * its own `quality_score` and `quality_issues`. The design workflow refuses inputs it does not declare.
   */
  difyWorkflow: 'project' | 'design';
  /** Model name reported by the OpenAI and Anthropic endpoints. */
  model: string;
  /** The one API key accepted (any other gets the API's 401); '' accepts any key. */
  acceptedApiKey: string;
  /** An account- or deployment-level refusal answered to every call ('none': off). */
  providerRefusal: ProviderRefusal;
  /** The LLM judge's injected errors and malformed answers. */
  judge: JudgeSimulation;
  /** The batch APIs (OpenAI Files + Batches, Anthropic Message Batches). */
  batch: BatchSettings;
}

/**
 * How the simulated batch APIs behave. Limits default to the documented ones (OpenAI: 50,000 requests and 200 MB
 * per input file; Anthropic: 100,000 requests or 256 MB per batch) and may be lowered to test them.
 */
export interface BatchSettings {
  /** From creation to the end of processing, in ms (a real batch takes minutes to 24 h). */
  processingMs: number;
  /** Share of requests answered with an error line (OpenAI: the error file; Anthropic: `errored`). */
  errorRate: number;
  /** The next N batches created expire: half their requests are answered, the rest expire. */
  expireNext: number;
  openAiMaxRequests: number;
  openAiMaxBytes: number;
  anthropicMaxRequests: number;
  anthropicMaxBytes: number;
}

export const RATE_LIMITER_KINDS = ['sliding_window', 'token_bucket'] as const;
export type RateLimiterKind = (typeof RATE_LIMITER_KINDS)[number];

/** No latency, no limits, no faults. */
export function defaultSettings(seed = 42): SimulatorSettings {
  return {
    seed,
    latency: { medianMs: 0, p95Ms: 0 },
    rpm: 0,
    tpm: 0,
    itpm: 0,
    otpm: 0,
    limiter: 'sliding_window',
    error5xxRate: 0,
    hangRate: 0,
    outageUntil: 0,
    faults: Object.fromEntries(CONTENT_FAULTS.map((f) => [f, 0])) as ContentFaultRates,
    difyOutputs: 'fields',
    difyWorkflow: 'project',
    model: 'sim-gpt-4o-mini',
    acceptedApiKey: '',
    providerRefusal: 'none',
    judge: { ...DEFAULT_JUDGE_SIMULATION, kinds: [...DEFAULT_JUDGE_SIMULATION.kinds] },
    batch: {
      processingMs: 2_000,
      errorRate: 0,
      expireNext: 0,
      openAiMaxRequests: 50_000,
      openAiMaxBytes: 200 * 1024 * 1024,
      anthropicMaxRequests: 100_000,
      anthropicMaxBytes: 256 * 1024 * 1024,
    },
  };
}

const rate = z.number().min(0).max(1);

/** Body of `POST /_sim/config`: any subset; `outageSeconds` starts an outage of that length now (0 ends it). */
export const settingsPatchSchema = z
  .object({
    seed: z.number().int(),
    latency: z.object({ medianMs: z.number().min(0), p95Ms: z.number().min(0) }).partial(),
    rpm: z.number().int().min(0),
    tpm: z.number().int().min(0),
    itpm: z.number().int().min(0),
    otpm: z.number().int().min(0),
    limiter: z.enum(RATE_LIMITER_KINDS),
    error5xxRate: rate,
    hangRate: rate,
    outageSeconds: z.number().min(0),
    faults: z
      .object(
        Object.fromEntries(CONTENT_FAULTS.map((f) => [f, rate])) as Record<
          (typeof CONTENT_FAULTS)[number],
          typeof rate
        >,
      )
      .partial(),
    difyOutputs: z.enum(['fields', 'content_json']),
    difyWorkflow: z.enum(['project', 'design']),
    model: z.string().min(1),
    acceptedApiKey: z.string().max(500),
    providerRefusal: z.enum(PROVIDER_REFUSALS),
    judge: z
      .object({
        errorRate: rate,
        kinds: z.array(
          z.string().refine((kind): kind is JudgeErrorKind => {
            const [category, severity] = kind.split(':');
            return (
              (MQM_CATEGORIES as readonly string[]).includes(category) &&
              (MQM_SEVERITIES as readonly string[]).includes(severity)
            );
          }, 'a kind is category:severity of the MQM vocabulary'),
        ),
        malformedRate: rate,
      })
      .partial()
      .strict(),
    batch: z
      .object({
        processingMs: z.number().int().min(0),
        errorRate: rate,
        expireNext: z.number().int().min(0),
        openAiMaxRequests: z.number().int().min(1).max(50_000),
        openAiMaxBytes: z
          .number()
          .int()
          .min(1)
          .max(200 * 1024 * 1024),
        anthropicMaxRequests: z.number().int().min(1).max(100_000),
        anthropicMaxBytes: z
          .number()
          .int()
          .min(1)
          .max(256 * 1024 * 1024),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

/** A validated settings patch. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** `settings` with `patch` applied. */
export function applySettingsPatch(
  settings: SimulatorSettings,
  patch: SettingsPatch,
  now = Date.now(),
): SimulatorSettings {
  const { outageSeconds, latency, faults, judge, batch, ...rest } = patch;
  const next: SimulatorSettings = {
    ...settings,
    ...rest,
    latency: { ...settings.latency, ...latency },
    faults: { ...settings.faults, ...faults },
    judge: { ...settings.judge, ...(judge as Partial<JudgeSimulation> | undefined) },
    batch: { ...settings.batch, ...batch },
  };
  if (next.latency.p95Ms < next.latency.medianMs) next.latency.p95Ms = next.latency.medianMs;
  if (outageSeconds !== undefined) next.outageUntil = outageSeconds > 0 ? now + outageSeconds * 1000 : 0;
  return next;
}
