import { LanguageValues } from './generated/types';

/*
 * The formats of the ids the pipeline accepts from outside (catalogue records, job headers, HTTP paths
 * and bodies, CLI options): one definition per kind, used by every validator, event or DTO.
 */

/** A SKU id: 1–64 letters, digits, '-' or '_', starting with a letter or digit. */
export const SKU_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The SKU id format in words, for validation messages. */
export const SKU_ID_FORMAT = "1–64 letters, digits, '-' or '_' (no spaces), starting with a letter or digit";

/** A job id: 1–128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The job id format in words, for validation messages. */
export const JOB_ID_FORMAT = "1–128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

/** A task id (`taskIdFor`): a job id, a SKU id and a language, joined by ':'. */
export const TASK_ID_PATTERN = new RegExp(
  `^${JOB_ID_PATTERN.source.slice(1, -1)}:${SKU_ID_PATTERN.source.slice(1, -1)}:(?:${LanguageValues.join('|')})$`,
);

/** The task id format in words, for validation messages. */
export const TASK_ID_FORMAT = 'job id:SKU id:language, e.g. job-1:SKU-1:en';

/** Whether `value` is a well-formed SKU id. */
export function isSkuId(value: string | undefined): boolean {
  return value !== undefined && SKU_ID_PATTERN.test(value);
}

/** Whether `value` is a well-formed job id. */
export function isJobId(value: string | undefined): boolean {
  return value !== undefined && JOB_ID_PATTERN.test(value);
}
