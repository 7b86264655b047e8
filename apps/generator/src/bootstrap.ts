import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { GeneratorModule } from './app.module';
import { loadGeneratorConfig } from './generator.config';

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadGeneratorConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: GeneratorModule.forRoot(config, logger),
    };
  });
}
