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

  it('passes warnings while the score stays at 70 or above', () => {
    const issues = [issue('warning'), issue('warning'), issue('warning')];
    expect(qualityVerdict(issues, qualityScore(issues), { attempt: 1 })).toBe('pass');
  });

  it('regenerates a critical issue before the last attempt, whatever the score', () => {
    const issues = [issue('critical'), issue('critical'), issue('critical')];
    expect(qualityVerdict(issues, qualityScore(issues), { attempt: 2, maxAttempts: 3 })).toBe('regenerate');
    expect(qualityVerdict(issues, qualityScore(issues), { attempt: 3, maxAttempts: 3 })).toBe('human_review');
  });
});
