import { assessContentQuality, InvalidOperatorConfigurationError } from '@content-pipeline/quality-rules';
import { toOperatorConfiguration } from './operator-configuration.mapping';

const rule = (overrides: object) => ({
  id: 'r1',
  language: 'en' as const,
  kind: 'forbidden_term' as const,
  value: 'miracle',
  pattern: null,
  severity: 'critical' as const,
  message: null,
  suggestion: null,
  ...overrides,
});

describe('toOperatorConfiguration', () => {
  it('makes an operator’s forbidden term a critical issue for its language only', () => {
    const configuration = toOperatorConfiguration([rule({})]);
    const content = {
      translated_description: 'A miracle kettle with 2 L capacity.',
      seo_title: 'Kettle with a two-litre capacity for every kitchen',
      meta_description: 'x'.repeat(130),
      h1: 'The kettle',
      marketing_copy_a: 'Buy now.',
      marketing_copy_b: 'Discover it today.',
      marketing_copy_c: 'Shop the offer.',
    };
    const input = {
      language: 'en' as const,
      source: { product_name: '水壶', product_description: '容量2L', category: 'kitchen' },
      content,
    };
    const issues = assessContentQuality(input, { attempt: 1 }, configuration).issues;
    expect(issues.some((issue) => issue.rule === 'forbidden_word' && issue.severity === 'critical')).toBe(
      true,
    );
    expect(
      assessContentQuality(input, { attempt: 1 }).issues.some((issue) => issue.rule === 'forbidden_word'),
    ).toBe(false);
  });

  it('maps regex rules and rejects one that does not compile', () => {
    expect(
      toOperatorConfiguration([rule({ kind: 'regex', value: '\\bfree shipping\\b', language: 'de' })])
        .languages.de?.regexRules,
    ).toHaveLength(1);
    expect(() => toOperatorConfiguration([rule({ kind: 'regex', value: '(unclosed' })])).toThrow(
      InvalidOperatorConfigurationError,
    );
  });
});
