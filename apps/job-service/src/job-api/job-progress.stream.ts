import { Injectable } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { JobProgress } from '../job-ledger/job-progress';
import { JobQueries } from './job-queries';

/** One Server-Sent Event of a job's progress stream. */
export type ProgressStreamEvent =
  | { event: 'progress'; data: JobProgress }
  | { event: 'end'; data: { state: JobProgress['state'] } }
  | { event: 'error'; data: { message: string } };

/** The wire form of an event: `event:` and one `data:` line of JSON, then a blank line. */
export function serverSentEvent({ event, data }: ProgressStreamEvent): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * A job's progress as a stream: a `progress` event every interval, then `end` once the job has settled (completed,
 * or needs attention: nothing moves without an operator), or one `error` event if it can no longer be read.
 * Reads stop when the subscriber unsubscribes (the client went away).
 */
@Injectable()
export class JobProgressStream {
  constructor(private readonly queries: JobQueries) {}

  follow(jobId: string, intervalMs: number): Observable<ProgressStreamEvent> {
    return new Observable<ProgressStreamEvent>((subscriber) => {
      let timer: NodeJS.Timeout | undefined;
      const read = async () => {
        try {
          const job = await this.queries.job(jobId);
          if (!job) throw new Error(`No job ${jobId}`);
          const progress = await this.queries.progress(job);
          if (subscriber.closed) return;
          subscriber.next({ event: 'progress', data: progress });
          if (progress.state === 'completed' || progress.state === 'needs_attention') {
            subscriber.next({ event: 'end', data: { state: progress.state } });
            subscriber.complete();
            return;
          }
        } catch (error) {
          subscriber.next({ event: 'error', data: { message: (error as Error).message } });
          subscriber.complete();
          return;
        }
        if (!subscriber.closed) timer = setTimeout(() => void read(), intervalMs);
      };
      void read();
      return () => clearTimeout(timer);
    });
  }
}
