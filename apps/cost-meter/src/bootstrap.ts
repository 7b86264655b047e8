import type { NestExpressApplication } from '@nestjs/platform-express';
import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { CostMeterModule } from './app.module';
import { loadCostMeterConfig } from './cost-meter.config';

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadCostMeterConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: CostMeterModule.forRoot(config, logger),
      configure: (app) => {
        // A catalogue file is posted as it is (CSV or JSON lines), or inside JSON: both can be large.
        const limit = `${config.fileMaxMb}mb`;
        const express = app as NestExpressApplication;
        express.useBodyParser('json', { limit });
        express.useBodyParser('text', {
          limit,
          type: ['text/*', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
        });
      },
    };
  });
}
