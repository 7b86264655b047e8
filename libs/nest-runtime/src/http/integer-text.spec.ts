import { plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, validateSync } from 'class-validator';
import { IntegerText } from './integer-text';

class PageQuery {
  @IsOptional()
  @IntegerText()
  @IsInt()
  offset?: number;
}

function check(offset: unknown): { offset: unknown; valid: boolean } {
  const query = plainToInstance(PageQuery, { offset });
  return { offset: query.offset, valid: validateSync(query).length === 0 };
}

describe('IntegerText', () => {
  it('reads whole-number text as a number', () => {
    expect(check('25')).toEqual({ offset: 25, valid: true });
    expect(check('-3')).toEqual({ offset: -3, valid: true });
    expect(check('0')).toEqual({ offset: 0, valid: true });
  });

  it.each(['0.0', '1e2', '0x10', ' 7', '7 ', '', 'seven', '1.5', '+4'])(
    'leaves %j as text, which the integer check refuses',
    (text) => {
      expect(check(text)).toEqual({ offset: text, valid: false });
    },
  );

  it('leaves an absent value absent', () => {
    expect(check(undefined)).toEqual({ offset: undefined, valid: true });
  });
});
