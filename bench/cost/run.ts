// Tokens and cost per SKU (five languages, regenerations included) for today's prompts and the token diet, with
// the gate's verdicts, on the sample catalogue and the bundled simulator. Each SKU goes through the pipeline's loop:
// English first (regenerated with the gate's feedback while the gate asks for it, up to 3 attempts), then ja, es,
// de and fr from the English master, each through the same loop. Prints:
//   1. where the prompt tokens go, per prompt part, for v1 and v2 on the Dify path (the demo's);
//   2. per scenario: tokens per SKU, cost per SKU (price table 2026-12, gpt-4o-mini rates), gate pass rate and
//      published-with-open-issue rate — v1 interactive (Dify, today), v2 with whole-set regenerations (as before
//      field-only regeneration), v2 interactive (Dify), v2 + cache (OpenAI chat
//      path: the simulator reports cached tokens as the API does), v2 + cache + batch (the same tokens at the batch
//      rate: 50 % of interactive, computed from the price table — the batch lane itself is another branch's work).
//
//   flock /tmp/cp-integration.lock node -r @swc-node/register bench/cost/run.ts [--skus 200] [--fault-rate 0] [--quick]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegenerationFeedback, fieldsToRegenerate } from '@content-pipeline/generation-tasks';
import { LANGUAGES, type Language } from '@content-pipeline/languages';
import {
  addPromptParts,
  AnthropicMessagesAdapter,
  buildExtractionMessages,
  buildWorkflowStepMessages,
  DifyWorkflowAdapter,
  emptyPromptParts,
  OpenAiChatAdapter,
  PROJECT_DIFY_CONTRACT,
  PROMPT_PARTS,
  promptPartTokens,
  ProviderError,
  workflowExtracts,
  workflowStepsOf,
  type ContentGenerationProvider,
  type CoreExtraction,
  type GenerationInput,
  type ProductContent,
  type PromptPartTokens,
} from '@content-pipeline/llm-providers';
import {
  addTokenFigures,
  laneCost,
  noTokens,
  PRICE_TABLE_2026_12,
  type PricingLane,
  type TokenFigures,
} from '@content-pipeline/pricing';
import { assessContentQuality, DEFAULT_MAX_ATTEMPTS } from '@content-pipeline/quality-rules';
import { ServiceProcess, WORKSPACE_ROOT } from '@content-pipeline/testing';

const SIM_PORT = 6410;
const CONCURRENCY = 8;
const PRICED_MODEL = 'gpt-4o-mini';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

interface CatalogRecord {
  sku_id: string;
  product_name: string;
  product_description: string;
  category: string;
  brand: string;
  attributes: Record<string, string>;
}

/** What one scenario measured over the catalogue. */
interface ScenarioTally {
  tokens: TokenFigures;
  calls: number;
  tasks: number;
  /** Tasks whose final verdict is pass. */
  passed: number;
  /** Of those, passed carrying an issue (published with it, for everyone to see). */
  passedWithIssue: number;
  /** Tasks that ended with a human (gate's human_review, or unusable output). */
  review: number;
  /** Generations after the first attempt. */
  regenerations: number;
  /** Prompt tokens per part, as the simulator billed them (Dify path only). */
  parts?: PromptPartTokens;
}

function newTally(withParts: boolean): ScenarioTally {
  return {
    tokens: noTokens(),
    calls: 0,
    tasks: 0,
    passed: 0,
    passedWithIssue: 0,
    review: 0,
    regenerations: 0,
    ...(withParts ? { parts: emptyPromptParts() } : {}),
  };
}

/** The prompts the simulated Dify workflow bills for one run, attributed per part (same builders as the simulator). */
function difyRunParts(
  input: GenerationInput,
  extraction: CoreExtraction | undefined,
  content: ProductContent,
): PromptPartTokens {
  const parts = emptyPromptParts();
  if (workflowExtracts(input)) addPromptParts(parts, promptPartTokens(buildExtractionMessages(input), input));
  for (const step of workflowStepsOf(input.promptVersion)) {
    const translated = step === 'translation' ? '' : content.translated_description;
    addPromptParts(
      parts,
      promptPartTokens(buildWorkflowStepMessages(step, input, extraction, translated), input),
    );
  }
  return parts;
}

async function runTask(
  provider: ContentGenerationProvider,
  base: GenerationInput,
  tally: ScenarioTally,
  fieldOnly: boolean,
): Promise<ProductContent | undefined> {
  let feedback: string | undefined;
  let last: ProductContent | undefined;
  // As the regenerator plans it: the failing fields and the judged content (v2 honours them, v1 ignores them).
  let regeneration: Pick<GenerationInput, 'regenerateFields' | 'previousContent'> = {};
  tally.tasks += 1;
  for (let attempt = 1; attempt <= DEFAULT_MAX_ATTEMPTS; attempt += 1) {
    const input: GenerationInput = { ...base, attempt, feedback, ...regeneration };
    if (attempt > 1) tally.regenerations += 1;
    let content: ProductContent;
    try {
      const result = await provider.generate(input, {});
      tally.calls += result.calls;
      addTokenFigures(tally.tokens, {
        promptTokens: result.usage.promptTokens,
        completionTokens: result.usage.completionTokens,
        cachedPromptTokens: result.usage.cachedPromptTokens ?? 0,
        cacheWriteTokens: result.usage.cacheWriteTokens ?? 0,
      });
      if (tally.parts) addPromptParts(tally.parts, difyRunParts(input, result.extraction, result.content));
      content = result.content;
    } catch (error) {
      if (!(error instanceof ProviderError) || error.kind !== 'content_failure') throw error;
      tally.calls += 1;
      if (error.billed) {
        addTokenFigures(tally.tokens, {
          promptTokens: error.billed.usage.promptTokens,
          completionTokens: error.billed.usage.completionTokens,
          cachedPromptTokens: error.billed.usage.cachedPromptTokens ?? 0,
          cacheWriteTokens: error.billed.usage.cacheWriteTokens ?? 0,
        });
      }
      feedback = `Attempt ${attempt} was unusable: ${error.message}`;
      continue;
    }
    last = content;
    const report = assessContentQuality(
      {
        language: input.targetLanguage,
        source: {
          product_name: input.productName,
          product_description: input.productDescription,
          category: input.category,
          attributes: input.attributes,
        },
        content,
      },
      { attempt, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    );
    if (report.verdict === 'pass') {
      tally.passed += 1;
      if (report.issues.some((issue) => issue.severity !== 'info')) tally.passedWithIssue += 1;
      return content;
    }
    if (report.verdict === 'human_review') {
      tally.review += 1;
      return content;
    }
    const issues = report.issues.map((issue) => ({ ...issue, span: issue.span ?? null }));
    feedback = buildRegenerationFeedback(attempt, report.score, issues);
    if (fieldOnly) regeneration = { regenerateFields: fieldsToRegenerate(issues), previousContent: content };
  }
  tally.review += 1;
  return last;
}

async function runScenario(
  provider: ContentGenerationProvider,
  records: CatalogRecord[],
  promptVersion: string,
  withParts: boolean,
  fieldOnly = true,
): Promise<ScenarioTally> {
  const tally = newTally(withParts);
  let next = 0;
  const worker = async () => {
    while (next < records.length) {
      const r = records[next++];
      const base = (language: Language, master?: ProductContent): GenerationInput => ({
        skuId: r.sku_id,
        productName: r.product_name,
        productDescription: r.product_description,
        category: r.category,
        brand: r.brand,
        attributes: r.attributes,
        targetLanguage: language,
        sourceContent: master,
        attempt: 1,
        promptVersion,
      });
      const master = await runTask(provider, base('en'), tally, fieldOnly);
      // The pipeline derives the other languages from the English master once it exists.
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        await runTask(provider, base(language, master), tally, fieldOnly);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return tally;
}

const percent = (part: number, whole: number) => `${whole > 0 ? ((100 * part) / whole).toFixed(1) : '0.0'} %`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const skus = Number(argument('skus', '200'));
  const faultRate = argument('fault-rate', '0');
  const records = readFileSync(join(WORKSPACE_ROOT, 'data', 'catalog', 'sample-200.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .slice(0, skus)
    .map((line) => JSON.parse(line) as CatalogRecord);
  const simulator = new ServiceProcess('llm-simulator', SIM_PORT, {}, [
    '--port',
    String(SIM_PORT),
    '--fault-rate',
    faultRate,
  ]);
  await simulator.start('/health');
  const dify = new DifyWorkflowAdapter({
    kind: 'dify',
    baseUrl: `http://127.0.0.1:${SIM_PORT}`,
    apiKey: 'app-bench',
    timeoutMs: 60_000,
    responseMode: 'streaming',
    contract: PROJECT_DIFY_CONTRACT,
  });
  const chatCommon = { apiKey: 'sk-bench', timeoutMs: 60_000, maxOutputTokens: 2_048, stream: false };
  const openAi = new OpenAiChatAdapter({
    kind: 'openai',
    baseUrl: `http://127.0.0.1:${SIM_PORT}/v1`,
    model: PRICED_MODEL,
    responseFormat: 'json_schema',
    ...chatCommon,
  });
  const anthropic = new AnthropicMessagesAdapter({
    kind: 'anthropic',
    baseUrl: `http://127.0.0.1:${SIM_PORT}`,
    model: 'claude-sonnet-4-5',
    anthropicVersion: '2023-06-01',
    ...chatCommon,
  });
  try {
    console.log(
      `bench/cost: ${records.length} SKUs × ${LANGUAGES.length} languages, simulator fault rate ${faultRate}, up to ${DEFAULT_MAX_ATTEMPTS} attempts per task`,
    );
    const v1 = await runScenario(dify, records, 'v1', true);
    const v2 = await runScenario(dify, records, 'v2', true);
    // The same diet before field-only regeneration: a regeneration rewrote every field.
    const v2Whole = await runScenario(dify, records, 'v2', false, false);
    // --quick: the rows the goals are judged on (v1 Dify, v2 Dify before and after field-only regeneration, v2 on
    // the OpenAI path for cache and batch), without the v1 chat and Anthropic rows.
    const quick = process.argv.includes('--quick');
    const v1Chat = quick ? undefined : await runScenario(openAi, records, 'v1', false);
    const v2Chat = await runScenario(openAi, records, 'v2', false);
    const v1Claude = quick ? undefined : await runScenario(anthropic, records, 'v1', false);
    const v2Claude = quick ? undefined : await runScenario(anthropic, records, 'v2', false);

    console.log('\n1. Prompt tokens per SKU by part (Dify path, as the simulator bills each LLM node)');
    console.log(`   ${'part'.padEnd(16)} ${'v1'.padStart(8)} ${'v2'.padStart(8)}`);
    for (const part of PROMPT_PARTS) {
      const a = (v1.parts?.[part] ?? 0) / records.length;
      const b = (v2.parts?.[part] ?? 0) / records.length;
      console.log(`   ${part.padEnd(16)} ${fmt(a).padStart(8)} ${fmt(b).padStart(8)}`);
    }
    const partSum = (t: ScenarioTally) =>
      PROMPT_PARTS.reduce((sum, part) => sum + (t.parts?.[part] ?? 0), 0) / records.length;
    console.log(`   ${'total'.padEnd(16)} ${fmt(partSum(v1)).padStart(8)} ${fmt(partSum(v2)).padStart(8)}`);
    console.log('   (source_text includes the translated description the v1 SEO and marketing nodes carry)');

    const price = PRICE_TABLE_2026_12.models[PRICED_MODEL];
    const rows: Array<[string, ScenarioTally | undefined, PricingLane, boolean]> = [
      ['v1 interactive (Dify, today)', v1, 'interactive', false],
      ['v2 whole-set regeneration (Dify, before)', v2Whole, 'interactive', false],
      ['v2 diet interactive (Dify)', v2, 'interactive', false],
      ['v1 + cache (OpenAI chat)', v1Chat, 'interactive', true],
      ['v2 diet + cache (OpenAI chat)', v2Chat, 'interactive', true],
      ['v2 diet + cache + batch (OpenAI)', v2Chat, 'batch', true],
      ['v2 diet interactive + batch (Dify*)', v2, 'batch', false],
    ];
    const today = laneCost(v1.tokens, price, 'interactive', false) / records.length;
    console.log(
      `\n2. Per SKU (5 languages, regenerations included), priced with price table ${PRICE_TABLE_2026_12.version} at ${PRICED_MODEL} rates`,
    );
    console.log(
      `   ${'scenario'.padEnd(40)} ${'calls'.padStart(6)} ${'prompt'.padStart(7)} ${'cached'.padStart(7)} ${'compl.'.padStart(7)} ${'tokens'.padStart(7)} ${'USD/SKU'.padStart(10)} ${'vs today'.padStart(8)} ${'pass'.padStart(7)} ${'w/ issue'.padStart(8)} ${'review'.padStart(7)} ${'regen'.padStart(6)}`,
    );
    for (const [name, t, lane, withCache] of rows) {
      if (!t) continue;
      const perSku = (n: number) => n / records.length;
      const cost = laneCost(t.tokens, price, lane, withCache) / records.length;
      console.log(
        `   ${name.padEnd(40)} ${fmt(perSku(t.calls)).padStart(6)} ${fmt(perSku(t.tokens.promptTokens)).padStart(7)} ${fmt(perSku(t.tokens.cachedPromptTokens)).padStart(7)} ${fmt(perSku(t.tokens.completionTokens)).padStart(7)} ${fmt(perSku(t.tokens.promptTokens + t.tokens.completionTokens)).padStart(7)} ${cost.toFixed(6).padStart(10)} ${percent(cost, today).padStart(8)} ${percent(t.passed, t.tasks).padStart(7)} ${percent(t.passedWithIssue, t.tasks).padStart(8)} ${percent(t.review, t.tasks).padStart(7)} ${String(t.regenerations).padStart(6)}`,
      );
    }
    console.log(
      '   * Dify has no batch API: the Dify batch row only shows what the same tokens would cost through a provider batch.',
    );
    const sonnet = PRICE_TABLE_2026_12.models['claude-sonnet-4-5'];
    console.log(
      `\n3. Anthropic path (claude-sonnet-4-5 rates; cache_control on the system prompt, 1,024-token minimum)`,
    );
    for (const [name, t] of [
      ['v1 + cache', v1Claude],
      ['v2 diet + cache', v2Claude],
    ] as const) {
      if (!t) continue;
      const perSku = (n: number) => fmt(n / records.length);
      console.log(
        `   ${name.padEnd(18)} prompt ${perSku(t.tokens.promptTokens)}, cache read ${perSku(t.tokens.cachedPromptTokens)}, cache write ${perSku(t.tokens.cacheWriteTokens)}, completion ${perSku(t.tokens.completionTokens)}; USD/SKU without cache ${(laneCost(t.tokens, sonnet, 'interactive', false) / records.length).toFixed(6)}, with cache ${(laneCost(t.tokens, sonnet, 'interactive', true) / records.length).toFixed(6)}, + batch ${(laneCost(t.tokens, sonnet, 'batch', true) / records.length).toFixed(6)}`,
      );
    }
  } finally {
    await simulator.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
