/**
 * What a catalogue file will cost before anything is spent: tokens, cost per lane (interactive or provider batch)
 * and model, with and without the prompt cache, and wall time at the configured rate-limit budget.
 *
 * Prompt tokens are counted exactly with the pipeline's own prompt builders on a sample of the file's SKUs (the
 * first `sampleSize`), then scaled to the file's SKU count; completion tokens, the blocks that only exist after
 * a call (the extraction, the English master) and the regeneration share come from bench/cost on the sample
 * catalogue (flags override them). The cache counts a call's system prompt as read from the cache when it reaches
 * the model's minimum cacheable length (a warm cache: at backlog scale the writes, one per prefix and five minutes,
 * are negligible).
 */
import {
  buildExtractionMessages,
  buildLocalizationMessages,
  buildWorkflowStepMessages,
  countChatPromptTokens,
  workflowExtracts,
  workflowStepsOf,
  EMPTY_PRODUCT_CONTENT,
  type ChatMessage,
  type GenerationInput,
} from '@content-pipeline/llm-providers';
import { LANGUAGES, type Language } from '@content-pipeline/languages';
import {
  laneCost,
  noTokens,
  priceTableAt,
  type PricingLane,
  type TokenFigures,
} from '@content-pipeline/pricing';

/** One catalogue line as the estimate reads it. */
export interface EstimateRecord {
  sku_id: string;
  product_name: string;
  product_description: string;
  category: string;
  brand?: string;
  attributes?: Record<string, string>;
}

/** What the estimate assumes beyond the file. */
export interface EstimateOptions {
  promptVersion: string;
  /** The Dify workflow bills its nodes' prompts; the chat path (OpenAI, Anthropic) its own calls. */
  path: 'dify' | 'chat';
  languages: readonly Language[];
  sampleSize: number;
  /** Completion tokens per task (one SKU in one language), regenerations excluded. */
  completionPerTask: number;
  /** Extra generations per task the gate asks for (0.01 = 1 in 100 tasks regenerated once). */
  regenerationRate: number;
  tokensPerMinute: number;
  requestsPerMinute: number;
}

/**
 * Measured by bench/cost on the 200-SKU sample (simulator, fault rate 0 as in the demo): completion tokens per task
 * on the Dify path (v1 2,593 and v2 1,905 per SKU); the blocks a content call carries once earlier calls answered
 * (core extraction, English master); regenerations as in the demo (1,005 calls for 1,000 tasks). With the
 * simulator's content faults at 0.1 each, bench/cost sees 0.93 regenerations per task: pass
 * `--regeneration-rate` for a catalogue that fails the gate more often.
 */
export const MEASURED_DEFAULTS: Record<
  string,
  { completionPerTask: number; regenerationRate: number; extractionBlock: number; masterBlock: number }
> = {
  v1: { completionPerTask: 519, regenerationRate: 0.005, extractionBlock: 168, masterBlock: 309 },
  v2: { completionPerTask: 381, regenerationRate: 0.005, extractionBlock: 168, masterBlock: 309 },
};

// Minimum cacheable prefix per model family (OpenAI: 1,024 tokens; Anthropic: 1,024 on Sonnet 4.5, 4,096 on
// Haiku 4.5), from the providers' prompt-caching documentation.
function cacheMinimum(model: string): number {
  return /haiku-4/.test(model) ? 4096 : 1024;
}

/** Calls of one task: their prompts, and which of their leading system messages is a cacheable prefix. */
interface PlannedCall {
  prompt: number;
  prefix: number;
}

function prefixOf(messages: ChatMessage[]): number {
  const system = messages.filter((m) => m.role === 'system');
  return system.length ? countChatPromptTokens(system) : 0;
}

function callsOfTask(input: GenerationInput, options: EstimateOptions, firstOfSku: boolean): PlannedCall[] {
  const measured = MEASURED_DEFAULTS[options.promptVersion] ?? MEASURED_DEFAULTS['v2'];
  const masterBlock = input.sourceContent ? measured.masterBlock : 0;
  const calls: PlannedCall[] = [];
  const push = (messages: ChatMessage[], extra: number) =>
    calls.push({ prompt: countChatPromptTokens(messages) + extra, prefix: prefixOf(messages) });
  if (options.path === 'dify') {
    if (workflowExtracts(input)) push(buildExtractionMessages(input), 0);
    const extracted = workflowExtracts(input) ? measured.extractionBlock : 0;
    for (const step of workflowStepsOf(input.promptVersion)) {
      // The SEO and marketing nodes carry the translated description (about a third of a master) instead of the
      // master; the translation and localisation nodes carry the master.
      const worksOnTranslation = step === 'seo' || step === 'marketing';
      const carried = worksOnTranslation ? Math.round(measured.masterBlock / 3) : masterBlock;
      push(buildWorkflowStepMessages(step, input, undefined, ''), extracted + carried);
    }
    return calls;
  }
  // Chat path: one extraction per SKU (skipped for languages with the master unless already cached), one content call.
  if (firstOfSku && !input.sourceContent) push(buildExtractionMessages(input), 0);
  const usesExtraction = !input.sourceContent || options.promptVersion === 'v1';
  push(buildLocalizationMessages(input), (usesExtraction ? measured.extractionBlock : 0) + masterBlock);
  return calls;
}

/** Totals of the estimate: tokens (the cache split assuming a warm cache per model), calls, SKUs. */
export interface Estimate {
  /** Lines of the file: a re-emitted SKU whose text changed is generated again. */
  skus: number;
  uniqueSkus: number;
  tasks: number;
  calls: number;
  tokens: TokenFigures;
  /** Prompt tokens in system prompts long enough to be cached, by minimum length (1,024 / 4,096). */
  cacheablePrefix: Record<number, number>;
  options: EstimateOptions;
  sampled: number;
}

/**
 * Counts the sample exactly and scales its mean to the file (the generated catalogue's descriptions are all 430–540
 * characters; a file of much longer listings should be sampled whole with a larger `sampleSize`).
 */
export function estimateFile(records: readonly EstimateRecord[], options: EstimateOptions): Estimate {
  const sample = records.slice(0, Math.max(1, options.sampleSize));
  let prompt = 0;
  let calls = 0;
  const cacheable: Record<number, number> = { 1024: 0, 4096: 0 };
  for (const record of sample) {
    options.languages.forEach((language, index) => {
      const input: GenerationInput = {
        skuId: record.sku_id,
        productName: record.product_name,
        productDescription: record.product_description,
        category: record.category,
        brand: record.brand,
        attributes: record.attributes ?? {},
        targetLanguage: language,
        sourceContent:
          language === 'en' || !options.languages.includes('en') ? undefined : EMPTY_PRODUCT_CONTENT,
        attempt: 1,
        promptVersion: options.promptVersion,
      };
      for (const call of callsOfTask(input, options, index === 0)) {
        prompt += call.prompt;
        calls += 1;
        for (const minimum of [1024, 4096]) if (call.prefix >= minimum) cacheable[minimum] += call.prefix;
      }
    });
  }
  const perSku = (n: number) => n / sample.length;
  const regeneration = 1 + options.regenerationRate;
  const tasks = records.length * options.languages.length;
  return {
    skus: records.length,
    uniqueSkus: new Set(records.map((r) => r.sku_id)).size,
    tasks,
    calls: Math.round(perSku(calls) * records.length * regeneration),
    tokens: {
      ...noTokens(),
      promptTokens: Math.round(perSku(prompt) * records.length * regeneration),
      completionTokens: Math.round(tasks * options.completionPerTask * regeneration),
    },
    cacheablePrefix: {
      1024: Math.round(perSku(cacheable[1024]) * records.length * regeneration),
      4096: Math.round(perSku(cacheable[4096]) * records.length * regeneration),
    },
    options,
    sampled: sample.length,
  };
}

/** The estimate as text: tokens, cost per model and lane with and without the cache, wall time. */
export function renderEstimate(estimate: Estimate, at = new Date()): string {
  const table = priceTableAt(at);
  const { tokens, options } = estimate;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const usd = (n: number) => `$${n.toFixed(n < 10 ? 4 : 2)}`;
  const lines = [
    `Estimate: ${fmt(estimate.skus)} SKU lines (${fmt(estimate.uniqueSkus)} distinct SKUs) × ${options.languages.length} languages = ${fmt(estimate.tasks)} tasks, prompt ${options.promptVersion}, ${options.path} path`,
    `  LLM calls ${fmt(estimate.calls)}; prompt ${fmt(tokens.promptTokens)} + completion ${fmt(tokens.completionTokens)} = ${fmt(tokens.promptTokens + tokens.completionTokens)} tokens (${fmt((tokens.promptTokens + tokens.completionTokens) / Math.max(1, estimate.skus))} per SKU)`,
    `  prompt tokens counted exactly on ${estimate.sampled} SKUs and scaled; completion ${options.completionPerTask}/task and regeneration ${(options.regenerationRate * 100).toFixed(1)} % as measured by bench/cost`,
    `  price table ${table.version}; batch = ${'50 %'} of interactive (provider batch APIs), computed from the table`,
    '',
    `  ${'model'.padEnd(20)} ${'interactive'.padStart(12)} ${'+ cache'.padStart(12)} ${'batch'.padStart(12)} ${'batch+cache'.padStart(12)}  cached prefix`,
  ];
  for (const [model, price] of Object.entries(table.models)) {
    if (model.startsWith('sim-') || model === 'dify-workflow') continue;
    const cached =
      price.cachedInputPerMillion !== undefined ? estimate.cacheablePrefix[cacheMinimum(model)] : 0;
    const withCache: TokenFigures = { ...tokens, cachedPromptTokens: cached };
    const cost = (lane: PricingLane, cache: boolean) => usd(laneCost(withCache, price, lane, cache));
    lines.push(
      `  ${model.padEnd(20)} ${cost('interactive', false).padStart(12)} ${cost('interactive', true).padStart(12)} ${cost('batch', false).padStart(12)} ${cost('batch', true).padStart(12)}  ${fmt(cached)} tokens (min ${fmt(cacheMinimum(model))})`,
    );
  }
  const total = tokens.promptTokens + tokens.completionTokens;
  const byTokens = total / options.tokensPerMinute;
  const byRequests = estimate.calls / options.requestsPerMinute;
  const minutes = Math.max(byTokens, byRequests);
  lines.push(
    '',
    `  wall time, interactive lane at ${fmt(options.tokensPerMinute)} tokens/min and ${fmt(options.requestsPerMinute)} requests/min (LLM_TPM_LIMIT, LLM_RPM_LIMIT): ${minutes < 120 ? `${minutes.toFixed(0)} min` : `${(minutes / 60).toFixed(1)} h`} (${byTokens >= byRequests ? 'token' : 'request'} budget binds)`,
    `  wall time, batch lane: up to 24 h per batch (completion window); ${fmt(Math.ceil(estimate.calls / 50_000))} OpenAI batches of ≤ 50,000 requests or ${fmt(Math.ceil(estimate.calls / 100_000))} Anthropic batches of ≤ 100,000; how many run at once depends on the account's enqueued-token limit`,
  );
  return lines.join('\n');
}

/** Reads a JSONL catalogue file (one SKU event per line; blank lines skipped). */
export function readEstimateRecords(text: string): EstimateRecord[] {
  const records: EstimateRecord[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`line ${index + 1}: not JSON`);
    }
    const r = parsed as Partial<EstimateRecord>;
    if (typeof r.sku_id !== 'string' || typeof r.product_description !== 'string') {
      throw new Error(`line ${index + 1}: needs sku_id and product_description`);
    }
    records.push({
      sku_id: r.sku_id,
      product_name: typeof r.product_name === 'string' ? r.product_name : '',
      product_description: r.product_description,
      category: typeof r.category === 'string' ? r.category : '',
      brand: typeof r.brand === 'string' ? r.brand : undefined,
      attributes: typeof r.attributes === 'object' && r.attributes !== null ? r.attributes : {},
    });
  });
  return records;
}

/** Every language the pipeline writes. */
export const ALL_LANGUAGES: readonly Language[] = LANGUAGES;
