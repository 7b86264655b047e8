import { JsonLogger } from './json-logger';
import { redact, redactText } from './redaction';

describe('log redaction', () => {
  it('masks secret-looking keys at any depth', () => {
    expect(
      redact({
        provider: { apiKey: 'app-abcdefghijkl', model: 'x' },
        headers: { authorization: 'Bearer abc' },
        promptTokens: 12,
      }),
    ).toEqual({
      provider: { apiKey: '[REDACTED]', model: 'x' },
      headers: { authorization: '[REDACTED]' },
      promptTokens: 12,
    });
  });

  it('removes bearer tokens, provider keys and URL passwords from text', () => {
    expect(redactText('call failed: Authorization: Bearer sk-live1234567890abcdef')).not.toContain(
      '1234567890',
    );
    expect(redactText('key sk-proj-ABCDEFGHIJKLMNOP used')).toBe('key sk-[REDACTED] used');
    expect(redactText('postgres://pipeline:s3cret@db:5432/pipeline')).toBe(
      'postgres://pipeline:[REDACTED]@db:5432/pipeline',
    );
  });

  it('never writes a key into a log line', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('generator', 'debug', (line) => lines.push(line));
    logger.error('Dify answered 401 for key app-0123456789abcdef', {
      config: { DIFY_API_KEY: 'app-0123456789abcdef' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('0123456789abcdef');
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', service: 'generator' });
  });
});
