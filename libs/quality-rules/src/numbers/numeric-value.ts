/** A number found in a text, with the text it was read from. */
export interface NumericMention {
  value: number;
  /** The text as written (`5.000`, `４万`, `两年`, `zwei`). */
  text: string;
  /** Position in the text it was read from. */
  index: number;
}

/** Equality for values read from text: `1.2` and `1,20` are the same spec. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Formats a value the way a reviewer would write it in a message. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}
