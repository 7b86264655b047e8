import { codePointLength, displayWidth } from './display-width';

describe('display width', () => {
  it('counts kanji, kana and full-width digits and punctuation as 2', () => {
    expect(displayWidth('音波')).toBe(4);
    expect(displayWidth('５０００')).toBe(8);
    expect(displayWidth('【】｜、。')).toBe(10);
  });

  it('counts ASCII and ambiguous-width signs (×, °, μ) as 1', () => {
    expect(displayWidth('Brillo 5W')).toBe(9);
    expect(displayWidth('180×30°μ')).toBe(8);
  });

  it('counts code points for other languages; a no-break space is one', () => {
    expect(codePointLength('5\u00a0000 mAh')).toBe(9);
    expect(codePointLength('😀')).toBe(1);
  });
});
