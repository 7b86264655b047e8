import { applySettingsPatch, defaultSettings, type SettingsPatch } from '../simulator-settings';
import { SimulatorServer } from '../simulator.server';

const chat = { model: 'm', max_tokens: 100, messages: [{ role: 'user', content: 'hello' }] };
const workflow = { inputs: {}, response_mode: 'blocking', user: 'u' };

describe('provider refusals (switches a person must fix)', () => {
  const sim = new SimulatorServer(defaultSettings(3));
  let base = '';
  beforeAll(async () => {
    base = `http://127.0.0.1:${await sim.listen(0)}`;
  });
  afterAll(() => sim.close());
  const configure = (patch: SettingsPatch) =>
    sim.updateSettings(applySettingsPatch(defaultSettings(3), patch));
  const post = async (path: string, body: unknown, key = 'right-key') => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-api-key': key },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('answers a key other than the accepted one with each API’s 401', async () => {
    configure({ acceptedApiKey: 'right-key' });
    expect((await post('/v1/chat/completions', chat, 'wrong')).status).toBe(401);
    expect((await post('/v1/workflows/run', workflow, 'wrong')).body['code']).toBe('unauthorized');
    expect((await post('/v1/chat/completions', chat)).status).toBe(200);
  });

  it('answers an exhausted quota as each API does', async () => {
    configure({ providerRefusal: 'quota_exhausted' });
    const openai = await post('/v1/chat/completions', chat);
    expect([openai.status, (openai.body['error'] as { code: string }).code]).toEqual([
      429,
      'insufficient_quota',
    ]);
    const anthropic = await post('/v1/messages', chat);
    expect([anthropic.status, (anthropic.body['error'] as { type: string }).type]).toEqual([
      400,
      'billing_error',
    ]);
    expect((await post('/v1/workflows/run', workflow)).body['code']).toBe('provider_quota_exceeded');
  });

  it('answers an unknown model as each API does', async () => {
    configure({ providerRefusal: 'unknown_model' });
    const openai = await post('/v1/chat/completions', chat);
    expect([openai.status, (openai.body['error'] as { code: string }).code]).toEqual([
      404,
      'model_not_found',
    ]);
    expect((await post('/v1/messages', chat)).status).toBe(404);
    expect((await post('/v1/workflows/run', workflow)).body['code']).toBe('model_currently_not_support');
  });

  it('refuses a flagged prompt with each API’s invalid-request answer', async () => {
    configure({ providerRefusal: 'flagged_prompt' });
    const openai = await post('/v1/chat/completions', chat);
    expect([openai.status, (openai.body['error'] as { code: string }).code]).toEqual([400, 'invalid_prompt']);
    const anthropic = await post('/v1/messages', chat);
    expect([anthropic.status, (anthropic.body['error'] as { type: string }).type]).toEqual([
      400,
      'invalid_request_error',
    ]);
    expect((await post('/v1/workflows/run', workflow)).status).toBe(400);
  });

  it('bills no tokens for a refused call', async () => {
    configure({ providerRefusal: 'quota_exhausted' });
    await fetch(`${base}/_sim/reset`, { method: 'POST' });
    await post('/v1/chat/completions', chat);
    const stats = (await (await fetch(`${base}/_sim/stats`)).json()) as { totals: { totalTokens: number } };
    expect(stats.totals.totalTokens).toBe(0);
  });
});
