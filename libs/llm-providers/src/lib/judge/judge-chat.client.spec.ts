import type { ProductContent } from '@content-pipeline/contracts';
import { FixtureServer, type RecordedResponse } from '../../../test/support/fixture-server';
import { ProviderError } from '../port/provider.error';
import { JudgeChatClient } from './judge-chat.client';
import type { JudgeInput } from './mqm-judge.prompt';

const content: ProductContent = {
  translatedDescription: 'Akku: 5.000 mAh, Laufzeit 58 Stunden.',
  seoTitle: 'Orbis Gadget',
  metaDescription: 'Praktisch.',
  h1: 'Orbis Gadget',
  marketingCopyA: 'Jetzt kaufen.',
  marketingCopyB: 'Gönn dir was.',
  marketingCopyC: 'Nur solange der Vorrat reicht.',
  suggestedKeywords: [],
};
const input: JudgeInput = {
  skuId: 'SKU-1',
  language: 'de',
  source: {
    productName: '奥比斯',
    productDescription: '电池 5000 毫安时，续航 50 小时',
    category: 'electronics',
    attributes: {},
  },
  content,
};

function answer(text: string, status = 200): RecordedResponse {
  return {
    status,
    body: {
      id: 'chatcmpl-judge',
      object: 'chat.completion',
      created: 1767225600,
      model: 'gpt-4o-mini-2024-07-18',
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 900, completion_tokens: 40, total_tokens: 940 },
    },
  };
}

// The first test loads the SDK and the tokenizer's rank table: seconds on a busy machine, over jest's 5-s default
// (and its late request then landed in the next test's recording).
jest.setTimeout(30_000);

describe('JudgeChatClient against an OpenAI-compatible endpoint', () => {
  const server = new FixtureServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    server.received.length = 0;
  });
  const client = () =>
    new JudgeChatClient({
      kind: 'openai',
      baseUrl: `${server.baseUrl}/v1`,
      apiKey: 'sk-test',
      model: 'gpt-4o-mini',
      // Generous: the machine running the suite may be busy; nothing here waits for a timeout.
      timeoutMs: 15_000,
      maxOutputTokens: 1_024,
      responseFormat: 'json_schema',
      stream: false,
    });

  it('sends one call with the annotation schema, admitted and billed once, and reads the annotations', async () => {
    server.respondWith(
      answer(
        JSON.stringify({
          errors: [
            {
              field: 'translatedDescription',
              span: '58 Stunden',
              category: 'accuracy/numbers',
              severity: 'major',
              note: '50 h',
            },
          ],
        }),
      ),
    );
    const billed: number[] = [];
    const reply = await client().judge(input, {
      admitCall: async () => ({
        billed: (usage) => billed.push(usage.promptTokens + usage.completionTokens),
      }),
    });
    expect(server.received).toHaveLength(1);
    const body = server.received[0].body as { response_format: { json_schema: { name: string } } };
    expect(body.response_format.json_schema.name).toBe('mqm_error_annotation');
    expect(billed).toEqual([940]);
    expect(reply).toMatchObject({
      provider: 'openai',
      promptTokens: 900,
      completionTokens: 40,
      verdict: {
        outcome: 'judged',
        annotations: [{ category: 'accuracy/numbers', severity: 'major', span: '58 Stunden' }],
        unverifiableSpans: 0,
      },
    });
  });

  it.each([
    ['prose', 'Looks good overall, minor issues.'],
    [
      'an invented category',
      JSON.stringify({
        errors: [{ field: 'h1', span: 'Orbis', category: 'vibe', severity: 'major', note: '' }],
      }),
    ],
    ['an empty answer', ''],
  ])('turns %s into a failed verdict with the tokens billed, without a second call', async (_, text) => {
    server.respondWith(answer(text));
    const reply = await client().judge(input, {});
    expect(server.received).toHaveLength(1);
    expect(reply.verdict).toEqual({
      outcome: 'failed',
      reason: expect.stringMatching(/^unreadable answer: /),
    });
    expect(reply.promptTokens).toBe(900);
  });

  it('passes provider refusals on as ProviderError', async () => {
    server.respondWith({
      status: 401,
      body: { error: { message: 'bad key', type: 'invalid_request_error', code: 'invalid_api_key' } },
    });
    await expect(client().judge(input, {})).rejects.toBeInstanceOf(ProviderError);
  });
});
