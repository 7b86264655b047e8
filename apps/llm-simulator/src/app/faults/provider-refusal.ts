import { jsonReply, type SimReply } from '../protocols/api-protocol';
import type { SimulatedApi } from '../traffic/traffic-stats';

/**
 * Account- and deployment-level failures a provider answers every call with until a person fixes something:
 * an exhausted quota or credit, a model the key cannot use, a workflow whose output node does not expose the
 * fields the caller reads. (A wrong key is the `acceptedApiKey` setting.) Each is answered the way the real API
 * does, so the caller's error mapping is exercised too. `flagged_prompt` is the other kind: the provider refuses
 * this one request (its safety system flagged the prompt), which no hold can fix and the task carries itself.
 */
export const PROVIDER_REFUSALS = [
  'none',
  'quota_exhausted',
  'unknown_model',
  'contract_mismatch',
  'flagged_prompt',
] as const;

export type ProviderRefusal = (typeof PROVIDER_REFUSALS)[number];

/** The error reply of `refusal` on `api`, or undefined when it is not an error there (a contract mismatch). */
export function refusalReply(
  api: SimulatedApi,
  refusal: ProviderRefusal,
  model: string,
): SimReply | undefined {
  if (refusal === 'quota_exhausted') {
    if (api === 'openai')
      return jsonReply(429, {
        error: {
          message: 'You exceeded your current quota, please check your plan and billing details.',
          type: 'insufficient_quota',
          param: null,
          code: 'insufficient_quota',
        },
      });
    if (api === 'anthropic')
      return jsonReply(400, {
        type: 'error',
        error: {
          type: 'billing_error',
          message: 'Your credit balance is too low to access the Anthropic API.',
        },
      });
    return jsonReply(400, {
      code: 'provider_quota_exceeded',
      message:
        'Your quota for Dify Hosted Model Provider has been exhausted. Please go to Settings -> Model Provider to complete your own provider credentials.',
      status: 400,
    });
  }
  if (refusal === 'unknown_model') {
    if (api === 'openai')
      return jsonReply(404, {
        error: {
          message: `The model \`${model}\` does not exist or you do not have access to it.`,
          type: 'invalid_request_error',
          param: null,
          code: 'model_not_found',
        },
      });
    if (api === 'anthropic')
      return jsonReply(404, {
        type: 'error',
        error: { type: 'not_found_error', message: `model: ${model}` },
      });
    return jsonReply(400, {
      code: 'model_currently_not_support',
      message: 'Dify Hosted OpenAI trial currently not support the model, please try another model.',
      status: 400,
    });
  }
  if (refusal === 'flagged_prompt') {
    if (api === 'openai')
      return jsonReply(400, {
        error: {
          message:
            'Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please try again with a different prompt.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_prompt',
        },
      });
    if (api === 'anthropic')
      return jsonReply(400, {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'Output blocked by content filtering policy' },
      });
    return jsonReply(400, {
      code: 'invalid_param',
      message: 'The input was flagged by moderation.',
      status: 400,
    });
  }
  return undefined;
}

/**
 * A workflow whose output node exposes one `text` variable instead of the content fields: a successful run
 * whose outputs the caller cannot read, on every call. Only Dify has a workflow contract; other replies pass.
 */
export function breakWorkflowContract(api: SimulatedApi, reply: SimReply): SimReply {
  if (api !== 'dify' || reply.status !== 200) return reply;
  const rewrite = (outputs: unknown) => (outputs ? { text: JSON.stringify(outputs) } : outputs);
  if (reply.body !== undefined) {
    const payload = JSON.parse(reply.body) as { data?: { outputs?: unknown } };
    if (payload.data) payload.data.outputs = rewrite(payload.data.outputs);
    return { ...reply, body: JSON.stringify(payload) };
  }
  const events = reply.events?.map((raw) => {
    // Dify streams unnamed `data:` events; a named one belongs to another API and passes unchanged.
    if (typeof raw !== 'string') return raw;
    const event = JSON.parse(raw) as { event?: string; data?: { outputs?: unknown } };
    if (event.event !== 'workflow_finished' || !event.data) return raw;
    event.data.outputs = rewrite(event.data.outputs);
    return JSON.stringify(event);
  });
  return { ...reply, events };
}
