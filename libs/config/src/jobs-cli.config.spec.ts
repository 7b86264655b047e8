import { ConfigError } from './config.error';
import { DEFAULT_JOB_SERVICE_URL, loadJobsCliConfig } from './jobs-cli.config';

describe('jobs CLI config', () => {
  it('talks to the local job service without a key when nothing is set', () => {
    expect(loadJobsCliConfig({})).toEqual({ jobServiceUrl: DEFAULT_JOB_SERVICE_URL, apiKey: undefined });
  });

  it('takes the job service URL without its trailing slashes, and the key', () => {
    expect(
      loadJobsCliConfig({ JOB_SERVICE_URL: 'https://jobs.example.com/', JOBS_API_KEY: 'ops-key-0001' }),
    ).toEqual({ jobServiceUrl: 'https://jobs.example.com', apiKey: 'ops-key-0001' });
  });

  it('names JOB_SERVICE_URL when it is not a URL', () => {
    expect(() => loadJobsCliConfig({ JOB_SERVICE_URL: '127.0.0.1:3007' })).toThrow(ConfigError);
    expect(() => loadJobsCliConfig({ JOB_SERVICE_URL: '127.0.0.1:3007' })).toThrow(/JOB_SERVICE_URL/);
  });
});
