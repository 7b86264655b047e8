import { ArmResult, confidencePercent, experimentVerdict } from './experiment-verdict';

const control: ArmResult = {
  variantId: 'a',
  label: 'A',
  isControl: true,
  conversionRate: 0.1,
  comparison: null,
};

function variant(id: string, rate: number, z: number, pValue: number): ArmResult {
  return {
    variantId: id,
    label: id.toUpperCase(),
    isControl: false,
    conversionRate: rate,
    comparison: { z, pValue, significant: pValue < 0.05 },
  };
}

describe('experimentVerdict', () => {
  it('names the best-converting variant that beats the control significantly', () => {
    const verdict = experimentVerdict(
      [control, variant('b', 0.15, 2.5, 0.012), variant('c', 0.2, 3.4, 0.0007)],
      0.05,
    );
    expect(verdict).toEqual({
      winnerVariantId: 'c',
      summary: 'C converts better than A (significant at 95 %)',
    });
  });

  it('names the control when every variant is significantly worse', () => {
    expect(experimentVerdict([control, variant('b', 0.05, -2.2, 0.03)], 0.05).winnerVariantId).toBe('a');
  });

  it('names no winner while a difference is not significant', () => {
    const verdict = experimentVerdict([control, variant('b', 0.12, 1.1, 0.27)], 0.05);
    expect(verdict.winnerVariantId).toBeNull();
    expect(verdict.summary).toBe('No significant difference at 95 % yet: keep the experiment running');
  });

  it('gives confidence as 1 − p in percent, one decimal', () => {
    expect(confidencePercent(0.0123)).toBe(98.8);
    expect(confidencePercent(null)).toBeNull();
  });
});
