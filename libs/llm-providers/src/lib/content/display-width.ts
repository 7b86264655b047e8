// East Asian Width F and W ranges (Unicode 15), enough for CJK, kana, Hangul, full-width forms and CJK punctuation.
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  for (const [lo, hi] of WIDE_RANGES) if (codePoint >= lo && codePoint <= hi) return true;
  return false;
}

/** Display width: full-width (EAW F/W) code points count 2, everything else 1. Used for Japanese length limits. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/** Length of `text` as a limit of that measure counts it. */
export function measureLength(text: string, measure: 'chars' | 'width'): number {
  return measure === 'width' ? displayWidth(text) : [...text].length;
}
