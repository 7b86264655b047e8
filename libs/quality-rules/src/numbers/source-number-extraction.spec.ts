import { extractOptionalSourceNumbers, extractSourceNumbers } from './source-number-extraction';

const values = (text: string): number[] => extractSourceNumbers(text).map((mention) => mention.value);

describe('extractSourceNumbers', () => {
  it('reads digits glued to Han characters and units', () => {
    expect(values('容量5000mAh，重量约110克')).toEqual([5000, 110]);
  });

  it('reads full-width digits', () => {
    expect(values('电芯容量为５０００mAh，支持１５W')).toEqual([5000, 15]);
  });

  it('multiplies by 万', () => {
    expect(values('每分钟振动高达4万次')).toEqual([40000]);
  });

  it('reads decimals, ranges and percentages', () => {
    expect(values('5.5升大容量，满足3-5人，100%山羊绒')).toEqual([5.5, 3, 5, 100]);
  });

  it('reads digits inside model names and codes', () => {
    expect(values('IPX7级防水，EN71认证，A4纸，P-4保密等级')).toEqual([7, 71, 4, 4]);
  });

  it('reads Chinese numerals that quantify something', () => {
    expect(values('享受两年质保，两周口粮，五种模式，八种菜单，十二色可选')).toEqual([2, 2, 5, 8, 12]);
  });

  it('reads numerals before units of speed, power and distance, and counts of blades', () => {
    expect(values('电机每分钟三万转，功率八百瓦，续航五十公里，六叶刀头')).toEqual([30000, 800, 50, 6]);
  });

  it('reads no count in a word that starts with 零 (零件 parts, 零食 snacks)', () => {
    expect(values('含小零件，附送零食袋')).toEqual([]);
  });

  it('reads counts of songs and pieces, and leaves ordinals in digits to the lexicon', () => {
    expect(values('内置十二首摇篮曲')).toEqual([12]);
    expect(values('Thermo 第3代低温慢煮棒')).toEqual([]);
  });

  it('reads percentages written out as required values', () => {
    expect(values('可去除百分之九十的牙菌斑')).toEqual([90]);
  });

  it('leaves approximate numerals (几十个 dozens, 数百 hundreds) to the lexicon, required by nothing', () => {
    expect(values('表面分布几十个按摩凸点，数百次测试')).toEqual([]);
  });

  it('ignores idiomatic 一, 双 meaning dual, and numerals inside words', () => {
    expect(values('一次烤制，一键搞定，一目了然，一套，双重供电，三角形和六边形')).toEqual([]);
  });

  it('ignores superscript exponents', () => {
    expect(values('面积2m²，容积3m³')).toEqual([2, 3]);
  });

  it('allows, but does not require, 一 before a unit of time or measure', () => {
    expect(values('一年质保')).toEqual([]);
    expect(extractOptionalSourceNumbers('一年质保')).toEqual([1]);
  });
});

describe('extractSourceNumbers: unit signs and more measure words', () => {
  it('does not read the exponent of ㎡ or ㎥ as a number', () => {
    expect(extractSourceNumbers('适用面积43-57㎡，水箱1㎥').map((n) => n.value)).toEqual([43, 57, 1]);
  });

  it('counts numerals before 重 (fold) and 下 (times)', () => {
    expect(extractSourceNumbers('四重玻尿酸深层补水，轻触三下即可切歌').map((n) => n.value)).toEqual([4, 3]);
  });

  it('reads a count right after N合一 (三合一四轮: 3-in-1, four wheels)', () => {
    expect(extractSourceNumbers('三合一四轮助行器，两用折叠椅').map((n) => n.value)).toEqual([4]);
    expect(extractOptionalSourceNumbers('三合一四轮助行器')).toEqual([3, 1]);
  });
});
