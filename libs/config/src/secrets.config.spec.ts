import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { resolveSecret, secretEnv } from './secrets.config';

describe('secrets', () => {
  it('prefers the file over the variable and trims its newline', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'secret-')), 'key');
    writeFileSync(file, 'app-from-file\n');
    expect(resolveSecret({ DIFY_API_KEY: 'app-from-env', DIFY_API_KEY_FILE: file }, 'DIFY_API_KEY')).toBe(
      'app-from-file',
    );
    expect(resolveSecret({ DIFY_API_KEY: 'app-from-env' }, 'DIFY_API_KEY')).toBe('app-from-env');
    expect(resolveSecret({}, 'DIFY_API_KEY', 'app-simulator')).toBe('app-simulator');
  });

  it('names the variable when the file cannot be read', () => {
    expect(() => resolveSecret({ DIFY_API_KEY_FILE: '/nonexistent/key' }, 'DIFY_API_KEY')).toThrow(
      /^DIFY_API_KEY_FILE: cannot read/,
    );
  });

  it('declares both variables for the schema', () => {
    expect(Object.keys(z.object(secretEnv('OPENAI_API_KEY')).shape)).toEqual([
      'OPENAI_API_KEY',
      'OPENAI_API_KEY_FILE',
    ]);
  });
});
