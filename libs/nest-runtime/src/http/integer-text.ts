import { Transform } from 'class-transformer';

/** Whole-number text as a URL carries it: an optional minus sign and digits, nothing else. */
const INTEGER_TEXT = /^-?\d{1,16}$/;

/**
 * Turns a query or path value written as a whole number ("25") into that number and leaves every other value as it
 * came, so that `@IsInt()` refuses it with a 400. `@Type(() => Number)` would read "0.0", "1e2", "0x10" or " 7" as
 * integers too, and the API would accept text its own document (type: integer) declares invalid.
 */
export function IntegerText(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && INTEGER_TEXT.test(value) ? Number(value) : value,
  );
}
