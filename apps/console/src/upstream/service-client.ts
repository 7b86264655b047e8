import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ACTING_PERSON_HEADER, ACTING_ROLE_HEADER } from '@content-pipeline/nest-runtime';
import type { ConsoleConfig } from '../console.config';
import { CONSOLE_CONFIG } from '../console.tokens';
import { serviceRoleOf } from '../people/person-role';
import type { SignedInPerson } from '../session/signed-in-person';

const UPSTREAM_TIMEOUT_MS = 15_000;

/** Which service API a call goes to. */
export type UpstreamService = 'versionStore' | 'jobs';

/**
 * Calls the pipeline's APIs with the console's key, naming the signed-in person so the services authorise
 * with the person's role and audit in the person's name. A 4xx answer passes through with its message; a
 * service that does not answer is a 502 naming it.
 */
@Injectable()
export class ServiceClient {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  async call<T>(
    service: UpstreamService,
    person: SignedInPerson,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
  ): Promise<T> {
    const { text } = await this.send(service, person, method, path, body);
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** A GET whose answer is not JSON (a CSV or JSON-lines export): its text and content type as they came. */
  async download(
    service: UpstreamService,
    person: SignedInPerson,
    path: string,
  ): Promise<{ contentType: string; text: string }> {
    const { response, text } = await this.send(service, person, 'GET', path);
    return { contentType: response.headers.get('content-type') ?? 'text/plain', text };
  }

  private async send(
    service: UpstreamService,
    person: SignedInPerson,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
  ): Promise<{ response: Response; text: string }> {
    const base = service === 'versionStore' ? this.config.versionStoreUrl : this.config.jobApiUrl;
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.config.serviceApiKey}`,
          [ACTING_PERSON_HEADER]: person.email,
          [ACTING_ROLE_HEADER]: serviceRoleOf(person.role),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      });
    } catch (error) {
      throw new HttpException(
        `The ${service === 'versionStore' ? 'version store' : 'job API'} did not answer: ${(error as Error).message}`,
        HttpStatus.BAD_GATEWAY,
      );
    }
    const text = await response.text();
    if (!response.ok) {
      const message = (JSON.parse(text || '{}') as { message?: unknown }).message;
      throw new HttpException(
        typeof message === 'string' || Array.isArray(message)
          ? message
          : `${service} answered ${response.status}`,
        response.status >= 500 ? HttpStatus.BAD_GATEWAY : response.status,
      );
    }
    return { response, text };
  }
}
