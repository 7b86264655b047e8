import { assessContentQuality, InvalidOperatorConfigurationError } from '@content-pipeline/quality-rules';
import { toOperatorConfiguration } from './operator-configuration.mapping';

/** An operator rule row; overrides may hold invalid values, as a table row written by hand could. */
type OperatorRuleRow = Parameters<typeof toOperatorConfiguration>[0][number];
const rule = (overrides: Record<string, unknown>): OperatorRuleRow =>
  ({
    id: 'r1',
    language: 'en',
    kind: 'forbidden_term',
    value: 'miracle',
    pattern: null,
    severity: 'critical',
    action: null,
    message: null,
    suggestion: null,
    ...overrides,
  }) as OperatorRuleRow;

/** A meta description of a valid length (a run of x's would read as a placeholder left for the editor). */
const META =
  'Electric kettle with a 2 L capacity, fast boiling, automatic shut-off and a cool-touch handle for everyday tea and coffee at home.';

describe('toOperatorConfiguration', () => {
  it('makes an operator’s forbidden term a critical issue for its language only', () => {
    const configuration = toOperatorConfiguration([rule({})]);
    const content = {
      translated_description: 'A miracle kettle with 2 L capacity.',
      seo_title: 'Kettle with a two-litre capacity for every kitchen',
      meta_description: META,
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

describe('toOperatorConfiguration: verdict policy entries', () => {
  const policy = (overrides: Record<string, unknown>) =>
    rule({ kind: 'verdict_policy', value: 'missing_cta', severity: null, action: 'review', ...overrides });

  it('maps an entry to the action for that rule, in its language', () => {
    expect(toOperatorConfiguration([policy({})]).languages.en?.verdictPolicy).toEqual({
      missing_cta: 'review',
    });
  });

  it('changes the verdict on a copy without a call to action', () => {
    const input = {
      language: 'en' as const,
      source: { product_name: '水壶', product_description: '容量2L', category: 'kitchen' },
      content: {
        translated_description: 'A kettle with 2 L capacity.',
        seo_title: 'Kettle with a two-litre capacity for every kitchen',
        meta_description: META,
        h1: 'The kettle',
        marketing_copy_a: 'Buy now.',
        marketing_copy_b: 'Tea like it used to be.',
        marketing_copy_c: 'Shop the offer.',
      },
    };
    expect(assessContentQuality(input, { attempt: 1 }).verdict).toBe('regenerate');
    const reviewed = toOperatorConfiguration([policy({})]);
    expect(assessContentQuality(input, { attempt: 1 }, reviewed).verdict).toBe('human_review');
    const published = toOperatorConfiguration([policy({ action: 'publish_with_warning' })]);
    expect(assessContentQuality(input, { attempt: 1 }, published).verdict).toBe('pass');
  });

  it('rejects an unknown rule id or action', () => {
    expect(() => toOperatorConfiguration([policy({ value: 'no_such_rule' })])).toThrow(
      InvalidOperatorConfigurationError,
    );
    expect(() => toOperatorConfiguration([policy({ action: 'ignore' })])).toThrow(
      InvalidOperatorConfigurationError,
    );
  });
});
