import { mergeRegeneratedFields, requestedFieldsOf } from '../content/field-regeneration';
import { asNumber, asRecord, asString, tryParseJson } from '../http/json-body';
import { parseRetryAfterMs } from '../http/rate-limit-headers';
import { RequestDeadline } from '../http/request-deadline';
import { readSseData } from '../http/sse-stream';
import type {
  ContentGenerationProvider,
  ContractNote,
  GenerateOptions,
  GenerationInput,
  GenerationResult,
  TokenUsage,
} from '../port/content-generation.port';
import type { DifyProviderConfig } from '../port/provider.config';
import { ProviderError } from '../port/provider.error';
import {
  DIFY_KNOWN_INPUTS,
  outputVariables,
  PROJECT_DIFY_CONTRACT,
  readDeclaredInputs,
  toWorkflowInputs,
  type DifyOutputField,
} from './dify-contract';
import { estimatePromptTokens } from '../prompts/prompt-token-estimate';
import { mapDifyError } from './dify-error.mapper';
import { readDifyExtraction, readDifyOutputs, readDifyOutputUsage } from './dify-outputs.reader';

/** Totals gathered from the `node_finished` events of LLM nodes. */
interface NodeUsage {
  promptTokens: number;
  completionTokens: number;
  price: number;
  currency?: string;
  llmNodes: number;
}

/** The inputs the workflow takes, and where regeneration feedback goes (null: nowhere). */
interface ResolvedInputs {
  names: readonly string[];
  feedbackInput: string | null;
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
  private readonly contract;
  private readonly variables: Record<DifyOutputField, readonly string[]>;
  private inputs?: Promise<ResolvedInputs>;

  constructor(private readonly config: DifyProviderConfig) {
    this.url = `${config.baseUrl.replace(/\/+$/, '')}/v1/workflows/run`;
    this.contract = config.contract ?? PROJECT_DIFY_CONTRACT;
    this.variables = outputVariables(this.contract);
  }

  async generate(input: GenerationInput, options: GenerateOptions): Promise<GenerationResult> {
    const started = performance.now();
    const deadline = new RequestDeadline(this.config.timeoutMs, options.signal);
    try {
      const { names, feedbackInput } = await this.resolveInputs(deadline.signal);
      // The run's LLM nodes are the workflow's; the chat workflow's prompts are the estimate of its input.
      const admit = options.admitCall;
      const admitted = admit
        ? await deadline.outside(() => admit({ step: 'workflow', promptTokens: estimatePromptTokens(input) }))
        : undefined;
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.config.apiKey}` },
        body: JSON.stringify({
          inputs: toWorkflowInputs(input, names, feedbackInput),
          response_mode: this.config.responseMode,
          user: input.user ?? this.config.user ?? 'content-pipeline',
        }),
        signal: deadline.signal,
      });
      if (!response.ok) throw await errorOf(response);
      const run =
        this.config.responseMode === 'streaming' ? await readStream(response) : await readBlocking(response);
      admitted?.billed(toUsage(run));
      return this.toResult(run, Math.round(performance.now() - started), input);
    } catch (error) {
      throw deadline.toProviderError(error, 'dify');
    } finally {
      deadline.dispose();
    }
  }

  async describeContract(): Promise<ContractNote[]> {
    const { names, feedbackInput } = await this.resolveInputs();
    const source =
      this.contract.inputs === 'auto' ? 'as the app declares them (GET /v1/parameters)' : 'as configured';
    const notes: ContractNote[] = [
      { level: 'info', message: `dify: sends the inputs ${names.join(', ')} ${source}` },
    ];
    notes.push(
      feedbackInput
        ? { level: 'info', message: `dify: regeneration feedback goes in the input ${feedbackInput}` }
        : {
            level: 'warn',
            message:
              "dify: the workflow takes no feedback input (DIFY_FEEDBACK_INPUT), so regenerations are sent without the quality gate's feedback",
          },
    );
    notes.push(
      names.includes('regenerate_fields')
        ? {
            level: 'info',
            message:
              'dify: a v2 regeneration names the failing fields in regenerate_fields; the workflow writes only those',
          }
        : {
            level: 'info',
            message:
              'dify: the workflow takes no regenerate_fields input, so a regeneration writes every field (the pipeline keeps only the failing ones): deploy/dify/content-generation-v2.yml takes it',
          },
    );
    const mapped = Object.entries(this.contract.outputMap).map(
      ([variable, field]) => `${variable} → ${field}`,
    );
    if (mapped.length > 0) notes.push({ level: 'info', message: `dify: output map ${mapped.join(', ')}` });
    return notes;
  }

  /** The declared inputs, read once from the app when configured `auto` (again after a failed read). */
  private resolveInputs(signal?: AbortSignal): Promise<ResolvedInputs> {
    const configured = this.contract.inputs;
    if (configured !== 'auto') {
      const feedbackInput =
        this.contract.feedbackInput && configured.includes(this.contract.feedbackInput)
          ? this.contract.feedbackInput
          : null;
      return Promise.resolve({ names: configured, feedbackInput });
    }
    this.inputs ??= this.readDeclaredInputs(signal);
    this.inputs.catch(() => (this.inputs = undefined));
    return this.inputs;
  }

  private async readDeclaredInputs(signal?: AbortSignal): Promise<ResolvedInputs> {
    const response = await fetch(`${this.config.baseUrl.replace(/\/+$/, '')}/v1/parameters`, {
      headers: { authorization: `Bearer ${this.config.apiKey}` },
      signal,
    });
    if (!response.ok) throw await errorOf(response);
    const declared = readDeclaredInputs(tryParseJson(await response.text()));
    if (!declared) {
      throw new ProviderError(
        'retriable',
        'malformed_response',
        'dify: GET /v1/parameters without user_input_form',
      );
    }
    const fillable = new Set<string>([
      ...DIFY_KNOWN_INPUTS,
      ...(this.contract.feedbackInput ? [this.contract.feedbackInput] : []),
    ]);
    const unfillable = declared.filter((d) => d.required && !fillable.has(d.variable)).map((d) => d.variable);
    if (unfillable.length > 0) {
      throw new ProviderError(
        'fatal',
        'contract_mismatch',
        `dify: the workflow requires the input${unfillable.length > 1 ? 's' : ''} ${unfillable.join(', ')}, which the pipeline cannot fill (it fills ${[...fillable].join(', ')})`,
      );
    }
    const names = declared.map((d) => d.variable).filter((name) => fillable.has(name));
    const feedbackInput =
      this.contract.feedbackInput && names.includes(this.contract.feedbackInput)
        ? this.contract.feedbackInput
        : null;
    return { names, feedbackInput };
  }

  private toResult(run: FinishedRun, latencyMs: number, input: GenerationInput): GenerationResult {
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
    let outputs;
    try {
      outputs = readDifyOutputs(run.outputs, this.variables);
    } catch (error) {
      throw error instanceof ProviderError ? billedFor(error, run, model) : error;
    }
    // A field-only regeneration: the asked fields from the run, the rest from the previous attempt (also when the
    // workflow wrote every field because it takes no `regenerate_fields`); only an asked field can be missing.
    const fields = requestedFieldsOf(input);
    const asked = (field: string) => !fields || (fields as readonly string[]).includes(field);
    return {
      content: fields
        ? mergeRegeneratedFields(input.previousContent, outputs.content, fields)
        : outputs.content,
      extraction: readDifyExtraction(run.outputs),
      usage: toUsage(run),
      provider: 'dify',
      model,
      providerRunId: run.runId,
      latencyMs,
      calls: 1,
      repairCalls: 0,
      workflowReview: outputs.workflowReview,
      missingFields: outputs.missingFields.filter(asked),
      fallbackFields: outputs.fallbackFields.filter(asked),
    };
  }
}

async function errorOf(response: Response): Promise<ProviderError> {
  const envelope = asRecord(tryParseJson(await response.text()));
  return mapDifyError(
    response.status,
    asString(envelope?.['code']),
    asString(envelope?.['message']),
    parseRetryAfterMs(response.headers),
  );
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

/** Attaches what a run that ended unusably was billed (nothing when it reported no tokens). */
function billedFor(error: ProviderError, run: FinishedRun, model: string): ProviderError {
  if (run.totalTokens > 0) error.billed = { model, usage: toUsage(run) };
  return error;
}
