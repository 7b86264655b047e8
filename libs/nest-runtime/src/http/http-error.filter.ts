import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import type { JsonLogger } from '@content-pipeline/observability';
import { DomainErrorMapper, httpErrorBody, mapRequestError } from './http-error.mapping';

/**
 * Answers every error as JSON `{statusCode, error, message}`: Nest's HTTP errors as they are, request-caused
 * errors (domain, body parser, database values) as 4xx with a readable message, anything else as a logged 500
 * that does not leak internals. Registered for every service by `bootstrapService`.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(
    private readonly logger: JsonLogger,
    private readonly domainMappers: readonly DomainErrorMapper[] = [],
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.end();
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const payload = error.getResponse();
      response.status(status).json(typeof payload === 'string' ? httpErrorBody(status, payload) : payload);
      return;
    }
    const mapped = mapRequestError(error, this.domainMappers);
    if (mapped) {
      response.status(mapped.statusCode).json(mapped);
      return;
    }
    this.logger.error('Unhandled error in an HTTP request', {
      error: (error as Error)?.message,
      stack: (error as Error)?.stack,
    });
    response.status(500).json(httpErrorBody(500, 'Internal server error'));
  }
}
