import { AnthropicMessagesTransport } from '../anthropic/anthropic-messages.transport';
import { callUsageOf, type ChatTransport } from '../chat/chat-transport';
import { RequestDeadline } from '../http/request-deadline';
import { OpenAiChatTransport } from '../openai/openai-chat.transport';
import type { CallAdmission, RateLimitHints } from '../port/content-generation.port';
import type { AnthropicProviderConfig, OpenAiProviderConfig } from '../port/provider.config';
import { CallNotAdmittedError } from '../port/provider.error';
import { countChatPromptTokens } from '../tokens/token-counter';
import { parseJudgeAnswer, JudgeAnswerError, JUDGE_OUTPUT, type JudgeAnnotation } from './mqm-judge.answer';
import { buildJudgeMessages, type JudgeInput } from './mqm-judge.prompt';

/** The providers a judge can run on: chat APIs that take a free prompt (a Dify workflow runs only its own steps). */
export type JudgeProviderConfig = OpenAiProviderConfig | AnthropicProviderConfig;

/** One judge call's outcome: the annotations, or why the answer was unusable; billed either way. */
export type JudgeVerdict =
  | { outcome: 'judged'; annotations: JudgeAnnotation[]; unverifiableSpans: number }
  | { outcome: 'failed'; reason: string };

export interface JudgeReply {
  verdict: JudgeVerdict;
  provider: 'openai' | 'anthropic';
  model: string;
  promptTokens: number;
  completionTokens: number;
  rateLimit?: RateLimitHints;
}

function sourceTextOf(input: JudgeInput): string {
  return [
    input.source.productName,
    input.source.productDescription,
    ...Object.values(input.source.attributes),
  ]
    .concat(input.master ? Object.values(input.master).flat() : [])
    .join('\n');
}

/**
 * The LLM judge over a chat API: ONE call per version (no repair turn: an unreadable answer is a recorded judge
 * failure, not a reason to spend a second call), admitted by the caller's rate limiter like any generation call.
 * Throws ProviderError for provider failures (the caller retries or records them) and CallNotAdmittedError when the
 * caller's admission refused the call.
 */
export class JudgeChatClient {
  private readonly transport: ChatTransport;

  constructor(private readonly config: JudgeProviderConfig) {
    this.transport =
      config.kind === 'openai' ? new OpenAiChatTransport(config) : new AnthropicMessagesTransport(config);
  }

  get provider(): 'openai' | 'anthropic' {
    return this.transport.provider;
  }

  /** Tokens the prompt of a judge call counts locally, for the caller's admission. */
  static promptTokens(input: JudgeInput): number {
    return countChatPromptTokens(buildJudgeMessages(input));
  }

  async judge(
    input: JudgeInput,
    options: { signal?: AbortSignal; admitCall?: CallAdmission },
  ): Promise<JudgeReply> {
    const messages = buildJudgeMessages(input);
    const deadline = new RequestDeadline(this.config.timeoutMs, options.signal);
    try {
      const admit = options.admitCall;
      const admitted = admit
        ? await deadline.outside(() =>
            admit({ step: 'content', promptTokens: countChatPromptTokens(messages) }),
          )
        : undefined;
      const reply = await this.transport.send(messages, JUDGE_OUTPUT, deadline);
      admitted?.billed(callUsageOf(reply), reply.rateLimit);
      let verdict: JudgeVerdict;
      try {
        const answer = parseJudgeAnswer(reply.text, input.content, sourceTextOf(input));
        verdict = { outcome: 'judged', ...answer };
      } catch (error) {
        if (!(error instanceof JudgeAnswerError)) throw error;
        verdict = {
          outcome: 'failed',
          reason: `unreadable answer: ${error.message}${reply.truncated ? ' (cut off by the output limit)' : ''}`,
        };
      }
      return {
        verdict,
        provider: this.transport.provider,
        model: reply.model,
        promptTokens: reply.promptTokens,
        completionTokens: reply.completionTokens,
        rateLimit: reply.rateLimit,
      };
    } catch (error) {
      if (error instanceof CallNotAdmittedError) throw error;
      throw deadline.toProviderError(error, this.transport.provider);
    } finally {
      deadline.dispose();
    }
  }
}
