import { WIDE_RANGES, ZERO_WIDTH_RANGES } from './east-asian-width.generated';

function inRanges(codePoint: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = ranges[mid];
    if (codePoint < start) high = mid - 1;
    else if (codePoint > end) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Columns one code point takes: 2 for East Asian Width W and F, 0 for a combining mark, 1 otherwise. Ambiguous
 * width (×, °, μ) counts 1: the listing platforms render it narrow.
 */
export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  if (inRanges(codePoint, ZERO_WIDTH_RANGES)) return 0;
  return inRanges(codePoint, WIDE_RANGES) ? 2 : 1;
}

/** Display width of `text`: the sum of its code points' {@link codePointWidth}. Japanese limits are in this unit. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0) ?? 0);
  return width;
}

/** Length in Unicode code points (a no-break space counts one; an emoji one). */
export function codePointLength(text: string): number {
  return [...text].length;
}
