/**
 * A multi-row `VALUES` list with numbered parameters, for statements that write a batch of rows at once.
 * `rowSql` shapes one row from its placeholders (`$7`, `$8`, …) so a row may hold expressions and casts;
 * by default it is the placeholders in parentheses.
 */
export function valuesList<TRow>(
  rows: readonly TRow[],
  columnsOf: (row: TRow) => readonly unknown[],
  options: { firstParameter?: number; rowSql?: (placeholders: string[]) => string } = {},
): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const rowSql = options.rowSql ?? ((placeholders: string[]) => `(${placeholders.join(', ')})`);
  const first = options.firstParameter ?? 1;
  const sql = rows
    .map((row) => {
      const placeholders = columnsOf(row).map((value) => {
        parameters.push(value);
        return `$${first + parameters.length - 1}`;
      });
      return rowSql(placeholders);
    })
    .join(',\n');
  return { sql, parameters };
}
