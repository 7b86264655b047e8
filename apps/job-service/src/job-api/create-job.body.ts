import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type {
  RequestBodyObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { JOB_ID_FORMAT, JOB_ID_PATTERN, LanguageValues } from '@content-pipeline/contracts';

/** Non-blank text: a catalogue file of only whitespace is refused. */
const NON_BLANK = '\\S';

/** The options `POST /api/batch` takes in the query string, or in a JSON body beside the file. */
const OPTION_SCHEMAS: Record<string, SchemaObject> = {
  job_id: { type: 'string', pattern: JOB_ID_PATTERN.source, description: JOB_ID_FORMAT },
  lane: { type: 'string', enum: ['bulk', 'priority'], default: 'bulk' },
  languages: {
    type: 'string',
    description: `comma-separated, from ${LanguageValues.join(', ')}; English is always included`,
    pattern: `^\\s*(${LanguageValues.join('|')})\\s*(,\\s*(${LanguageValues.join('|')})\\s*)*$`,
  },
  prompt_version: { type: 'string', pattern: '^v\\d+$' },
  budget_usd: {
    type: 'number',
    minimum: 0,
    exclusiveMinimum: true,
    maximum: 1_000_000_000,
    description: 'budget cap in US dollars; absent: none',
  },
  format: { type: 'string', enum: ['jsonl', 'csv'], description: 'absent: from the content type' },
  source_name: { type: 'string', maxLength: 200 },
};

/** Documents the query options. */
export const ApiCreateJobQueryOptions = () =>
  applyDecorators(
    ...Object.entries(OPTION_SCHEMAS).map(([name, schema]) => ApiQuery({ name, required: false, schema })),
  );

const fileText: SchemaObject = { type: 'string', pattern: NON_BLANK, description: 'the catalogue file' };

/** One JSON body: the options plus exactly one of the file, its lines or its records. */
function jsonBodyWith(source: 'content' | 'lines' | 'records'): SchemaObject {
  const sources: Record<typeof source, SchemaObject> = {
    content: fileText,
    lines: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'JSON lines' },
    records: { type: 'array', minItems: 1, items: { type: 'object' }, description: 'catalogue records' },
  };
  return {
    type: 'object',
    additionalProperties: false,
    required: [source],
    properties: { ...OPTION_SCHEMAS, [source]: sources[source] },
  };
}

/**
 * `POST /api/batch` takes the catalogue file itself (CSV or JSON lines, options in the query string) or JSON naming
 * the file, its lines or its records. The schema cannot say that the file must hold a valid catalogue record: a
 * file without one is refused with 400 and the first rejected line.
 */
export const CREATE_JOB_REQUEST_BODY: RequestBodyObject = {
  required: true,
  content: {
    'application/json': {
      schema: { oneOf: [jsonBodyWith('content'), jsonBodyWith('lines'), jsonBodyWith('records')] },
    },
    'text/csv': { schema: fileText },
    'application/x-ndjson': { schema: fileText },
    'text/plain': { schema: fileText },
  },
};
