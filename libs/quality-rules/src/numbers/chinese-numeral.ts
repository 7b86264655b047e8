const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  両: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese (or Japanese kanji) numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两兩両三四五六七八九十百千万';

/**
 * Reads a Chinese numeral (`十二` 12, `一百零八` 108, `两` 2, `四万` 40,000).
 * Returns undefined for strings that are not a well-formed numeral.
 */
export function parseChineseNumeral(numeral: string): number | undefined {
  if (!numeral) return undefined;
  const wanAt = numeral.indexOf('万');
  if (wanAt >= 0) {
    const high = wanAt === 0 ? 1 : parseChineseNumeral(numeral.slice(0, wanAt));
    const low = wanAt === numeral.length - 1 ? 0 : parseChineseNumeral(numeral.slice(wanAt + 1));
    return high === undefined || low === undefined ? undefined : high * 10_000 + low;
  }
  let total = 0;
  let pending: number | undefined;
  for (const char of numeral) {
    if (char in DIGITS) {
      if (pending !== undefined && pending !== 0) return undefined; // two digits in a row: not a numeral
      pending = DIGITS[char];
    } else if (char in UNITS) {
      // 十二 starts with the unit: an implicit one.
      total += (pending ?? 1) * UNITS[char];
      pending = undefined;
    } else {
      return undefined;
    }
  }
  return total + (pending ?? 0);
}
