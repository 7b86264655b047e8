import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ServiceMetrics } from '@content-pipeline/observability';
import type { ConsoleConfig } from '../console.config';
import { CONSOLE_CONFIG, CONSOLE_DATA_SOURCE } from '../console.tokens';

const CHECK_TIMEOUT_MS = 3_000;

/** Liveness, readiness (its database and the version store answer) and the Prometheus exposition. */
@ApiExcludeController()
@Controller()
export class ConsoleHealthController {
  constructor(
    @Inject(CONSOLE_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
    private readonly metrics: ServiceMetrics,
  ) {}

  @Get('health')
  @HttpCode(200)
  live(): { status: 'ok'; service: string } {
    return { status: 'ok', service: this.metrics.service };
  }

  @Get('health/ready')
  async ready(@Res() response: Response): Promise<void> {
    const dependencies = await Promise.all([
      this.probe('postgres', async () => {
        await this.dataSource.query('SELECT 1');
      }),
      this.probe('version-store', async () => {
        const answer = await fetch(`${this.config.versionStoreUrl}/health`, {
          signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
        });
        if (!answer.ok) throw new Error(`answered ${answer.status}`);
      }),
    ]);
    const ready = dependencies.every((dependency) => dependency.ok);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', ready, dependencies });
  }

  @Get('metrics')
  async exposition(@Res() response: Response): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    response.setHeader('content-type', contentType);
    response.send(body);
  }

  private async probe(name: string, check: () => Promise<void>) {
    try {
      await Promise.race([
        check(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('no answer')), CHECK_TIMEOUT_MS).unref(),
        ),
      ]);
      return { name, ok: true };
    } catch (error) {
      return { name, ok: false, detail: (error as Error).message };
    }
  }
}
