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
      // A catalogue file is posted as it is (CSV or JSON lines), or inside JSON: both can be large.
      http: {
        maxJsonBytes: config.fileMaxMb * 1024 * 1024,
        textBodies: {
          maxBytes: config.fileMaxMb * 1024 * 1024,
          types: ['text/*', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
        },
      },
    };
  });
}
