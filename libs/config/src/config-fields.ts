import { z } from 'zod';

/** Building blocks for environment schemas: strings in, typed values out, readable messages. */
export const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const nonNegativeNumber = (fallback: number) => z.coerce.number().nonnegative().default(fallback);

export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const url = (description: string) =>
  z
    .string({ required_error: `is required (${description})` })
    .url({ message: `must be a URL (${description})` });

export const csvList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    );
