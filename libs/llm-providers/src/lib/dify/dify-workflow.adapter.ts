import { asNumber, asRecord, asString, tryParseJson } from '../http/json-body';
import { parseRetryAfterMs } from '../http/rate-limit-headers';
import { RequestDeadline } from '../http/request-deadline';
import { readSseData } from '../http/sse-stream';
import type {
  ContentGenerationProvider,
  GenerateOptions,
  GenerationInput,
  GenerationResult,
  ProductContent,
  TokenUsage,
} from '../port/content-generation.port';
import type { DifyProviderConfig } from '../port/provider.config';
import { ProviderError } from '../port/provider.error';
import { mapDifyError } from './dify-error.mapper';
import { readDifyContent, readDifyExtraction, readDifyOutputUsage } from './dify-outputs.reader';

/** Totals gathered from the `node_finished` events of LLM nodes. */
interface NodeUsage {
  promptTokens: number;
  completionTokens: number;
  price: number;
  currency?: string;
  llmNodes: number;
}

/** What a finished run gave us, whichever response mode delivered it. */
interface FinishedRun {
  runId?: string;
  status: string;
  outputs: unknown;
  error?: string;
  totalTokens: number;
  nodeUsage?: NodeUsage;
}

/**
 * Dify Workflow API (`POST {baseUrl}/v1/workflows/run`): one HTTP call per generation; the workflow
 * (deploy/dify/content-generation.yml) runs extraction, translation, SEO and marketing server-side.
 * Streaming is preferred: its `node_finished` events carry each LLM node's exact prompt/completion split and
 * keep the connection busy, so proxies do not cut a long run.
 */
export class DifyWorkflowAdapter implements ContentGenerationProvider {
  readonly name = 'dify';
  private readonly url: string;

  constructor(private readonly config: DifyProviderConfig) {
    this.url = `${config.baseUrl.replace(/\/+$/, '')}/v1/workflows/run`;
  }

  async generate(input: GenerationInput, options: GenerateOptions): Promise<GenerationResult> {
    const started = performance.now();
    const deadline = new RequestDeadline(this.config.timeoutMs, options.signal);
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.config.apiKey}` },
        body: JSON.stringify({
          inputs: toWorkflowInputs(input),
          response_mode: this.config.responseMode,
          user: input.user ?? this.config.user ?? 'content-pipeline',
        }),
        signal: deadline.signal,
      });
      if (!response.ok) {
        const envelope = asRecord(tryParseJson(await response.text()));
        throw mapDifyError(
          response.status,
          asString(envelope?.['code']),
          asString(envelope?.['message']),
          parseRetryAfterMs(response.headers),
        );
      }
      const run =
        this.config.responseMode === 'streaming' ? await readStream(response) : await readBlocking(response);
      return toResult(run, Math.round(performance.now() - started));
    } catch (error) {
      throw deadline.toProviderError(error, 'dify');
    } finally {
      deadline.dispose();
    }
  }
}

/** The start-node inputs the workflow declares. */
export function toWorkflowInputs(input: GenerationInput): Record<string, string | number> {
  return {
    product_id: input.skuId,
    product_name: input.productName,
    product_description: input.productDescription,
    product_category: input.category,
    brand: input.brand ?? '',
    attributes: JSON.stringify(input.attributes),
    target_language: input.targetLanguage,
    source_content: input.sourceContent ? JSON.stringify(input.sourceContent) : '',
    feedback: input.feedback ?? '',
    prompt_version: input.promptVersion,
    attempt: input.attempt,
  };
}

async function readBlocking(response: Response): Promise<FinishedRun> {
  const body = asRecord(tryParseJson(await response.text()));
  const data = asRecord(body?.['data']);
  if (!data)
    throw new ProviderError(
      'retriable',
      'malformed_response',
      'dify: blocking response without data',
      response.status,
    );
  return {
    runId: asString(body?.['workflow_run_id']) ?? asString(data['id']),
    status: asString(data['status']) ?? 'unknown',
    outputs: data['outputs'],
    error: asString(data['error']) ?? undefined,
    totalTokens: asNumber(data['total_tokens']) ?? 0,
  };
}

async function readStream(response: Response): Promise<FinishedRun> {
  const body = response.body;
  if (!body)
    throw new ProviderError(
      'retriable',
      'malformed_response',
      'dify: streaming response without body',
      response.status,
    );
  const nodeUsage: NodeUsage = { promptTokens: 0, completionTokens: 0, price: 0, llmNodes: 0 };
  let runId: string | undefined;
  for await (const payload of readSseData(body)) {
    const event = asRecord(tryParseJson(payload));
    if (!event) continue;
    const data = asRecord(event['data']);
    runId ??= asString(event['workflow_run_id']);
    switch (asString(event['event'])) {
      case 'node_finished':
        if (data) addNodeUsage(nodeUsage, data);
        break;
      case 'workflow_finished':
        await body.cancel().catch(() => undefined);
        return {
          runId: runId ?? asString(data?.['id']),
          status: asString(data?.['status']) ?? 'unknown',
          outputs: data?.['outputs'],
          error: asString(data?.['error']) ?? undefined,
          totalTokens: asNumber(data?.['total_tokens']) ?? 0,
          nodeUsage,
        };
      case 'error':
        await body.cancel().catch(() => undefined);
        throw mapDifyError(
          asNumber(event['status']) ?? 500,
          asString(event['code']),
          asString(event['message']),
        );
      default:
        // workflow_started, node_started, text_chunk, ping and events of newer Dify versions carry nothing we need.
        break;
    }
  }
  throw new ProviderError('retriable', 'stream_incomplete', 'dify: stream ended before workflow_finished');
}

function addNodeUsage(total: NodeUsage, data: Record<string, unknown>): void {
  const metadata = asRecord(data['execution_metadata']);
  // LLM nodes publish their LLMUsage as `outputs.usage`; execution_metadata has the total and price.
  const usage = asRecord(asRecord(data['outputs'])?.['usage']);
  const prompt = asNumber(usage?.['prompt_tokens']) ?? asNumber(metadata?.['prompt_tokens']);
  const completion = asNumber(usage?.['completion_tokens']) ?? asNumber(metadata?.['completion_tokens']);
  if (prompt !== undefined && completion !== undefined) {
    total.promptTokens += prompt;
    total.completionTokens += completion;
    total.llmNodes += 1;
  }
  const price = asNumber(metadata?.['total_price']);
  if (price !== undefined) {
    total.price += price;
    total.currency ??= asString(metadata?.['currency']);
  }
}

/**
 * Tokens as Dify billed them: `totalTokens` is always the run's `total_tokens`. The split comes from the LLM nodes'
 * usage (streaming), else from the workflow's `usage` output, and only when it adds up to the total; otherwise the
 * whole total is reported as prompt tokens (the costlier assumption is the cheaper mistake for budgeting).
 */
function toUsage(run: FinishedRun): TokenUsage {
  const total = run.totalTokens;
  const candidates = [
    run.nodeUsage && run.nodeUsage.llmNodes > 0 ? run.nodeUsage : undefined,
    readDifyOutputUsage(run.outputs),
  ];
  const split = candidates.find((c) => c !== undefined && c.promptTokens + c.completionTokens === total);
  const usage: TokenUsage = split
    ? { promptTokens: split.promptTokens, completionTokens: split.completionTokens, totalTokens: total }
    : { promptTokens: total, completionTokens: 0, totalTokens: total };
  if (run.nodeUsage && run.nodeUsage.price > 0) {
    // Node prices are decimal strings; rounding keeps float noise (0.000687100000001) out of cost records.
    usage.reportedPrice = {
      amount: Math.round(run.nodeUsage.price * 1e9) / 1e9,
      currency: run.nodeUsage.currency ?? 'USD',
    };
  }
  return usage;
}

function toResult(run: FinishedRun, latencyMs: number): GenerationResult {
  const model = asString(asRecord(run.outputs)?.['model']) ?? 'dify-workflow';
  if (run.status === 'failed') {
    throw billedFor(
      new ProviderError(
        'content_failure',
        'workflow_failed',
        `dify: workflow run failed: ${run.error ?? 'no error text'}`,
      ),
      run,
      model,
    );
  }
  if (run.status !== 'succeeded') {
    throw new ProviderError(
      'retriable',
      `workflow_${run.status}`,
      `dify: workflow run ended with status ${run.status}`,
    );
  }
  let content: ProductContent;
  try {
    content = readDifyContent(run.outputs);
  } catch (error) {
    throw error instanceof ProviderError ? billedFor(error, run, model) : error;
  }
  return {
    content,
    extraction: readDifyExtraction(run.outputs),
    usage: toUsage(run),
    provider: 'dify',
    model,
    providerRunId: run.runId,
    latencyMs,
    calls: 1,
  };
}

/** Attaches what a run that ended unusably was billed (nothing when it reported no tokens). */
function billedFor(error: ProviderError, run: FinishedRun, model: string): ProviderError {
  if (run.totalTokens > 0) error.billed = { model, usage: toUsage(run) };
  return error;
}
