import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblems, sourceHash, validateCatalogRecord } from './index';

// The project's copy of the shared catalogue sample and bad-input cases (also used by the demo).
const fixtures = join(__dirname, '..', '..', '..', 'data', 'catalog');
const NOW = new Date('2026-11-26T00:00:00Z');
const lines = (file: string) => readFileSync(join(fixtures, file), 'utf8').split('\n').filter(Boolean);

function parse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

describe('validateCatalogRecord', () => {
  it('accepts every record of the 200-SKU sample', () => {
    const rejected = lines('sample-200.jsonl')
      .map((line) => validateCatalogRecord(JSON.parse(line), NOW))
      .filter((result) => !result.ok);
    expect(rejected).toEqual([]);
  });

  it.each(
    lines('bad-input.jsonl')
      .map((line) => parse(line) as { _case?: string } | undefined)
      .filter(
        (record): record is { _case: string } =>
          typeof record === 'object' && record !== null && '_case' in record,
      )
      .filter((record) => record._case !== 'extra_fields_ok')
      .map((record) => [record._case, record] as const),
  )('rejects the bad-input case %s with a reason', (_case, record) => {
    const result = validateCatalogRecord(record, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeProblems(result.problems)).toMatch(/^Invalid catalogue record: \w+/);
  });

  it('accepts the bad-input case extra_fields_ok and lists its extra fields as ignored', () => {
    const record = lines('bad-input.jsonl')
      .map(parse)
      .find((candidate) => (candidate as { _case?: string } | undefined)?._case === 'extra_fields_ok');
    expect(validateCatalogRecord(record, NOW)).toMatchObject({
      ok: true,
      ignoredFields: ['warehouse', 'tags', '_case'],
    });
  });

  it('rejects a JSON array and a record that is not an object', () => {
    expect(validateCatalogRecord(['SKU-1', 'x'], NOW)).toEqual({
      ok: false,
      problems: [{ field: '(record)', problem: 'must be a JSON object, got an array' }],
    });
  });

  it('accepts unknown extra fields and lists them as ignored', () => {
    const record = JSON.parse(lines('sample-200.jsonl')[0]);
    const result = validateCatalogRecord({ ...record, warehouse: 'HZ-03', tags: ['新品'] }, NOW);
    expect(result).toMatchObject({ ok: true, ignoredFields: ['warehouse', 'tags'] });
  });

  it('rejects updated_at beyond the clock-skew allowance', () => {
    const record = JSON.parse(lines('sample-200.jsonl')[0]);
    const result = validateCatalogRecord({ ...record, updated_at: '2099-01-01T00:00:00.000Z' }, NOW);
    expect(result.ok).toBe(false);
    expect(validateCatalogRecord({ ...record, updated_at: '2026-11-26T12:00:00.000Z' }, NOW).ok).toBe(true);
  });

  it('names every problem of a record at once', () => {
    const result = validateCatalogRecord({ sku_id: 'SKU 1', price_cny: -5, category: 'spaceships' }, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((problem) => problem.field).sort()).toEqual(
        ['category', 'price_cny', 'product_description', 'product_name', 'sku_id', 'updated_at'].sort(),
      );
    }
  });

  it('rejects a 200,000-character description', () => {
    const record = JSON.parse(lines('sample-200.jsonl')[0]);
    const result = validateCatalogRecord(
      { ...record, product_description: '这是一段很长的描述。'.repeat(20_000) },
      NOW,
    );
    expect(result.ok).toBe(false);
  });
});

describe('sourceHash', () => {
  const base = {
    productName: '名',
    productDescription: '描述',
    category: 'kitchen' as const,
    brand: 'b',
    attributes: { a: '1', b: '2' },
  };

  it('ignores attribute order and changes with the text', () => {
    expect(sourceHash(base)).toBe(sourceHash({ ...base, attributes: { b: '2', a: '1' } }));
    expect(sourceHash(base)).not.toBe(sourceHash({ ...base, productDescription: '描述2' }));
  });
});
