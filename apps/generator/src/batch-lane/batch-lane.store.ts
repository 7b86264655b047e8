import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { GenerationRequested } from '@content-pipeline/contracts';
import { SERVICE_DATA_SOURCE } from '@content-pipeline/nest-runtime';

/**
 * Where a bulk request taken into the batch lane is: `queued` for the next batch, `submitted` in an open batch,
 * `to_interactive` / `interactive` handed back to the interactive lane (republished on the bulk topic), `done`.
 */
export type BatchRequestState = 'queued' | 'submitted' | 'to_interactive' | 'interactive' | 'done';

export interface BatchRequestRow {
  requestEventId: string;
  customId: string;
  jobId: string;
  request: GenerationRequested;
  state: BatchRequestState;
  batchId: string | null;
  tries: number;
  queuedAt: Date;
}

export interface ProviderBatchRow {
  id: string;
  provider: string;
  providerBatchId: string | null;
  status: 'submitting' | 'open' | 'ended' | 'abandoned';
  submittedAt: Date | null;
}

interface RawRequestRow {
  request_event_id: string;
  custom_id: string;
  job_id: string;
  request: GenerationRequested;
  state: BatchRequestState;
  batch_id: string | null;
  tries: number;
  queued_at: Date;
}

const toRequestRow = (r: RawRequestRow): BatchRequestRow => ({
  requestEventId: r.request_event_id,
  customId: r.custom_id,
  jobId: r.job_id,
  request: r.request,
  state: r.state,
  batchId: r.batch_id,
  tries: r.tries,
  queuedAt: r.queued_at,
});

/** Advisory lock key of the batch lane's ticks: one instance of the consumer group runs them at a time. */
const TICK_LOCK = 7_301_017;

/**
 * The batch lane's state in `generator.provider_batch` and `generator.batch_request`. A request is written here
 * before its Kafka offset is committed, so a generator killed at any point finds every task again: queued ones go
 * into the next batch, submitted ones are polled, never resubmitted.
 */
@Injectable()
export class BatchLaneStore {
  constructor(@Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Takes the request into the lane (once, whatever the redeliveries) and says where it is now. */
  async enqueue(request: GenerationRequested, customId: string): Promise<BatchRequestState> {
    const rows = await this.dataSource.query<{ state: BatchRequestState }[]>(
      `WITH inserted AS (
         INSERT INTO generator.batch_request (request_event_id, custom_id, job_id, request, state)
         VALUES ($1, $2, $3, $4::jsonb, 'queued')
         ON CONFLICT (request_event_id) DO NOTHING
         RETURNING state)
       SELECT state FROM inserted
       UNION ALL
       SELECT state FROM generator.batch_request WHERE request_event_id = $1
       LIMIT 1`,
      [request.eventId, customId, request.jobId, JSON.stringify(request)],
    );
    return rows[0]?.state ?? 'queued';
  }

  async queued(limit: number): Promise<BatchRequestRow[]> {
    const rows = await this.dataSource.query<RawRequestRow[]>(
      `SELECT * FROM generator.batch_request WHERE state = 'queued' ORDER BY queued_at LIMIT $1`,
      [limit],
    );
    return rows.map(toRequestRow);
  }

  /** Records a batch about to be submitted and assigns its requests to it, in one transaction. */
  async openBatch(provider: string, requestEventIds: readonly string[], bytes: number): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [batch] = await manager.query<{ id: string }[]>(
        `INSERT INTO generator.provider_batch (provider, status, request_count, bytes)
         VALUES ($1, 'submitting', $2, $3) RETURNING id::text AS id`,
        [provider, requestEventIds.length, bytes],
      );
      await manager.query(
        `UPDATE generator.batch_request SET state = 'submitted', batch_id = $1, updated_at = now()
         WHERE request_event_id = ANY($2::text[]) AND state = 'queued'`,
        [batch.id, requestEventIds],
      );
      return batch.id;
    });
  }

  async markSubmitted(id: string, providerBatchId: string, inputFileId?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE generator.provider_batch
       SET provider_batch_id = $2, input_file_id = $3, status = 'open', submitted_at = now()
       WHERE id = $1`,
      [id, providerBatchId, inputFileId ?? null],
    );
  }

  /**
   * A batch whose submission failed, or whose submission a crash interrupted before its id was recorded: its
   * requests go back to the queue. (If the provider did create it, that copy's results are never read: the cost
   * of those requests is paid twice, the content stored once.)
   */
  async abandon(id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE generator.batch_request SET state = 'queued', batch_id = NULL, last_error = $2, updated_at = now()
         WHERE batch_id = $1 AND state = 'submitted'`,
        [id, reason.slice(0, 500)],
      );
      await manager.query(
        `UPDATE generator.provider_batch SET status = 'abandoned', ended_at = now() WHERE id = $1`,
        [id],
      );
    });
  }

  async unsubmitted(): Promise<ProviderBatchRow[]> {
    return this.batches(`status = 'submitting'`);
  }

  async openBatches(): Promise<ProviderBatchRow[]> {
    return this.batches(`status = 'open'`);
  }

  /** Open batches holding a request of the job. */
  async openBatchesOfJob(jobId: string): Promise<ProviderBatchRow[]> {
    return this.batches(
      `status = 'open' AND id IN (SELECT batch_id FROM generator.batch_request
                                  WHERE job_id = $1 AND state = 'submitted')`,
      [jobId],
    );
  }

  async submittedRequestsOf(batchId: string): Promise<BatchRequestRow[]> {
    const rows = await this.dataSource.query<RawRequestRow[]>(
      `SELECT * FROM generator.batch_request WHERE batch_id = $1 AND state = 'submitted'`,
      [batchId],
    );
    return rows.map(toRequestRow);
  }

  async settle(
    requestEventId: string,
    state: BatchRequestState,
    tries: number,
    lastError: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE generator.batch_request
       SET state = $2, tries = $3, last_error = COALESCE($4, last_error), updated_at = now(),
           batch_id = CASE WHEN $2 = 'queued' THEN NULL ELSE batch_id END
       WHERE request_event_id = $1`,
      [requestEventId, state, tries, lastError],
    );
  }

  async endBatch(id: string, providerStatus: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE generator.provider_batch SET status = 'ended', provider_status = $2, ended_at = now() WHERE id = $1`,
      [id, providerStatus],
    );
  }

  async noteStatus(id: string, providerStatus: string): Promise<void> {
    await this.dataSource.query(`UPDATE generator.provider_batch SET provider_status = $2 WHERE id = $1`, [
      id,
      providerStatus,
    ]);
  }

  async handedToInteractive(): Promise<BatchRequestRow[]> {
    const rows = await this.dataSource.query<RawRequestRow[]>(
      `SELECT * FROM generator.batch_request WHERE state = 'to_interactive' ORDER BY queued_at`,
    );
    return rows.map(toRequestRow);
  }

  /** An interactive generation of a request the lane handed back finished: the lane is done with it. */
  async markDone(requestEventId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE generator.batch_request SET state = 'done', updated_at = now()
       WHERE request_event_id = $1 AND state <> 'done'`,
      [requestEventId],
    );
  }

  /** Runs `tick` unless another instance is running its own (then false). */
  async exclusively(tick: () => Promise<void>): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [row] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [TICK_LOCK]);
      if (!(row as { locked: boolean }).locked) return false;
      try {
        await tick();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [TICK_LOCK]);
      }
      return true;
    } finally {
      await runner.release();
    }
  }

  private async batches(where: string, parameters: unknown[] = []): Promise<ProviderBatchRow[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        provider: string;
        provider_batch_id: string | null;
        status: ProviderBatchRow['status'];
        submitted_at: Date | null;
      }[]
    >(
      `SELECT id::text AS id, provider, provider_batch_id, status, submitted_at
       FROM generator.provider_batch WHERE ${where} ORDER BY id`,
      parameters,
    );
    return rows.map((r) => ({
      id: r.id,
      provider: r.provider,
      providerBatchId: r.provider_batch_id,
      status: r.status,
      submittedAt: r.submitted_at,
    }));
  }
}
