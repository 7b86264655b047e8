import { parseChineseNumeral } from './chinese-numeral';

describe('parseChineseNumeral', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十五', 25],
    ['一百零八', 108],
    ['四万', 40000],
  ])('reads %s as %d', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  it('rejects strings that are not a numeral', () => {
    expect(parseChineseNumeral('三角')).toBeUndefined();
  });
});
