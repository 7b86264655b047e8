import type { ZodType, ZodTypeDef } from 'zod';
import { coreExtractionSchema, productContentSchema } from '../content/content.schema';
import {
  contentOutputFor,
  mergeRegeneratedFields,
  partialContentSchema,
  requestedFieldsOf,
} from '../content/field-regeneration';
import { CORE_EXTRACTION_OUTPUT, type StructuredOutput } from '../content/structured-output';
import { ExtractionCache } from '../extraction/extraction.cache';
import { RequestDeadline } from '../http/request-deadline';
import { parseModelJson } from '../json/model-json';
import type {
  CallAdmission,
  CoreExtraction,
  GenerateOptions,
  GenerationInput,
  GenerationResult,
  PlannedCall,
  RateLimitHints,
  TokenUsage,
} from '../port/content-generation.port';
import { CallNotAdmittedError, ProviderError } from '../port/provider.error';
import {
  buildExtractionMessages,
  buildLocalizationMessages,
  buildRepairMessage,
} from '../prompts/prompt-builder';
import { countChatPromptTokens, type ChatMessage } from '../tokens/token-counter';
import { callUsageOf, type ChatReply, type ChatTransport } from './chat-transport';

/** Running totals of one generation across its HTTP calls. */
interface CallTally {
  promptTokens: number;
  completionTokens: number;
  cachedPromptTokens: number;
  cacheWriteTokens: number;
  calls: number;
  /** Calls that only re-asked for an answer that failed validation. */
  repairCalls: number;
  model?: string;
  lastId?: string;
  rateLimit?: RateLimitHints;
  /** The caller's admission, asked before each HTTP call. */
  admitCall?: CallAdmission;
}

/**
 * The content workflow for chat APIs, run by the pipeline itself (Dify runs the same steps server-side):
 * 1. core extraction, once per SKU and source version, cached in-process and shared by the five languages;
 *    skipped for ja/es/de/fr when the English master is given, unless already cached;
 * 2. one JSON call per language that does translation, SEO and marketing together (one round trip instead of three);
 *    a field-only regeneration (v2) asks that call for the failing fields alone and keeps the rest of the previous
 *    attempt;
 * the provider enforces each answer's schema (derived from the zod schema the answer is then validated with);
 * an answer that still fails validation gets ONE repair turn that sends the error back, counted as such.
 */
export class ChatContentWorkflow {
  constructor(
    private readonly transport: ChatTransport,
    private readonly timeoutMs: number,
    private readonly cache: ExtractionCache = new ExtractionCache(),
  ) {}

  async generate(input: GenerationInput, options: GenerateOptions): Promise<GenerationResult> {
    const started = performance.now();
    const deadline = new RequestDeadline(this.timeoutMs, options.signal);
    const tally: CallTally = {
      promptTokens: 0,
      completionTokens: 0,
      cachedPromptTokens: 0,
      cacheWriteTokens: 0,
      calls: 0,
      repairCalls: 0,
      admitCall: options.admitCall,
    };
    try {
      // A field-only regeneration asks for the failing fields alone (no extraction: the listing and the gate's
      // feedback are what it needs) and completes the previous attempt's content with them.
      const fields = requestedFieldsOf(input);
      const extraction = fields ? undefined : await this.resolveExtraction(input, deadline, tally);
      const messages = buildLocalizationMessages(input, extraction);
      const content = fields
        ? mergeRegeneratedFields(
            input.previousContent,
            await this.completeJson(
              messages,
              partialContentSchema(fields),
              contentOutputFor(fields),
              input,
              deadline,
              tally,
            ),
            fields,
          )
        : await this.completeJson(
            messages,
            productContentSchema,
            contentOutputFor(undefined),
            input,
            deadline,
            tally,
          );
      return {
        content,
        extraction,
        usage: usageOf(tally),
        provider: this.transport.provider,
        model: tally.model ?? 'unknown',
        providerRunId: tally.lastId,
        latencyMs: Math.round(performance.now() - started),
        rateLimit: tally.rateLimit,
        calls: tally.calls,
        repairCalls: tally.repairCalls,
      };
    } catch (error) {
      const shared = deadline.toProviderError(error, this.transport.provider);
      // A refused admission is this generation's own (waiters on a shared extraction get a copy, above): passed on
      // as is, so the caller sees why.
      const failure =
        shared instanceof CallNotAdmittedError
          ? shared
          : // A failed extraction is one error shared by every language waiting on it: each gets its own copy,
            // which carries only the calls this generation made and was billed for.
            new ProviderError(
              shared.kind,
              shared.code,
              shared.message,
              shared.httpStatus,
              shared.retryAfterMs,
              {
                cause: shared,
              },
            );
      if (tally.promptTokens + tally.completionTokens > 0) {
        failure.billed = {
          model: tally.model ?? 'unknown',
          usage: usageOf(tally),
          repairCalls: tally.repairCalls,
        };
      }
      throw failure;
    } finally {
      deadline.dispose();
    }
  }

  private async resolveExtraction(
    input: GenerationInput,
    deadline: RequestDeadline,
    tally: CallTally,
  ): Promise<CoreExtraction | undefined> {
    const key = ExtractionCache.keyOf(input);
    const cached = this.cache.peek(key);
    // Another generation's extraction: its admission's refusal was about that generation, not this one.
    if (cached)
      return cached.catch((error: unknown) =>
        Promise.reject(
          error instanceof CallNotAdmittedError
            ? new ProviderError(
                'retriable',
                'extraction_not_sent',
                `${this.transport.provider}: ${error.message}`,
              )
            : error,
        ),
      );
    // The English master already carries the facts; a second extraction per language would only add cost.
    if (input.sourceContent) return undefined;
    const extraction = this.completeJson(
      buildExtractionMessages(input),
      coreExtractionSchema,
      CORE_EXTRACTION_OUTPUT,
      input,
      deadline,
      tally,
    )
      // Languages waiting on this shared promise must see why it failed, not their own generic error.
      .catch((error: unknown) => Promise.reject(deadline.toProviderError(error, this.transport.provider)));
    return this.cache.remember(key, extraction);
  }

  private async completeJson<T>(
    messages: ChatMessage[],
    schema: ZodType<T, ZodTypeDef, unknown>,
    output: StructuredOutput,
    input: GenerationInput,
    deadline: RequestDeadline,
    tally: CallTally,
  ): Promise<T> {
    const first = await this.call(
      messages,
      output,
      input,
      deadline,
      tally,
      output === CORE_EXTRACTION_OUTPUT ? 'extraction' : 'content',
    );
    const firstProblem = validate(first.text, schema, first.truncated);
    if (firstProblem.ok) return firstProblem.value;
    const repairTurns: ChatMessage[] = [
      ...messages,
      { role: 'assistant', content: first.text },
      buildRepairMessage(input.promptVersion, firstProblem.error),
    ];
    tally.repairCalls += 1;
    const second = await this.call(repairTurns, output, input, deadline, tally, 'repair');
    const secondProblem = validate(second.text, schema, second.truncated);
    if (secondProblem.ok) return secondProblem.value;
    throw new ProviderError(
      'content_failure',
      'invalid_output',
      `${this.transport.provider}: answer still invalid after one repair: ${secondProblem.error}`,
    );
  }

  private async call(
    messages: ChatMessage[],
    output: StructuredOutput,
    input: GenerationInput,
    deadline: RequestDeadline,
    tally: CallTally,
    step: 'extraction' | 'content' | 'repair',
  ) {
    const promptTokens = countChatPromptTokens(messages);
    const reply = await this.send(messages, output, input, deadline, tally, { step, promptTokens });
    // A `max_tokens` sized from earlier answers cut this one off: the same request once more with more room (the
    // admission sizes it), rather than a repair turn that would ask a model to shorten an answer it was not
    // allowed to finish.
    if (!reply.truncated || reply.maxOutputTokens === undefined) return reply;
    return this.send(messages, output, input, deadline, tally, {
      step,
      promptTokens,
      resendOfTruncated: true,
    });
  }

  private async send(
    messages: ChatMessage[],
    output: StructuredOutput,
    input: GenerationInput,
    deadline: RequestDeadline,
    tally: CallTally,
    planned: PlannedCall,
  ): Promise<ChatReply & { maxOutputTokens?: number }> {
    const admit = tally.admitCall;
    const admitted = admit ? await deadline.outside(() => admit(planned)) : undefined;
    const maxOutputTokens = admitted?.maxOutputTokens;
    tally.calls += 1;
    const reply = await this.transport.send(messages, output, deadline, input.user, maxOutputTokens);
    admitted?.billed(callUsageOf(reply), reply.rateLimit, reply.truncated);
    tally.promptTokens += reply.promptTokens;
    tally.completionTokens += reply.completionTokens;
    tally.cachedPromptTokens += reply.cachedTokens;
    tally.cacheWriteTokens += reply.cacheWriteTokens;
    tally.model = reply.model;
    tally.lastId = reply.id ?? tally.lastId;
    tally.rateLimit = reply.rateLimit ?? tally.rateLimit;
    return { ...reply, maxOutputTokens };
  }
}

/** The tally as the port reports it; the cache fields only when the provider reported cache use. */
function usageOf(tally: CallTally): TokenUsage {
  return {
    promptTokens: tally.promptTokens,
    completionTokens: tally.completionTokens,
    totalTokens: tally.promptTokens + tally.completionTokens,
    ...(tally.cachedPromptTokens > 0 ? { cachedPromptTokens: tally.cachedPromptTokens } : {}),
    ...(tally.cacheWriteTokens > 0 ? { cacheWriteTokens: tally.cacheWriteTokens } : {}),
  };
}

type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

function validate<T>(
  text: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  truncated: boolean,
): Validation<T> {
  let parsed: unknown;
  try {
    parsed = parseModelJson(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: truncated ? `${reason}; the answer was cut off, write it shorter` : reason };
  }
  const result = schema.safeParse(parsed);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return { ok: false, error: `the JSON does not match the contract (${issues})` };
}
