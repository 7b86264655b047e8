import { z } from 'zod';

/** Building blocks for environment schemas: strings in, typed values out, readable messages. */
export const port = (fallback: number) =>
  z.coerce
    .number({ invalid_type_error: 'must be a port number (1–65535)' })
    .int('must be a port number (1–65535)')
    .min(1, 'must be a port number (1–65535)')
    .max(65_535, 'must be a port number (1–65535)')
    .default(fallback);

export const positiveInt = (fallback: number) =>
  z.coerce
    .number({ invalid_type_error: 'must be a positive integer' })
    .int('must be a positive integer')
    .positive('must be a positive integer')
    .default(fallback);

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
