import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { VersionStoreModule } from './app.module';
import { mapVersionStoreError } from './http/http-error.mapping';
import { VERSION_STORE_API } from './http/version-store.api';
import { loadVersionStoreConfig } from './version-store.config';

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadVersionStoreConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: VersionStoreModule.forRoot(config, logger),
      http: { errorMappers: [mapVersionStoreError] },
      openApi: VERSION_STORE_API,
    };
  });
}
