import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { JsonLogger } from '@content-pipeline/observability';
import { mapErrorToHttp } from './http-error.mapping';

/**
 * Answers every error as JSON: Nest's HTTP errors as they are, request-caused domain and database errors
 * as 4xx with a readable message, and anything else as a logged 500 that does not leak internals.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException) {
      const payload = error.getResponse();
      response
        .status(error.getStatus())
        .json(typeof payload === 'string' ? { statusCode: error.getStatus(), message: payload } : payload);
      return;
    }
    const mapped = mapErrorToHttp(error);
    if (mapped) {
      response.status(mapped.statusCode).json(mapped);
      return;
    }
    this.logger.error('Unhandled error in an HTTP request', {
      error: (error as Error)?.message,
      stack: (error as Error)?.stack,
    });
    response
      .status(500)
      .json({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
  }
}
