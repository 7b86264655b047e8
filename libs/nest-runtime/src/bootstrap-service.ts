import 'reflect-metadata';
import { DynamicModule, INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError } from '@content-pipeline/config';
import { JsonLogger } from '@content-pipeline/observability';
import { NestJsonLogger } from './nest-json-logger';

export interface ServiceBootstrap {
  serviceName: string;
  httpPort: number;
  logger: JsonLogger;
  module: DynamicModule;
  /** Extra HTTP setup (Swagger, …) before listening. */
  configure?: (app: INestApplication) => void | Promise<void>;
}

/**
 * Starts a service: Nest app with JSON logs, a strict validation pipe, shutdown hooks on SIGTERM/SIGINT
 * (consumers drain, offsets commit, connections close), and the HTTP port for health and metrics.
 */
export async function bootstrapService(build: () => ServiceBootstrap): Promise<INestApplication> {
  let service: ServiceBootstrap;
  try {
    service = build();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const app = await NestFactory.create(service.module, {
    logger: new NestJsonLogger(service.logger),
    bufferLogs: true,
  });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  exitGracefullyOnSignals(app, service.logger);
  await service.configure?.(app);
  await app.listen(service.httpPort, '0.0.0.0');
  service.logger.info('Service started', { port: service.httpPort });
  return app;
}

/**
 * SIGTERM/SIGINT: close the app (consumers drain and commit, producer and database close through the
 * lifecycle hooks) and exit 0 — Nest's own hooks would re-raise the signal, which reads as a crash. A second
 * signal while draining exits at once with 1.
 */
function exitGracefullyOnSignals(app: INestApplication, logger: JsonLogger): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn('Second signal while draining: exiting now', { signal });
      process.exit(1);
    }
    closing = true;
    logger.info('Shutting down', { signal });
    app
      .close()
      .then(() => {
        logger.info('Stopped cleanly');
        process.exit(0);
      })
      .catch((error: Error) => {
        logger.error('Shutdown failed', { error: error.message });
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
