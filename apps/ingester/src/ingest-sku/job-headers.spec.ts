import { parseLanguageList, readJobOverrides } from './job-headers';

describe('readJobOverrides', () => {
  it('leaves the service defaults in force when no job header is set', () => {
    expect(readJobOverrides({})).toEqual({ ok: true, overrides: {} });
  });

  it('reads the job, lane, languages (English implied) and prompt version', () => {
    expect(
      readJobOverrides({
        'x-job-id': 'backlog-2026-11',
        'x-lane': 'bulk',
        'x-languages': 'ja, de',
        'x-prompt-version': 'v2',
      }),
    ).toEqual({
      ok: true,
      overrides: {
        jobId: 'backlog-2026-11',
        lane: 'bulk',
        derivedLanguages: ['ja', 'de'],
        promptVersion: 'v2',
      },
    });
  });

  it('asks for English only when the job lists English only', () => {
    expect(readJobOverrides({ 'x-languages': 'en' })).toEqual({
      ok: true,
      overrides: { derivedLanguages: [] },
    });
  });

  it('refuses malformed headers with a reason naming the header', () => {
    expect(readJobOverrides({ 'x-languages': 'en,xx' })).toEqual({
      ok: false,
      problem: 'x-languages: unknown language "xx" (known: en, ja, es, de, fr)',
    });
    expect(readJobOverrides({ 'x-prompt-version': 'latest' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^x-prompt-version must look like v1/),
    });
    expect(readJobOverrides({ 'x-lane': 'fast' })).toMatchObject({ ok: false });
    expect(readJobOverrides({ 'x-job-id': 'has space' })).toMatchObject({ ok: false });
  });
});

describe('parseLanguageList', () => {
  it('puts English first and keeps the catalogue order', () => {
    expect(parseLanguageList('fr,ja')).toEqual({ ok: true, languages: ['en', 'ja', 'fr'] });
  });

  it('refuses a language listed twice', () => {
    expect(parseLanguageList('ja,ja')).toEqual({ ok: false, problem: 'a language is listed twice' });
  });
});
