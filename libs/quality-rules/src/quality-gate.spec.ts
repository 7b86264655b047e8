import { assessContentQuality } from './quality-gate';
import { parseOperatorConfiguration } from './operator-configuration';
import { LANGUAGE_CODES } from './content-under-review';
import { contentFixture } from './testing/content.fixture';

describe('assessContentQuality', () => {
  it.each(LANGUAGE_CODES)('passes clean %s content with score 100', (language) => {
    expect(assessContentQuality(contentFixture(language))).toEqual({
      score: 100,
      verdict: 'pass',
      issues: [],
    });
  });

  it('asks for regeneration on a critical issue while attempts remain', () => {
    const input = contentFixture('en', { seo_title: 'Cheap Voltaro Magnetic Power Bank 5,000 mAh' });
    const report = assessContentQuality(input, { attempt: 1, maxAttempts: 3 });
    expect(report.verdict).toBe('regenerate');
    expect(report.score).toBe(75);
  });

  it('sends a critical issue on the last attempt to human review', () => {
    const input = contentFixture('en', { seo_title: 'Cheap Voltaro Magnetic Power Bank 5,000 mAh' });
    expect(assessContentQuality(input, { attempt: 3 }).verdict).toBe('human_review');
  });

  it('regenerates content whose only defects are warnings a shopper would see, then hands it to a human', () => {
    const defective = contentFixture('en', {
      seo_title: 'Voltaro',
      meta_description: 'Too short.',
      h1: 'Voltaro',
      marketing_copy_a: 'A power bank.',
    });
    const report = assessContentQuality(defective);
    expect(report.issues.every((issue) => issue.severity !== 'critical')).toBe(true);
    expect(report.verdict).toBe('regenerate');
    expect(assessContentQuality(defective, { attempt: 3 }).verdict).toBe('human_review');
  });

  it('applies operator terms and regex rules supplied at runtime', () => {
    const operator = parseOperatorConfiguration({
      languages: {
        en: {
          forbiddenTerms: [{ term: 'best ever', severity: 'warning' }],
          regexRules: [
            {
              id: 'no-shouting',
              pattern: '!!+',
              severity: 'info',
              message: 'Repeated exclamation marks.',
              suggestion: 'Use one.',
            },
          ],
        },
      },
    });
    const report = assessContentQuality(
      contentFixture('en', { marketing_copy_a: 'The best ever power bank!! Order yours today.' }),
      { attempt: 1 },
      operator,
    );
    expect(report.issues.map((issue) => [issue.rule, issue.severity])).toEqual([
      ['forbidden_word', 'warning'],
      ['operator_rule', 'info'],
    ]);
  });

  it('rejects an operator regex that does not compile', () => {
    expect(() =>
      parseOperatorConfiguration({
        languages: {
          de: { regexRules: [{ id: 'x', pattern: '(', severity: 'info', message: 'm', suggestion: 's' }] },
        },
      }),
    ).toThrow(/does not compile/);
  });
});
