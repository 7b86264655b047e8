/**
 * Finds the figures of a Chinese catalogue description, line by line: numbers in digits (half- or full-width,
 * with 万), ranges and dimensions, model codes (IPX7, Ra94, A4), version numbers (蓝牙5.3), years, and
 * quantifying Chinese numerals (两年 → 2, 十二色 → 12). Idiomatic 一 (一次, 一键, 一盒) is not a figure,
 * except 一年 (a warranty term).
 */

/** How a figure is rendered in a target language. */
export type FigureKind = 'quantity' | 'code' | 'version' | 'year';

/** One figure: numeric parts (canonical ASCII, `-` for negatives) and what follows them. */
export interface SourceFigure {
  kind: FigureKind;
  /** Numbers in order; ranges and dimensions have several. */
  values: string[];
  /** Separators between values (`-`, `×`, `/`), one fewer than values. */
  separators: string[];
  /** Unit key: an ASCII unit as written, or a Chinese unit (translated later); '' when none. */
  unit: string;
  /** For codes: the letters glued in front (IPX, Ra, SPF). */
  prefix: string;
  /** For codes: the ASCII suffix as written (`+`, ` PA+++`). */
  suffix: string;
}

/** The figures of one source line, with the line's text for labelling. */
export interface SourceLine {
  text: string;
  figures: SourceFigure[];
}

// Longest first, so 个月 wins over 月 and 分钟 over 分.
const CHINESE_UNITS = [
  '平方米',
  '个月',
  '小时',
  '分钟',
  '公斤',
  '千克',
  '厘米',
  '毫米',
  '毫升',
  '尼特',
  '分贝',
  '姆米',
  '秒',
  '天',
  '周',
  '年',
  '克',
  '米',
  '升',
  '瓦',
  '人',
  '名',
  '岁',
  '码',
  '种',
  '色',
  '档',
  '层',
  '台',
  '下',
  '次',
  '项',
  '支',
  '块',
  '页',
  '张',
  '份',
  '节',
  '根',
  '重',
  '餐',
  '件',
  '度',
  '级',
  '个',
  '倍',
  '款',
  '位',
  '盒',
] as const;

// Measure words after which a Chinese numeral quantifies something (三档, 两年, 十二色).
const NUMERAL_MEASURES = [
  '个月',
  '小时',
  '分钟',
  '年',
  '天',
  '周',
  '种',
  '色',
  '档',
  '层',
  '台',
  '下',
  '次',
  '项',
  '节',
  '根',
  '重',
  '餐',
  '人',
  '名',
  '岁',
  '款',
  '件',
  '倍',
  '张',
  '支',
  '块',
  '页',
  '份',
  '秒',
  '个',
  '位',
] as const;

const ASCII_UNIT = String.raw`mg\/m³|mAh|GHz|MHz|lux|HRC|kWh|dB|ms|mm|cm|kg|ml|mL|Pa|kW|Hz|°C|℃|㎡|m²|m³|%|W|V|A|g|L|m|h|K|\+`;
const CODE_PREFIX = /^(?:[A-Z]{1,5}|Ra)$/;
const NUMERAL_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const DIGIT_FIGURE = new RegExp(
  String.raw`([A-Za-z]*)(-?)(\d+(?:\.\d+)?)(万?)((?:\s*[-~～×xX*]\s*\d+(?:\.\d+)?)*)\s?(` +
    ASCII_UNIT +
    '|' +
    CHINESE_UNITS.join('|') +
    String.raw`)?((?:\s?PA\++|\+)?)`,
  'g',
);
const NUMERAL_FIGURE = new RegExp(`([零一二两三四五六七八九十百]+)(${NUMERAL_MEASURES.join('|')})`, 'g');

/** Full-width digits and dot to ASCII; nothing else is normalised (NFKC would turn ㎡ into m2 and invent a 2). */
export function normaliseDigits(text: string): string {
  return text.replace(/[０-９．]/g, (ch) =>
    ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Value of a Chinese numeral up to 999 (十二 → 12, 二十 → 20, 两 → 2). */
export function parseChineseNumeral(text: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    } else if (NUMERAL_DIGITS[ch] !== undefined) {
      current = NUMERAL_DIGITS[ch];
    } else {
      return undefined;
    }
  }
  return total + current;
}

function scaleWan(value: string): string {
  const [int, frac = ''] = value.split('.');
  const digits = (int + frac.padEnd(4, '0').slice(0, 4)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(4);
  return rest ? `${digits}.${rest}` : digits;
}

function digitFigures(line: string): Array<{ at: number; figure: SourceFigure }> {
  const found: Array<{ at: number; figure: SourceFigure }> = [];
  for (const m of line.matchAll(DIGIT_FIGURE)) {
    const [whole, letters, minus, first, wan, rest, unit = '', suffix = ''] = m;
    const at = m.index ?? 0;
    const before = line.slice(Math.max(0, at - 2), at);
    const parts = rest ? [...rest.matchAll(/\s*([-~～×xX*])\s*(\d+(?:\.\d+)?)/g)] : [];
    const values = [wan ? scaleWan(first) : first, ...parts.map((p) => p[2])];
    const separators = parts.map((p) => (p[1] === '-' || p[1] === '~' || p[1] === '～' ? '-' : '×'));
    // A minus only when it follows no letter or digit; "S-XXL" or "40-80" never get here as negatives.
    if (minus && !/[A-Za-z0-9]$/.test(letters || before.slice(-1))) values[0] = `-${values[0]}`;
    let kind: FigureKind = 'quantity';
    if (/蓝牙$/.test(before) || /Bluetooth\s?$/i.test(before)) kind = 'version';
    else if (letters && CODE_PREFIX.test(letters)) kind = 'code';
    else if (unit === '年' && /^(19|20)\d\d$/.test(first)) kind = 'year';
    found.push({
      at,
      figure: {
        kind,
        values,
        separators,
        unit: kind === 'year' ? '' : unit,
        prefix: kind === 'code' ? letters : '',
        suffix: suffix.trim() ? suffix : '',
      },
    });
    void whole;
  }
  return found;
}

function numeralFigures(line: string): Array<{ at: number; figure: SourceFigure }> {
  const found: Array<{ at: number; figure: SourceFigure }> = [];
  for (const m of line.matchAll(NUMERAL_FIGURE)) {
    const [, numeral, measure] = m;
    if (numeral === '一' && measure !== '年') continue;
    // 十 alone before 分钟 etc. is fine, but a lone 百 is not a quantity we expect in listings.
    const value = parseChineseNumeral(numeral);
    if (value === undefined || value === 0) continue;
    found.push({
      at: m.index ?? 0,
      figure: {
        kind: 'quantity',
        values: [String(value)],
        separators: [],
        unit: measure,
        prefix: '',
        suffix: '',
      },
    });
  }
  return found;
}

/** The lines of a description that carry figures, in source order. */
export function extractSourceLines(description: string): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const raw of normaliseDigits(description).split(/\n|(?<=[。！？])/)) {
    const text = raw.trim();
    if (!text) continue;
    const figures = [...digitFigures(text), ...numeralFigures(text)]
      .sort((a, b) => a.at - b.at)
      .map((f) => f.figure);
    if (figures.length > 0) lines.push({ text, figures });
  }
  return lines;
}

/** Every numeric value of a description, canonical (for tests and the number faults). */
export function extractSourceValues(description: string): string[] {
  return extractSourceLines(description).flatMap((line) => line.figures.flatMap((f) => f.values));
}
