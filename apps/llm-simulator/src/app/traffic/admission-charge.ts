import type { SimulatedApi } from './traffic-stats';

/**
 * Tokens a call counts against the simulated tokens-per-minute limit, by each API's published rule: OpenAI charges
 * the prompt plus the request's `max_completion_tokens`/`max_tokens` at admission and keeps that charge for the
 * window; Anthropic counts input and generated output; Dify bills the run's usage. Without a maximum in the request
 * the OpenAI charge falls back to the answer's length.
 */
export function admissionCharge(
  api: SimulatedApi,
  body: unknown,
  promptTokens: number,
  completionTokens: number,
): number {
  if (api !== 'openai' || typeof body !== 'object' || body === null) return promptTokens + completionTokens;
  const request = body as { max_completion_tokens?: unknown; max_tokens?: unknown };
  const maximum = request.max_completion_tokens ?? request.max_tokens;
  return promptTokens + (typeof maximum === 'number' && maximum > 0 ? maximum : completionTokens);
}
