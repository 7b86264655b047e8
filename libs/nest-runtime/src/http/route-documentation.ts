import { ApiParam, ApiQuery } from '@nestjs/swagger';
import { JOB_ID_FORMAT, JOB_ID_PATTERN } from '@content-pipeline/contracts';

/** Documents a path parameter holding a job id, with the pattern every service checks it against. */
export const ApiJobIdParam = (name = 'jobId') =>
  ApiParam({ name, schema: { type: 'string', pattern: JOB_ID_PATTERN.source }, description: JOB_ID_FORMAT });

/** An optional integer query value with bounds, documented as the handler reads it with {@link integerQuery}. */
export const ApiIntegerQuery = (name: string, minimum: number, maximum: number, defaultValue: number) =>
  ApiQuery({
    name,
    required: false,
    schema: { type: 'integer', minimum, maximum, default: defaultValue },
  });

/**
 * Reads an optional integer query value: the default when absent, else a whole decimal number within the bounds
 * (no exponent, sign or fraction), or undefined when it is not one — the caller answers 400 with its own message.
 */
export function integerQuery(
  text: string | undefined,
  minimum: number,
  maximum: number,
  defaultValue: number,
): number | undefined {
  if (text === undefined) return defaultValue;
  if (!/^\d{1,15}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= minimum && value <= maximum ? value : undefined;
}
