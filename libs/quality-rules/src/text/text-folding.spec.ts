import { fold, foldText, isBlank, originalSpan } from './text-folding';

describe('text folding', () => {
  it('strips Latin accents and case', () => {
    expect(fold('Fälschung Cómprala CONTREFAÇON')).toBe('falschung comprala contrefacon');
  });

  it('keeps Japanese voicing marks (ご is not こ)', () => {
    expect(fold('ご注文')).toBe('ご注文');
  });

  it('maps a folded match back to the original spelling', () => {
    const folded = foldText('Keine Fälschungen!');
    const start = folded.text.indexOf('falschungen');
    expect(originalSpan(folded, start, start + 'falschungen'.length)).toBe('Fälschungen');
  });

  it('treats spaces, tabs, newlines and no-break spaces as blank', () => {
    expect(isBlank(' \t\n\u00a0')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });
});
