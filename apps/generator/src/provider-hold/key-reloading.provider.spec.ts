import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentGenerationProvider, GenerationInput } from '@content-pipeline/llm-providers';
import { KeyReloadingProvider } from './key-reloading.provider';

describe('KeyReloadingProvider', () => {
  const dir = mkdtempSync(join(tmpdir(), 'key-reload-'));
  const keyFile = join(dir, 'api-key');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function reloading(clock?: { now: number }) {
    const built: string[] = [];
    const provider = new KeyReloadingProvider(
      keyFile,
      'old-key',
      (apiKey) => {
        built.push(apiKey);
        return {
          name: 'fake',
          generate: async () => ({ apiKey }) as never,
        } satisfies ContentGenerationProvider;
      },
      1_000,
      clock ? () => clock.now : Date.now,
    );
    return { provider, built };
  }

  it('rebuilds the client when the secret file holds a new key, and only then', async () => {
    writeFileSync(keyFile, 'old-key\n');
    const { provider, built } = reloading();
    expect(provider.reloadKey()).toBe(false);
    writeFileSync(keyFile, 'rotated-key\n');
    expect(provider.reloadKey()).toBe(true);
    expect(provider.reloadKey()).toBe(false);
    expect(built).toEqual(['old-key', 'rotated-key']);
    expect(await provider.generate({} as GenerationInput, {} as never)).toEqual({ apiKey: 'rotated-key' });
  });

  it('keeps the key in use while the file is missing or empty', () => {
    const { provider, built } = reloading();
    rmSync(keyFile, { force: true });
    expect(provider.reloadKey()).toBe(false);
    writeFileSync(keyFile, '\n');
    expect(provider.reloadKey()).toBe(false);
    expect(built).toEqual(['old-key']);
  });

  it('an instance that does not probe picks up the rotated key at its next call, at most once a second', async () => {
    writeFileSync(keyFile, 'old-key\n');
    const clock = { now: 0 };
    const { provider, built } = reloading(clock);
    writeFileSync(keyFile, 'rotated-key\n');
    clock.now = 500;
    expect(await provider.generate({} as GenerationInput, {} as never)).toEqual({ apiKey: 'old-key' });
    clock.now = 1_000;
    expect(await provider.generate({} as GenerationInput, {} as never)).toEqual({ apiKey: 'rotated-key' });
    expect(built).toEqual(['old-key', 'rotated-key']);
  });
});
