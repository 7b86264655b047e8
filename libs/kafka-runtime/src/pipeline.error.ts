/**
 * Base of every error a handler may throw. `retriable` decides its fate: retried (in process, then through
 * the retry topic) or sent to the dead-letter topic at once with `code` and the message as the reason.
 */
export class PipelineError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retriable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The message is not what the topic promises (bad bytes, unknown schema, invalid domain data). Never retried. */
export class InvalidMessageError extends PipelineError {
  constructor(message: string, code = 'invalid_message', options?: { cause?: unknown }) {
    super(message, code, false, options);
  }
}

/** A dependency failed transiently (database, broker, provider 5xx). Retried with backoff. */
export class TransientError extends PipelineError {
  constructor(message: string, code = 'transient_failure', options?: { cause?: unknown }) {
    super(message, code, true, options);
  }
}

/** Classifies anything thrown: PipelineErrors keep their flag; unknown errors count as retriable. */
export function classifyError(error: unknown): { code: string; retriable: boolean; message: string } {
  if (error instanceof PipelineError)
    return { code: error.code, retriable: error.retriable, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected_error', retriable: true, message };
}
