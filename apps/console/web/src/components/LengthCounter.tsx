/** Length against the language's limit, in its unit (display width in Japanese: full-width counts 2). */
export function LengthCounter({
  length,
  limit,
  unit,
}: {
  length: number | undefined;
  limit?: { min: number; max: number };
  unit: string;
}) {
  if (length === undefined) return null;
  const over = limit !== undefined && (length > limit.max || length < limit.min);
  const unitNote = unit === 'display-width' ? 'display width, full-width counts 2' : 'characters';
  return (
    <span
      className={over ? 'length over' : 'length'}
      aria-label={`${length}${limit ? ` of ${limit.min} to ${limit.max}` : ''} ${unitNote}`}
    >
      {length}
      {limit ? ` / ${limit.max}` : ''}
    </span>
  );
}
