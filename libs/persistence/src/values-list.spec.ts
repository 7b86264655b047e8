import { valuesList } from './values-list';

describe('valuesList', () => {
  it('numbers the parameters row after row', () => {
    const { sql, parameters } = valuesList(
      [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ],
      (row) => [row.id, row.n],
    );
    expect(sql).toBe('($1, $2),\n($3, $4)');
    expect(parameters).toEqual(['a', 1, 'b', 2]);
  });

  it('lets a row hold expressions and start after earlier parameters', () => {
    const { sql, parameters } = valuesList([{ id: 'a', settled: true }], (row) => [row.id, row.settled], {
      firstParameter: 3,
      rowSql: ([id, settled]) => `(${id}, CASE WHEN ${settled}::boolean THEN now() END)`,
    });
    expect(sql).toBe('($3, CASE WHEN $4::boolean THEN now() END)');
    expect(parameters).toEqual(['a', true]);
  });
});
