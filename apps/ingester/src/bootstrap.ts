import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { IngesterModule } from './app.module';
import { loadIngesterConfig } from './ingester.config';

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadIngesterConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: IngesterModule.forRoot(config, logger),
    };
  });
}
