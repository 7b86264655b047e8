/** One run of a word-level diff: text both versions share, or text only the earlier or the later one has. */
export interface DiffSegment {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Above this many tokens per side the longest-common-subsequence table (tokens × tokens) gets too big to build
 * for a page request; the field is then shown as replaced whole, which is still correct, only coarser.
 */
const MAX_TOKENS = 3_000;

// Han, kana and Hangul are written without spaces: each character counts as a word of its own, so a changed
// character is shown as one change rather than the whole sentence.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Words, the whitespace between them, and each CJK character, in order; joined they give the text back. */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(/\s+|[^\s]+/gu)) {
    const run = match[0];
    if (/\s/u.test(run[0]) || !CJK_CHARACTER.test(run)) {
      tokens.push(run);
      continue;
    }
    // Split a run mixing CJK and Latin into CJK characters and the Latin words between them.
    let latin = '';
    for (const character of run) {
      if (CJK_CHARACTER.test(character)) {
        if (latin) tokens.push(latin);
        latin = '';
        tokens.push(character);
      } else latin += character;
    }
    if (latin) tokens.push(latin);
  }
  return tokens;
}

function pushSegment(segments: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
  const last = segments[segments.length - 1];
  if (last?.kind === kind) last.text += text;
  else segments.push({ kind, text });
}

/**
 * Word-level diff of two texts (longest common subsequence of their tokens): what the later text removed and
 * added, with the shared words between. Removed runs come before the added run that replaces them.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const a = wordTokens(before);
  const b = wordTokens(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    const whole: DiffSegment[] = [];
    if (before) whole.push({ kind: 'removed', text: before });
    if (after) whole.push({ kind: 'added', text: after });
    return whole;
  }
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i * width + j] =
        a[i] === b[j]
          ? common[(i + 1) * width + j + 1] + 1
          : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
  const segments: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      pushSegment(segments, 'same', a[i]);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && common[(i + 1) * width + j] >= common[i * width + j + 1])) {
      pushSegment(segments, 'removed', a[i]);
      i++;
    } else {
      pushSegment(segments, 'added', b[j]);
      j++;
    }
  }
  return segments;
}
