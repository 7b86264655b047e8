import { wordDiff, wordTokens } from './word-diff';

describe('wordDiff', () => {
  it('shows a replaced word as removed then added, between the words both share', () => {
    expect(wordDiff('Quiet desk fan for the office', 'Quiet tower fan for the office')).toEqual([
      { kind: 'same', text: 'Quiet ' },
      { kind: 'removed', text: 'desk' },
      { kind: 'added', text: 'tower' },
      { kind: 'same', text: ' fan for the office' },
    ]);
  });

  it('gives each text back: the shared and removed runs make the earlier, the shared and added the later', () => {
    const before = 'Steel bottle | Keeps drinks cold | Free shipping';
    const after = 'Steel bottle - Keeps drinks cold for 24 hours';
    const segments = wordDiff(before, after);
    const text = (kinds: string[]) =>
      segments
        .filter((segment) => kinds.includes(segment.kind))
        .map((segment) => segment.text)
        .join('');
    expect(text(['same', 'removed'])).toBe(before);
    expect(text(['same', 'added'])).toBe(after);
  });

  it('compares Chinese and Japanese character by character (they have no spaces between words)', () => {
    expect(wordDiff('静音デスクファン', '静音タワーファン')).toEqual([
      { kind: 'same', text: '静音' },
      { kind: 'removed', text: 'デスク' },
      { kind: 'added', text: 'タワー' },
      { kind: 'same', text: 'ファン' },
    ]);
    expect(wordTokens('USB充电 fan')).toEqual(['USB', '充', '电', ' ', 'fan']);
  });

  it('answers one unchanged run for equal texts and nothing for two empty ones', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });

  it('shows very long texts as replaced whole rather than building a table of millions of cells', () => {
    const before = Array.from({ length: 4_000 }, (_, index) => `w${index}`).join(' ');
    const after = `${before} end`;
    expect(wordDiff(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
