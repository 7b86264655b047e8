// Repair calls with and without schema-enforced output. The simulator's model writes JSON of another shape
// (foreign_shape) or cut-off JSON (broken_json) at the given rates when nothing enforces the shape; the same SKUs
// and languages go through the OpenAI adapter in JSON mode and with Structured Outputs, and through the Anthropic
// adapter with a forced tool, each through its official SDK. Prints calls, repair calls and unusable answers per path.
//
//   node -r @swc-node/register bench/structured-output/run.ts [--skus 60] [--shape-fault-rate 0.1]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AnthropicMessagesAdapter,
  OpenAiChatAdapter,
  ProviderError,
  type ContentGenerationProvider,
  type GenerationInput,
} from '@content-pipeline/llm-providers';
import { LANGUAGES } from '@content-pipeline/languages';
import { ServiceProcess, WORKSPACE_ROOT } from '@content-pipeline/testing';

const SIM_PORT = 4470;
const CONCURRENCY = 8;

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

function inputs(skus: number): GenerationInput[] {
  const records = readFileSync(join(WORKSPACE_ROOT, 'data', 'catalog', 'sample-200.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .slice(0, skus)
    .map((line) => JSON.parse(line) as CatalogRecord);
  return records.flatMap((r) =>
    LANGUAGES.map((language) => ({
      skuId: r.sku_id,
      productName: r.product_name,
      productDescription: r.product_description,
      category: r.category,
      brand: r.brand,
      attributes: r.attributes,
      targetLanguage: language,
      attempt: 1,
      promptVersion: 'v1',
    })),
  );
}

async function runPath(name: string, provider: ContentGenerationProvider, tasks: GenerationInput[]) {
  let calls = 0;
  let repairs = 0;
  let unusable = 0;
  let queue = 0;
  const worker = async () => {
    while (queue < tasks.length) {
      const task = tasks[queue++];
      try {
        const result = await provider.generate(task, {});
        calls += result.calls;
        repairs += result.repairCalls ?? 0;
      } catch (error) {
        if (!(error instanceof ProviderError) || error.kind !== 'content_failure') throw error;
        unusable += 1;
        repairs += error.billed?.repairCalls ?? 0;
        calls += 1 + (error.billed?.repairCalls ?? 0);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const rate = ((100 * repairs) / calls).toFixed(1);
  console.log(
    `${name.padEnd(34)} tasks=${tasks.length} calls=${calls} repair_calls=${repairs} (${rate} % of calls) unusable=${unusable}`,
  );
}

async function main(): Promise<void> {
  const skus = Number(argument('skus', '60'));
  const shapeRate = argument('shape-fault-rate', '0.1');
  const simulator = new ServiceProcess('llm-simulator', SIM_PORT, {}, [
    '--port',
    String(SIM_PORT),
    '--fault',
    `foreign_shape=${shapeRate}`,
    '--fault',
    `broken_json=${shapeRate}`,
  ]);
  await simulator.start('/health');
  try {
    const tasks = inputs(skus);
    const common = { apiKey: 'sk-bench', timeoutMs: 30_000, maxOutputTokens: 2_048, stream: true };
    const openAi = (responseFormat: 'json_object' | 'json_schema') =>
      new OpenAiChatAdapter({
        kind: 'openai',
        baseUrl: `http://127.0.0.1:${SIM_PORT}/v1`,
        model: 'gpt-4o-mini',
        responseFormat,
        ...common,
      });
    console.log(
      `foreign_shape and broken_json at ${shapeRate} each; ${skus} SKUs × ${LANGUAGES.length} languages`,
    );
    await runPath('openai json_object (JSON mode)', openAi('json_object'), tasks);
    await runPath('openai json_schema (strict)', openAi('json_schema'), tasks);
    await runPath(
      'anthropic forced tool (input_schema)',
      new AnthropicMessagesAdapter({
        kind: 'anthropic',
        baseUrl: `http://127.0.0.1:${SIM_PORT}`,
        model: 'claude-sonnet-4-5',
        anthropicVersion: '2023-06-01',
        ...common,
      }),
      tasks,
    );
  } finally {
    await simulator.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
