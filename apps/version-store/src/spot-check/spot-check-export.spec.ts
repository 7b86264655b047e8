import type { ProductContent } from '@content-pipeline/contracts';
import { blindSpotCase, SpotCheckRecord, spotChecksCsv } from './spot-check-export';

const RECORD: SpotCheckRecord = {
  checkId: 'c-1',
  sampleId: 's-1',
  jobId: 'job-1',
  versionId: 'v-1',
  skuId: 'SKU-1',
  language: 'de',
  category: 'consumer_electronics',
  attempt: 2,
  gateVerdict: 'pass',
  gateScore: 92,
  verdict: 'not_publishable',
  reviewer: 'rita',
  notes: 'says "6000", source says 5000, really',
  checkedAt: new Date('2026-12-06T01:02:03.000Z'),
  errors: [
    {
      category: 'accuracy/numbers',
      severity: 'critical',
      field: 'seoTitle',
      start: 5,
      end: 9,
      note: 'wrong',
    },
    { category: 'style', severity: 'minor', field: 'h1', start: 0, end: 3 },
  ],
};

const CONTENT: ProductContent = {
  translatedDescription: 'D',
  seoTitle: 'Akku 6000 mAh',
  metaDescription: 'M',
  h1: 'Akku',
  marketingCopyA: 'A',
  marketingCopyB: 'B',
  marketingCopyC: 'C',
  suggestedKeywords: [],
};

describe('spotChecksCsv', () => {
  it('writes a header and one quoted, CRLF-terminated row per check', () => {
    const csv = spotChecksCsv([RECORD]);
    const [header, row, end] = csv.split('\r\n');
    expect(header.split(',')).toHaveLength(18);
    expect(row).toBe(
      'c-1,s-1,job-1,v-1,SKU-1,de,consumer_electronics,2,pass,92,not_publishable,rita,2026-12-06T01:02:03.000Z,' +
        '1,0,1,"accuracy/numbers/critical@seoTitle[5,9); style/minor@h1[0,3)","says ""6000"", source says 5000, really"',
    );
    expect(end).toBe('');
  });

  it('keeps a note that looks like a formula from running in a spreadsheet', () => {
    const row = spotChecksCsv([{ ...RECORD, notes: '=HYPERLINK("x")', errors: [] }]).split('\r\n')[1];
    expect(row.endsWith(`,"'=HYPERLINK(""x"")"`)).toBe(true);
  });

  it('is a header alone without checks', () => {
    expect(spotChecksCsv([]).split('\r\n')).toHaveLength(2);
  });
});

describe('blindSpotCase', () => {
  it('has the QA case shape, the marked categories as defects and the marked text', () => {
    const testCase = blindSpotCase({
      record: RECORD,
      source: {
        productName: '充电宝',
        productDescription: '5000mAh',
        category: 'consumer_electronics',
        brand: null,
        attributes: {},
        sourceHash: 'h',
      } as never,
      content: CONTENT,
      gateIssues: [],
    });
    expect(testCase).toMatchObject({
      id: 'spot-v-1',
      language: 'de',
      source: { product_name: '充电宝', product_description: '5000mAh', category: 'consumer_electronics' },
      content: { seo_title: 'Akku 6000 mAh', h1: 'Akku' },
      expected: { clean: false, defects: ['accuracy/numbers', 'style'] },
      gate: { verdict: 'pass', score: 92, issues: [] },
    });
    expect((testCase.spot_check as { errors: { text: string }[] }).errors.map((error) => error.text)).toEqual(
      ['6000', 'Akk'],
    );
  });
});
