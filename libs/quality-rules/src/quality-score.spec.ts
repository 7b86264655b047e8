import { QualityIssue } from './quality-issue';
import { qualityScore, qualityVerdict } from './quality-score';

const issue = (severity: QualityIssue['severity']): QualityIssue => ({
  rule: 'missing_cta',
  severity,
  field: 'marketing_copy_a',
  message: '',
  suggestion: '',
});

describe('quality score and verdict', () => {
  it('deducts 25 per critical, 8 per warning and 2 per info issue', () => {
    expect(qualityScore([issue('critical'), issue('warning'), issue('info')])).toBe(65);
  });

  it('never goes below 0', () => {
    expect(qualityScore(Array.from({ length: 5 }, () => issue('critical')))).toBe(0);
  });

  it('passes published-with-warning issues while the score stays at 70 or above', () => {
    const issues = [issue('warning'), issue('warning'), issue('warning')].map((found) => ({
      ...found,
      rule: 'target_keyword_missing' as const,
    }));
    expect(qualityVerdict(issues, qualityScore(issues), { attempt: 1 })).toBe('pass');
    const more = [...issues, ...issues];
    expect(qualityVerdict(more, qualityScore(more), { attempt: 1 })).toBe('human_review');
  });

  it('regenerates a critical issue before the last attempt, whatever the score', () => {
    const issues = [issue('critical'), issue('critical'), issue('critical')];
    expect(qualityVerdict(issues, qualityScore(issues), { attempt: 2, maxAttempts: 3 })).toBe('regenerate');
    expect(qualityVerdict(issues, qualityScore(issues), { attempt: 3, maxAttempts: 3 })).toBe('human_review');
  });
});

describe('verdict policy', () => {
  const warning = (rule: QualityIssue['rule']): QualityIssue => ({ ...issue('warning'), rule });

  it('keeps a shopper-visible defect out of the published set even when it is only a warning', () => {
    for (const rule of ['missing_cta', 'duplicate_copy', 'h1_same_as_title', 'seo_title_length'] as const) {
      const issues = [warning(rule)];
      expect(qualityVerdict(issues, qualityScore(issues), { attempt: 1 })).toBe('regenerate');
    }
  });

  it('publishes SEO advice with its warning attached', () => {
    const issues = [warning('target_keyword_missing')];
    expect(qualityVerdict(issues, qualityScore(issues), { attempt: 1 })).toBe('pass');
  });

  it('follows an operator policy: review at once, or publish with a warning', () => {
    const issues = [warning('missing_cta')];
    expect(qualityVerdict(issues, 92, { attempt: 1 }, { missing_cta: 'review' })).toBe('human_review');
    expect(qualityVerdict(issues, 92, { attempt: 1 }, { missing_cta: 'publish_with_warning' })).toBe('pass');
  });

  it('never holds content back for advice', () => {
    expect(qualityVerdict([issue('info')], 98, { attempt: 1 })).toBe('pass');
  });
});
