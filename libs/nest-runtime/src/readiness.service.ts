import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { KafkaRuntime } from './kafka-runtime.service';
import { SERVICE_DATA_SOURCE } from './tokens';

export interface DependencyStatus {
  name: string;
  ok: boolean;
  detail?: string;
}

const CHECK_TIMEOUT_MS = 3_000;

async function check(name: string, probe: () => Promise<void>): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { name, ok: true };
  } catch (error) {
    return { name, ok: false, detail: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** Readiness: Kafka, the schema registry and PostgreSQL answer, and every consumer is in its group. */
@Injectable()
export class ReadinessService {
  private readonly extraChecks: { name: string; probe: () => Promise<void> }[] = [];

  constructor(
    private readonly kafka: KafkaRuntime,
    @Inject(SERVICE_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  /** Lets a service add a dependency of its own (e.g. the LLM provider's circuit state). */
  addCheck(name: string, probe: () => Promise<void>): void {
    this.extraChecks.push({ name, probe });
  }

  async status(): Promise<{ ready: boolean; dependencies: DependencyStatus[] }> {
    const dependencies = await Promise.all([
      check('kafka', () => this.kafka.admin.ping()),
      check('schema-registry', () => this.kafka.codec.ping()),
      check('postgres', async () => {
        await this.dataSource.query('SELECT 1');
      }),
      check('consumers', async () => {
        const crashed = this.kafka.consumers.find((runner) => runner.failure);
        if (crashed)
          throw new Error(`consumer ${crashed.groupId} is not in its group: ${crashed.failure?.message}`);
      }),
      ...this.extraChecks.map(({ name, probe }) => check(name, probe)),
    ]);
    return { ready: dependencies.every((dependency) => dependency.ok), dependencies };
  }
}
