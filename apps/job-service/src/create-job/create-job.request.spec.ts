import { CreateJobRequestError, parseCreateJobRequest } from './create-job.request';

describe('parseCreateJobRequest', () => {
  it('takes the file as the body with options in the query string', () => {
    expect(
      parseCreateJobRequest(
        'sku_id\nA',
        { languages: 'ja,de', lane: 'bulk', budget_usd: '50', prompt_version: 'v2' },
        'text/csv; charset=utf-8',
      ),
    ).toEqual({
      jobId: undefined,
      lane: 'bulk',
      languages: ['en', 'ja', 'de'],
      promptVersion: 'v2',
      budgetUsd: 50,
      content: 'sku_id\nA',
      format: 'csv',
      sourceName: undefined,
    });
  });

  it('takes a job id in the pipeline-wide format: up to 128 characters, starting with a letter or digit', () => {
    const longest = `j${'x'.repeat(127)}`;
    expect(parseCreateJobRequest('sku_id\nA', { job_id: longest }, 'text/csv').jobId).toBe(longest);
    expect(() => parseCreateJobRequest('sku_id\nA', { job_id: `${longest}x` }, 'text/csv')).toThrow(
      /job_id must be 1–128 letters/,
    );
    expect(() => parseCreateJobRequest('sku_id\nA', { job_id: '-job' }, 'text/csv')).toThrow(
      CreateJobRequestError,
    );
  });

  it('takes JSON with lines or records, camelCase options, every language by default', () => {
    expect(
      parseCreateJobRequest(
        { lines: ['{"sku_id":"A"}', '{"sku_id":"B"}'], budgetUsd: 1.5, jobId: 'j-1' },
        {},
        'application/json',
      ),
    ).toMatchObject({
      jobId: 'j-1',
      lane: 'bulk',
      languages: ['en', 'ja', 'es', 'de', 'fr'],
      budgetUsd: 1.5,
      content: '{"sku_id":"A"}\n{"sku_id":"B"}',
      format: 'jsonl',
    });
    expect(parseCreateJobRequest({ records: [{ sku_id: 'A' }] }, {}, 'application/json').content).toBe(
      '{"sku_id":"A"}',
    );
  });

  it('refuses bad input with a message that says what is wrong', () => {
    const fails = (body: unknown, query: Record<string, unknown> = {}) => {
      try {
        parseCreateJobRequest(body, query, 'application/json');
      } catch (error) {
        expect(error).toBeInstanceOf(CreateJobRequestError);
        return (error as Error).message;
      }
      throw new Error('expected a failure');
    };
    expect(fails('   ')).toBe('The catalogue file is empty');
    expect(fails({ lines: ['x'], languages: 'en,xx' })).toMatch(/languages unknown language xx/);
    expect(fails({ lines: ['x'], budget_usd: -3 })).toMatch(/budget_usd must be more than 0/);
    expect(fails({ lines: ['x'], lane: 'fast' })).toMatch(/lane must be bulk or priority/);
    expect(fails({ lines: ['x'], colour: 'red' })).toMatch(/unknown option colour/);
    expect(fails({ lines: ['x'], content: 'y' })).toMatch(/exactly one of/);
    expect(fails([1, 2])).toMatch(/Send the catalogue file/);
    expect(fails('x', { prompt_version: 'latest' })).toMatch(
      /Invalid query: prompt_version must look like v1/,
    );
  });
});
