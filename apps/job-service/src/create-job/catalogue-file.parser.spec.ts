import { catalogueFormatOf, parseCatalogueFile, parseCsv } from './catalogue-file.parser';

describe('parseCatalogueFile (JSON lines)', () => {
  it('keeps each line’s bytes, keys it by SKU and keeps only the last record of a SKU', () => {
    const text = [
      '{"sku_id":"A-1","product_name":"壶"}',
      '',
      '{"sku_id":"B-2","product_name":"杯"}',
      '{"sku_id":"A-1","product_name":"新壶"}',
    ].join('\n');
    expect(parseCatalogueFile(text, 'jsonl')).toEqual({
      lines: [
        { skuId: 'B-2', line: '{"sku_id":"B-2","product_name":"杯"}' },
        { skuId: 'A-1', line: '{"sku_id":"A-1","product_name":"新壶"}' },
      ],
      rejected: [],
      duplicatesCollapsed: 1,
    });
  });

  it('rejects lines that are not JSON objects or lack a usable sku_id, naming the line', () => {
    const parsed = parseCatalogueFile('not json\n[1]\n{"sku_id":"SKU 12"}\n{"name":"x"}', 'jsonl');
    expect(parsed.lines).toEqual([]);
    expect(parsed.rejected.map(({ line }) => line)).toEqual([1, 2, 3, 4]);
    expect(parsed.rejected[0].reason).toMatch(/^not valid JSON/);
    expect(parsed.rejected[1].reason).toBe('not a JSON object');
    expect(parsed.rejected[2].reason).toMatch(/sku_id must be/);
  });
});

describe('parseCatalogueFile (CSV)', () => {
  it('turns rows into the catalogue’s JSON records, with numbers and attributes typed', () => {
    const text =
      'sku_id,product_name,product_description,category,price_cny,attributes,updated_at\r\n' +
      'K-1,电水壶,"容量2升, ""快速""烧水",kitchen,99.5,容量=2L;功率=1500W,2026-11-01T00:00:00Z\r\n' +
      'K-2,杯子,陶瓷杯,kitchen,,"{""材质"":""陶瓷""}",2026-11-01T00:00:00Z\r\n';
    const parsed = parseCatalogueFile(text, 'csv');
    expect(parsed.rejected).toEqual([]);
    expect(JSON.parse(parsed.lines[0].line)).toEqual({
      sku_id: 'K-1',
      product_name: '电水壶',
      product_description: '容量2升, "快速"烧水',
      category: 'kitchen',
      price_cny: 99.5,
      attributes: { 容量: '2L', 功率: '1500W' },
      updated_at: '2026-11-01T00:00:00Z',
    });
    expect(JSON.parse(parsed.lines[1].line)).not.toHaveProperty('price_cny');
    expect(JSON.parse(parsed.lines[1].line).attributes).toEqual({ 材质: '陶瓷' });
  });

  it('says what is wrong with a row', () => {
    expect(parseCatalogueFile('name\nx', 'csv').rejected).toEqual([
      { line: 1, reason: 'the CSV header has no sku_id column' },
    ]);
    expect(parseCatalogueFile('sku_id,price_cny\nA,abc\nB', 'csv').rejected).toEqual([
      { line: 1, reason: 'price_cny is not a number: "abc"' },
      { line: 2, reason: 'has 1 columns, the header 2' },
    ]);
  });
});

describe('parseCsv and catalogueFormatOf', () => {
  it('handles quoted line breaks', () => {
    expect(parseCsv('a,b\n"x\ny",z')).toEqual([
      ['a', 'b'],
      ['x\ny', 'z'],
    ]);
  });

  it('guesses CSV from a content type or file name', () => {
    expect(catalogueFormatOf('text/csv')).toBe('csv');
    expect(catalogueFormatOf('catalogue.CSV')).toBe('csv');
    expect(catalogueFormatOf('application/x-ndjson')).toBe('jsonl');
    expect(catalogueFormatOf(undefined)).toBe('jsonl');
  });
});
