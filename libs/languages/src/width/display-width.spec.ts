import { codePointLength, codePointWidth, displayWidth } from './display-width';

describe('display width', () => {
  it('counts kanji, kana and full-width digits and punctuation as 2', () => {
    expect(displayWidth('音波')).toBe(4);
    expect(displayWidth('カタカナひらがな')).toBe(16);
    expect(displayWidth('５０００')).toBe(8);
    expect(displayWidth('【】｜、。')).toBe(10);
  });

  it('counts CJK ideographs of the supplementary planes as 2', () => {
    expect(displayWidth('𠀋')).toBe(2);
    expect(displayWidth('𫝀')).toBe(2);
  });

  it('counts Hangul syllables and leading jamo as 2, half-width katakana as 1', () => {
    expect(displayWidth('한국어')).toBe(6);
    expect(codePointWidth(0x1100)).toBe(2);
    expect(displayWidth('ｶﾀｶﾅ')).toBe(4);
  });

  it('counts emoji of East Asian Width W as 2 and text-presentation symbols as 1', () => {
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('🔋⚡')).toBe(4);
    expect(displayWidth('✓')).toBe(1);
  });

  it('counts combining marks 0, so decomposed and composed forms measure alike', () => {
    expect(displayWidth('e\u0301')).toBe(displayWidth('é'));
    expect(displayWidth('か\u3099')).toBe(displayWidth('が'));
    expect(displayWidth('が'.normalize('NFD'))).toBe(2);
  });

  it('counts ASCII and ambiguous-width signs (×, °, μ) as 1', () => {
    expect(displayWidth('Brillo 5W')).toBe(9);
    expect(displayWidth('180×30°μ')).toBe(8);
  });

  it('counts an unassigned code point as 1, except in the blocks Unicode reserves for ideographs', () => {
    expect(displayWidth('\u0378\u0530')).toBe(2);
    expect(displayWidth(String.fromCodePoint(0x2fffd))).toBe(2);
  });

  it('counts code points for other languages; a no-break space is one', () => {
    expect(codePointLength('5\u00a0000 mAh')).toBe(9);
    expect(codePointLength('😀')).toBe(1);
  });
});
