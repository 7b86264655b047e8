import { z } from 'zod';
import { ConfigError, loadServiceConfig, positiveInt } from './index';

describe('loadServiceConfig', () => {
  it('fills defaults for a local run', () => {
    const { service } = loadServiceConfig('ingester', 3001, {}, {});
    expect(service.httpPort).toBe(3001);
    expect(service.kafka.brokers).toEqual(['127.0.0.1:19092']);
    expect(service.kafka.clientId).toBe('ingester');
    expect(service.database.url).toMatch(/^postgres:\/\//);
  });

  it('names every bad variable at once', () => {
    const attempt = () =>
      loadServiceConfig(
        'generator',
        3002,
        { GENERATOR_CONCURRENCY: positiveInt(10) },
        {
          KAFKA_BROKERS: 'localhost',
          HTTP_PORT: '99999',
          GENERATOR_CONCURRENCY: '-1',
          DATABASE_URL: 'mysql://x',
        },
      );
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const variables = (error as ConfigError).problems.map((problem) => problem.variable).sort();
      expect(variables).toEqual(['DATABASE_URL', 'GENERATOR_CONCURRENCY', 'HTTP_PORT', 'KAFKA_BROKERS']);
      expect((error as ConfigError).message).toContain(
        'KAFKA_BROKERS: must be a comma-separated list of host:port',
      );
    }
  });

  it('reports a required variable that is missing', () => {
    expect(() => loadServiceConfig('x', 1, { DIFY_API_KEY: z.string() }, {})).toThrow(
      /DIFY_API_KEY: is required but not set/,
    );
  });

  it('builds SASL settings only when mechanism, user and password are all set', () => {
    const withSasl = loadServiceConfig(
      'x',
      1,
      {},
      {
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
      },
    );
    expect(withSasl.service.kafka.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'u', password: 'p' });
    expect(loadServiceConfig('x', 1, {}, { KAFKA_SASL_USERNAME: 'u' }).service.kafka.sasl).toBeUndefined();
  });
});
