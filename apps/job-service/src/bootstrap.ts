import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { JobServiceModule } from './app.module';
import { JOB_SERVICE_API } from './job-api/job-service.api';
import { loadJobServiceConfig } from './job-service.config';

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadJobServiceConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    const fileMaxBytes = config.fileMaxMb * 1024 * 1024;
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: JobServiceModule.forRoot(config, logger),
      // A catalogue file is posted as it is (CSV or JSON lines), or inside JSON: both can be large.
      http: {
        maxJsonBytes: fileMaxBytes,
        textBodies: {
          maxBytes: fileMaxBytes,
          types: ['text/*', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
        },
      },
      openApi: JOB_SERVICE_API,
    };
  });
}
