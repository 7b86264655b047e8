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
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await service.configure?.(app);
  await app.listen(service.httpPort, '0.0.0.0');
  service.logger.info('Service started', { port: service.httpPort });
  return app;
}
