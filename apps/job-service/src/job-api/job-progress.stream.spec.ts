import { firstValueFrom, toArray } from 'rxjs';
import type { Job } from '../job-ledger/job.entity';
import type { JobProgress } from '../job-ledger/job-progress';
import { JobProgressStream, ProgressStreamEvent, serverSentEvent } from './job-progress.stream';
import type { JobQueries } from './job-queries';

/** A ledger whose job goes through the given states, one per read; null: the job is gone. */
function ledgerGoingThrough(states: (JobProgress['state'] | null)[]) {
  let reads = 0;
  const queries = {
    job: async (jobId: string) =>
      states[Math.min(reads, states.length - 1)] === null ? null : ({ jobId } as Job),
    progress: async () => {
      const state = states[Math.min(reads, states.length - 1)] as JobProgress['state'];
      reads += 1;
      return { job_id: 'j', state } as JobProgress;
    },
  };
  return { stream: new JobProgressStream(queries as unknown as JobQueries), reads: () => reads };
}

const kinds = (events: ProgressStreamEvent[]) =>
  events.map((event) => (event.event === 'progress' ? `progress:${event.data.state}` : event.event));

describe('JobProgressStream', () => {
  it('sends progress at every read until the job has completed, then end', async () => {
    const { stream } = ledgerGoingThrough(['running', 'running', 'completed']);
    const events = await firstValueFrom(stream.follow('j', 1).pipe(toArray()));
    expect(kinds(events)).toEqual(['progress:running', 'progress:running', 'progress:completed', 'end']);
    expect(events.at(-1)).toEqual({ event: 'end', data: { state: 'completed' } });
  });

  it('ends when the job needs attention: nothing moves without an operator', async () => {
    const { stream } = ledgerGoingThrough(['paused: budget', 'needs_attention']);
    const events = await firstValueFrom(stream.follow('j', 1).pipe(toArray()));
    expect(kinds(events)).toEqual(['progress:paused: budget', 'progress:needs_attention', 'end']);
  });

  it('sends one error event and stops when the job can no longer be read', async () => {
    const { stream } = ledgerGoingThrough([null]);
    const events = await firstValueFrom(stream.follow('gone', 1).pipe(toArray()));
    expect(events).toEqual([{ event: 'error', data: { message: 'No job gone' } }]);
  });

  it('stops reading once the client has gone away', async () => {
    const { stream, reads } = ledgerGoingThrough(['running']);
    const seen: ProgressStreamEvent[] = [];
    const subscription = stream.follow('j', 5).subscribe((event) => seen.push(event));
    await new Promise((resolve) => setTimeout(resolve, 30));
    subscription.unsubscribe();
    const readsWhenGone = reads();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(readsWhenGone).toBeGreaterThan(1);
    expect(reads()).toBe(readsWhenGone);
  });

  it('writes each event as an event line and one line of JSON data', () => {
    expect(serverSentEvent({ event: 'end', data: { state: 'completed' } })).toBe(
      'event: end\ndata: {"state":"completed"}\n\n',
    );
  });
});
