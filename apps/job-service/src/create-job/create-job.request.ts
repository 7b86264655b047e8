import { z } from 'zod';
import { JOB_ID_FORMAT, JOB_ID_PATTERN, Lane, Language, LanguageValues } from '@content-pipeline/contracts';
import { CatalogueFormat, catalogueFormatOf } from './catalogue-file.parser';

/** A job to create from a catalogue file, as the API or the CLI asked for it. */
export interface CreateJobRequest {
  jobId?: string;
  lane: Lane;
  /** English first; English is always included (the other languages derive from it). */
  languages: Language[];
  /** Undefined: the ingester's PROMPT_VERSION. */
  promptVersion?: string;
  budgetUsd: number | null;
  content: string;
  format: CatalogueFormat;
  sourceName?: string;
}

/** The request is wrong: the message says what and how to fix it (HTTP 400). */
export class CreateJobRequestError extends Error {}

const languageList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(',')))
  .transform((codes) => codes.map((code) => code.trim().toLowerCase()).filter(Boolean))
  .superRefine((codes, context) => {
    const unknown = codes.filter((code) => !(LanguageValues as readonly string[]).includes(code));
    if (unknown.length > 0)
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: `unknown language ${unknown.join(', ')} (known: ${LanguageValues.join(', ')})`,
      });
    if (codes.length === 0)
      context.addIssue({ code: z.ZodIssueCode.custom, message: 'must name a language' });
  })
  .transform((codes) => LanguageValues.filter((language) => language === 'en' || codes.includes(language)));

const options = z
  .object({
    job_id: z.string().regex(JOB_ID_PATTERN, `must be ${JOB_ID_FORMAT}`).optional(),
    lane: z.enum(['bulk', 'priority'], { message: 'must be bulk or priority' }).default('bulk'),
    languages: languageList.default([...LanguageValues]),
    prompt_version: z
      .string()
      .regex(/^v\d+$/, 'must look like v1, v2, …')
      .optional(),
    budget_usd: z.coerce
      .number({ message: 'must be a number of US dollars' })
      .positive('must be more than 0')
      .max(1_000_000_000)
      .nullable()
      .default(null),
    format: z.enum(['jsonl', 'csv'], { message: 'must be jsonl or csv' }).optional(),
    source_name: z.string().max(200).optional(),
  })
  .strict();

const jsonBody = options
  .extend({
    content: z.string().optional(),
    lines: z.array(z.string()).optional(),
    records: z.array(z.record(z.unknown())).optional(),
  })
  .strict();

/** camelCase aliases the JSON body may use. */
const ALIASES: Record<string, string> = {
  jobId: 'job_id',
  promptVersion: 'prompt_version',
  budgetUsd: 'budget_usd',
  sourceName: 'source_name',
};

function normalizeKeys(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [ALIASES[key] ?? key, value]));
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown option ${issue.keys.join(', ')}`
        : `${issue.path.join('.') || 'body'} ${issue.message}`,
    )
    .join('; ');
}

/**
 * Reads `POST /api/batch`: either the file itself as the body (`text/csv`, `application/x-ndjson`,
 * `text/plain`) with options in the query string, or JSON `{content | lines | records, …options}`.
 */
export function parseCreateJobRequest(
  body: unknown,
  query: Record<string, unknown>,
  contentType: string | undefined,
): CreateJobRequest {
  const fromQuery = options.safeParse(normalizeKeys(query));
  if (!fromQuery.success) throw new CreateJobRequestError(`Invalid query: ${describe(fromQuery.error)}`);
  if (typeof body === 'string') {
    if (body.trim() === '') throw new CreateJobRequestError('The catalogue file is empty');
    return toRequest(fromQuery.data, body, fromQuery.data.format ?? catalogueFormatOf(contentType));
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new CreateJobRequestError(
      'Send the catalogue file as the body (text/csv or application/x-ndjson), or JSON {"content" | "lines" | "records", …options}',
    );
  const parsed = jsonBody.safeParse({
    ...normalizeKeys(query),
    ...normalizeKeys(body as Record<string, unknown>),
  });
  if (!parsed.success) throw new CreateJobRequestError(`Invalid request: ${describe(parsed.error)}`);
  const { content, lines, records, ...rest } = parsed.data;
  const sources = [content, lines, records].filter((source) => source !== undefined);
  if (sources.length !== 1)
    throw new CreateJobRequestError(
      'Give exactly one of "content" (the file), "lines" (JSON lines) or "records"',
    );
  if (content !== undefined) return toRequest(rest, content, rest.format ?? 'jsonl');
  if (lines !== undefined) return toRequest(rest, lines.join('\n'), 'jsonl');
  return toRequest(rest, (records ?? []).map((record) => JSON.stringify(record)).join('\n'), 'jsonl');
}

function toRequest(
  parsed: z.infer<typeof options>,
  content: string,
  format: CatalogueFormat,
): CreateJobRequest {
  if (content.trim() === '') throw new CreateJobRequestError('The catalogue file is empty');
  return {
    jobId: parsed.job_id,
    lane: parsed.lane,
    languages: parsed.languages as Language[],
    promptVersion: parsed.prompt_version,
    budgetUsd: parsed.budget_usd,
    content,
    format,
    sourceName: parsed.source_name,
  };
}
