import type { QualityIssue } from '@content-pipeline/contracts';
import { buildRegenerationFeedback } from './regeneration-feedback';

const issue = (overrides: Partial<QualityIssue>): QualityIssue => ({
  rule: 'number_dropped',
  severity: 'critical',
  field: 'translatedDescription',
  span: null,
  message: 'the source value 5000 (mAh) is missing',
  suggestion: 'state the capacity as 5,000 mAh',
  ...overrides,
});

describe('buildRegenerationFeedback', () => {
  it('lists critical issues first with field, rule, span and fix', () => {
    const feedback = buildRegenerationFeedback(1, 55, [
      issue({
        rule: 'seo_title_length',
        severity: 'warning',
        field: 'seoTitle',
        message: 'title is 71 characters',
        suggestion: 'shorten to ≤ 60',
      }),
      issue({ span: '6000mAh' }),
    ]);
    const lines = feedback.split('\n');
    expect(lines[0]).toContain('Attempt 1 was rejected by the quality gate (score 55/100)');
    expect(lines[1]).toBe(
      '1. [critical] translatedDescription (number_dropped): the source value 5000 (mAh) is missing. Offending text: "6000mAh". Fix: state the capacity as 5,000 mAh',
    );
    expect(lines[2]).toMatch(/^2\. \[warning\] seoTitle \(seo_title_length\)/);
  });

  it('bounds the number of issues and says how many were left out', () => {
    const feedback = buildRegenerationFeedback(
      2,
      10,
      Array.from({ length: 15 }, () => issue({})),
    );
    expect(feedback.split('\n')).toHaveLength(1 + 12 + 1);
    expect(feedback).toContain('(3 less severe issues not listed.)');
  });
});
