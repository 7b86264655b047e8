import type { ProviderConfig } from '@content-pipeline/llm-providers';
import { loadJudgeConfig } from './judge.config';

const dify: ProviderConfig = {
  kind: 'dify',
  baseUrl: 'http://127.0.0.1:4150',
  apiKey: 'app-x',
  responseMode: 'blocking',
  timeoutMs: 1_000,
  contract: undefined as never,
};

describe('judge config', () => {
  it('judges over the OpenAI API beside a Dify simulator unless told otherwise', () => {
    expect(loadJudgeConfig(dify, {}).provider).toMatchObject({
      kind: 'openai',
      baseUrl: 'http://127.0.0.1:4150/v1',
      model: 'gpt-4o-mini',
      maxOutputTokens: 1_024,
    });
    expect(
      loadJudgeConfig(dify, { JUDGE_OPENAI_BASE_URL: 'https://llm.example.com/v1/', JUDGE_OPENAI_MODEL: 'm' })
        .provider,
    ).toMatchObject({ baseUrl: 'https://llm.example.com/v1', model: 'm' });
  });

  it('judges with the generation provider when it is a chat API', () => {
    const openai: ProviderConfig = {
      kind: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      apiKey: 'sk',
      model: 'gpt-4.1',
      timeoutMs: 1_000,
      maxOutputTokens: 4_000,
      responseFormat: 'json_schema',
      stream: true,
    };
    expect(loadJudgeConfig(openai, {}).provider).toMatchObject({
      kind: 'openai',
      model: 'gpt-4.1',
      maxOutputTokens: 1_024,
    });
  });

  it('names the variable it refuses', () => {
    expect(() => loadJudgeConfig(dify, { JUDGE_CONCURRENCY: '0' })).toThrow(/JUDGE_CONCURRENCY/);
  });
});
