import 'reflect-metadata';
import { DynamicModule, INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError } from '@content-pipeline/config';
import { JsonLogger } from '@content-pipeline/observability';
import { ConsumerDeclarationError } from './transport/consumer-declaration.error';
import { connectKafkaConsumers } from './transport/connect-kafka-consumers';
import { NestJsonLogger } from './nest-json-logger';
import { HttpErrorFilter } from './http/http-error.filter';
import type { DomainErrorMapper } from './http/http-error.mapping';
import { OpenApiDescription, serveOpenApi } from './http/open-api';
import {
  refuseDeepBodies,
  refuseNulInBodies,
  refuseUnreadableBodies,
  refuseUnreadableUrls,
  securityHeaders,
} from './http/request-hygiene';

/** Largest JSON body a service reads unless it says otherwise (413 beyond). */
export const DEFAULT_MAX_JSON_BYTES = 1024 * 1024;

const JSON_MEDIA_TYPES = ['application/json', '+json'];

/** What a service's HTTP API reads and how its own errors map to answers. */
export interface ServiceHttpOptions {
  /** Largest JSON body in bytes (default 1 MiB). */
  maxJsonBytes?: number;
  /** Text bodies the service also reads (e.g. catalogue files), with their own size limit. */
  textBodies?: { types: string[]; maxBytes: number };
  /** The service's domain errors → 4xx answers. */
  errorMappers?: DomainErrorMapper[];
}

export interface ServiceBootstrap {
  serviceName: string;
  httpPort: number;
  logger: JsonLogger;
  module: DynamicModule;
  http?: ServiceHttpOptions;
  /** Title and description of the OpenAPI document every service serves at /docs-json (default: the name). */
  openApi?: OpenApiDescription;
  /** Extra HTTP setup (Swagger, …) before listening. */
  configure?: (app: INestApplication) => void | Promise<void>;
}

/** Exit code of a service that refuses to start because of its own configuration (EX_CONFIG). */
const EXIT_CONFIG = 78;

/**
 * Starts a service: Nest app with JSON logs, a strict validation pipe, one error mapping and the same input limits
 * for every HTTP API (bad input is a 4xx that says what is wrong, never a 500), its `@EventPattern` handlers on the
 * Kafka runtime transport (started after every init hook, before the port opens), shutdown hooks on SIGTERM/SIGINT
 * (consumers drain, offsets commit, connections close), and the HTTP port for health and metrics.
 */
export async function bootstrapService(build: () => ServiceBootstrap): Promise<INestApplication> {
  let service: ServiceBootstrap;
  try {
    service = build();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
  const app = await NestFactory.create<NestExpressApplication>(service.module, {
    logger: new NestJsonLogger(service.logger),
    bufferLogs: true,
    bodyParser: false,
  });
  guardHttpInput(app, service.http ?? {});
  app.useGlobalFilters(new HttpErrorFilter(service.logger, service.http?.errorMappers ?? []));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  exitGracefullyOnSignals(app, service.logger);
  connectKafkaConsumers(app);
  await service.configure?.(app);
  serveOpenApi(app, service.openApi ?? { title: service.serviceName, description: '' });
  await app.init();
  try {
    await app.startAllMicroservices();
  } catch (error) {
    if (error instanceof ConsumerDeclarationError) {
      console.error(error.message);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
  await app.listen(service.httpPort, '0.0.0.0');
  service.logger.info('Service started', { port: service.httpPort });
  return app;
}

/** URL, media type, size and depth checks, then the body parsers, in front of every route. */
function guardHttpInput(app: NestExpressApplication, http: ServiceHttpOptions): void {
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(refuseUnreadableUrls());
  app.use(refuseUnreadableBodies([...JSON_MEDIA_TYPES, ...(http.textBodies?.types ?? [])]));
  app.useBodyParser('json', {
    limit: http.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES,
    type: ['application/json', 'application/*+json'],
  });
  if (http.textBodies)
    app.useBodyParser('text', { limit: http.textBodies.maxBytes, type: http.textBodies.types });
  app.use(refuseDeepBodies());
  app.use(refuseNulInBodies());
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
