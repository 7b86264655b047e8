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

  it('folds a text the rules of one check share once, and an equal text built apart gets the same result', () => {
    const description = 'Crème brûlée torch, 1300 °C — keine Fälschung';
    const first = foldText(description);
    expect(foldText(description)).toBe(first);
    const rebuilt = ['Crème brûlée torch,', '1300 °C — keine Fälschung'].join(' ');
    expect(foldText(rebuilt)).toBe(first);
    expect(first.text).toBe('creme brulee torch, 1300 °c — keine falschung');
  });

  it('treats spaces, tabs, newlines and no-break spaces as blank', () => {
    expect(isBlank(' \t\n\u00a0')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });
});
