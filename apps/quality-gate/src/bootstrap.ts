import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { QualityGateModule } from './app.module';
import { loadQualityGateConfig } from './quality-gate.config';

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadQualityGateConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: QualityGateModule.forRoot(config, logger),
    };
  });
}
