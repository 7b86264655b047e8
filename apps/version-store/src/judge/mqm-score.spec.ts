import { evaluationWordCount, scoreJudgement } from './mqm-score';

describe('MQM scoring', () => {
  it('weights minor 1, major 5, critical 25 and scores 100 × (1 − penalty / words)', () => {
    const text = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const score = scoreJudgement(
      [
        { category: 'fluency', severity: 'minor' },
        { category: 'style', severity: 'major' },
        { category: 'accuracy/numbers', severity: 'critical' },
      ],
      text,
    );
    expect(score).toEqual({
      penalty: 31,
      evaluatedWords: 100,
      qualityScore: 69,
      majorAccuracyErrors: 1,
      accurate: false,
    });
  });

  it('counts a version accurate with minor accuracy errors or major errors of other kinds', () => {
    const score = scoreJudgement(
      [
        { category: 'accuracy/omission', severity: 'minor' },
        { category: 'fluency', severity: 'critical' },
      ],
      'a b c',
    );
    expect(score.accurate).toBe(true);
    expect(score.qualityScore).toBe(0);
  });

  it('is 100 for a clean version, even an empty one, and 0 for errors in no text', () => {
    expect(scoreJudgement([], 'Hallo Welt').qualityScore).toBe(100);
    expect(scoreJudgement([], '').qualityScore).toBe(100);
    expect(scoreJudgement([{ category: 'fluency', severity: 'minor' }], '').qualityScore).toBe(0);
  });

  it('counts CJK text two characters a word and ignores punctuation-only tokens', () => {
    expect(evaluationWordCount('軽量ナイロン製のバックパック')).toBe(7);
    expect(evaluationWordCount('Leicht — robust , 20 L')).toBe(4);
  });
});
