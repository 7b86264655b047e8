import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { RegeneratorModule } from './app.module';
import { loadRegeneratorConfig } from './regenerator.config';

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadRegeneratorConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: RegeneratorModule.forRoot(config, logger),
    };
  });
}
