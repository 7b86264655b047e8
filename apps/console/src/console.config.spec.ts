import { ConfigError } from '@content-pipeline/config';
import { loadConsoleConfig } from './console.config';

const KEY = { CONSOLE_SERVICE_API_KEY: 'console-key-0001' };

describe('loadConsoleConfig', () => {
  it('defaults the service URLs and keeps the job API its own setting', () => {
    const config = loadConsoleConfig({ ...KEY, CONSOLE_JOB_API_URL: 'http://jobs:3007/' });
    expect(config.service.httpPort).toBe(3008);
    expect(config.versionStoreUrl).toBe('http://127.0.0.1:3005');
    expect(config.jobApiUrl).toBe('http://jobs:3007');
    expect(config.firstAdmin).toBeNull();
  });

  it('names the variable when the service key is missing or the first admin is half configured', () => {
    expect(() => loadConsoleConfig({})).toThrow(/CONSOLE_SERVICE_API_KEY/);
    expect(() => loadConsoleConfig({ ...KEY, CONSOLE_ADMIN_EMAIL: 'ada@example.com' })).toThrow(ConfigError);
    expect(() =>
      loadConsoleConfig({ ...KEY, CONSOLE_ADMIN_EMAIL: 'ada@example.com', CONSOLE_ADMIN_PASSWORD: 'short' }),
    ).toThrow(/at least 12/);
    expect(
      loadConsoleConfig({
        ...KEY,
        CONSOLE_ADMIN_EMAIL: 'Ada@Example.com',
        CONSOLE_ADMIN_PASSWORD: 'correct horse battery',
      }).firstAdmin,
    ).toEqual({ email: 'ada@example.com', password: 'correct horse battery' });
  });
});
