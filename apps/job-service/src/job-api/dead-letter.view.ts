import type { TaskState } from '../job-ledger/task-state';

/** How much of the original bytes a text preview shows. */
const PREVIEW_BYTES = 600;

/** A task of a job whose message was dead-lettered: why, and the message as it was, for a re-drive. */
export interface DeadLetterView {
  task_id: string;
  sku_id: string;
  language: string;
  /** dead_lettered (transient trouble: a resume re-drives it) or failed (the message itself was refused). */
  state: TaskState;
  error_code: string | null;
  reason: string | null;
  /** The topic the message came from, where a re-drive (POST …/resume) sends it again. */
  topic: string | null;
  resume_count: number;
  dead_lettered_at: string;
  /** The original message value, base64: the exact bytes a re-drive republishes. */
  value_base64: string;
  value_bytes: number;
  /** The value with every unprintable byte shown as a dot (Avro bodies carry their strings as UTF-8). */
  value_preview: string;
  headers: Record<string, string>;
}

/** The row of job_service.job_task a dead letter is read from. */
export interface DeadLetterRow {
  task_id: string;
  sku_id: string;
  language: string;
  state: TaskState;
  dead_letter_error_code: string | null;
  dead_letter_reason: string | null;
  dead_letter_topic: string | null;
  dead_letter_value: Buffer;
  dead_letter_headers: Record<string, string> | null;
  resume_count: number;
  updated_at: Date;
}

/** Printable text of a binary value: UTF-8 where it decodes, a dot for each control character. */
export function printablePreview(value: Buffer): string {
  const text = value.subarray(0, PREVIEW_BYTES).toString('utf8');
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/g, '.');
  return value.length > PREVIEW_BYTES ? `${printable}…` : printable;
}

export function deadLetterView(row: DeadLetterRow): DeadLetterView {
  return {
    task_id: row.task_id,
    sku_id: row.sku_id,
    language: row.language,
    state: row.state,
    error_code: row.dead_letter_error_code,
    reason: row.dead_letter_reason,
    topic: row.dead_letter_topic,
    resume_count: Number(row.resume_count),
    dead_lettered_at: new Date(row.updated_at).toISOString(),
    value_base64: row.dead_letter_value.toString('base64'),
    value_bytes: row.dead_letter_value.length,
    value_preview: printablePreview(row.dead_letter_value),
    headers: row.dead_letter_headers ?? {},
  };
}
