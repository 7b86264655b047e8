import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Hands a handler's error to the Kafka runtime transport as it was thrown. Nest's default RPC filter replaces every
 * unknown error with "Internal server error", which would hide what the failure router needs: whether the error is
 * retriable and its code (retry, retry topic or dead letter with the reason).
 */
@Catch()
export class HandlerErrorPassThrough implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
