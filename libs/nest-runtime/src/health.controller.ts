import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceMetrics } from '@content-pipeline/observability';
import { ReadinessService } from './readiness.service';

/** Liveness, readiness and the Prometheus exposition, on every service. */
@Controller()
export class HealthController {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly metrics: ServiceMetrics,
  ) {}

  /** Liveness: the process answers. Kubernetes restarts the pod when it does not. */
  @Get('health')
  @HttpCode(200)
  live(): { status: 'ok'; service: string } {
    return { status: 'ok', service: this.metrics.service };
  }

  /** Readiness: 200 only when Kafka, the registry and Postgres answer; 503 says which one does not. */
  @Get('health/ready')
  async ready(@Res() response: Response): Promise<void> {
    const status = await this.readiness.status();
    response
      .status(status.ready ? 200 : 503)
      .json({ status: status.ready ? 'ready' : 'not_ready', ...status });
  }

  @Get('metrics')
  async exposition(@Res() response: Response): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    response.setHeader('content-type', contentType);
    response.send(body);
  }
}
