import { ConfigError } from './config.error';
import { DEFAULT_JOB_SERVICE_URL, loadJobsCliConfig } from './jobs-cli.config';

describe('jobs CLI config', () => {
  it('talks to the local job service without a key when nothing is set', () => {
    expect(loadJobsCliConfig({})).toMatchObject({
      jobServiceUrl: DEFAULT_JOB_SERVICE_URL,
      apiKey: undefined,
    });
  });

  it('takes the job service URL without its trailing slashes, and the key', () => {
    expect(
      loadJobsCliConfig({ JOB_SERVICE_URL: 'https://jobs.example.com/', JOBS_API_KEY: 'ops-key-0001' }),
    ).toMatchObject({ jobServiceUrl: 'https://jobs.example.com', apiKey: 'ops-key-0001' });
  });

  it("reads the generator's rate budget, provider and prompt version for the estimate, with their defaults", () => {
    expect(loadJobsCliConfig({})).toMatchObject({
      rateBudget: { requestsPerMinute: 4_000, tokensPerMinute: 3_000_000 },
      provider: 'dify',
      promptVersion: 'v2',
    });
    expect(
      loadJobsCliConfig({ LLM_TPM_LIMIT: '400000', LLM_PROVIDER: 'openai', PROMPT_VERSION: 'v1' }),
    ).toMatchObject({
      rateBudget: { tokensPerMinute: 400_000 },
      provider: 'openai',
      promptVersion: 'v1',
    });
    expect(() => loadJobsCliConfig({ PROMPT_VERSION: 'latest' })).toThrow(/PROMPT_VERSION/);
  });

  it('names JOB_SERVICE_URL when it is not a URL', () => {
    expect(() => loadJobsCliConfig({ JOB_SERVICE_URL: '127.0.0.1:3007' })).toThrow(ConfigError);
    expect(() => loadJobsCliConfig({ JOB_SERVICE_URL: '127.0.0.1:3007' })).toThrow(/JOB_SERVICE_URL/);
  });
});
