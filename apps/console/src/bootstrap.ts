import type { NestExpressApplication } from '@nestjs/platform-express';
import { bootstrapService } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { loadConsoleConfig } from './console.config';
import { ConsoleModule } from './console.module';
import { serveWebApp } from './web/web-app';

export const CONSOLE_API = {
  title: 'Review console',
  description:
    'The backend of the review console page. People sign in (POST /api/session) and get an httpOnly session ' +
    'cookie; every write also needs the session’s CSRF token in the x-csrf-token header. API keys are not accepted here.',
};

export function bootstrap() {
  return bootstrapService(() => {
    const config = loadConsoleConfig();
    const logger = new JsonLogger(config.service.serviceName, config.service.logLevel);
    return {
      serviceName: config.service.serviceName,
      httpPort: config.service.httpPort,
      logger,
      module: ConsoleModule.forRoot(config, logger),
      openApi: CONSOLE_API,
      configure: (app) => serveWebApp(app as NestExpressApplication, config.webDir),
    };
  });
}
