import type { INestApplication } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { NestMicroservice } from '@nestjs/microservices';
import { KafkaRuntime } from '../kafka-runtime.service';
import { HandlerErrorPassThrough } from './handler-error.filter';
import { CONSUMER_GROUPS, ConsumerGroups } from './kafka-event.options';
import { KafkaRuntimeTransport } from './kafka-runtime.transport';

/**
 * Connects the Kafka runtime transport when the app has a Kafka runtime; `app.startAllMicroservices()` after
 * `app.init()` then starts its consumer groups. Handlers are registered at that start, not now, so that the
 * pass-through error filter applies to them; the app's own init runs the lifecycle hooks once and the transport
 * must not run them again. Returns the transport, or undefined for an app without Kafka.
 */
export function connectKafkaConsumers(app: INestApplication): KafkaRuntimeTransport | undefined {
  const kafka = optionalProvider<KafkaRuntime>(app, KafkaRuntime);
  if (!kafka) return undefined;
  const transport = new KafkaRuntimeTransport(
    kafka,
    optionalProvider<ConsumerGroups>(app, CONSUMER_GROUPS) ?? {},
  );
  // The hybrid app hands out the interface; the flag that keeps hooks from running twice is on the class.
  const consumers = app.connectMicroservice(
    { strategy: transport },
    { deferInitialization: true },
  ) as NestMicroservice;
  consumers.useGlobalFilters(new HandlerErrorPassThrough());
  consumers.setIsInitHookCalled(true);
  return transport;
}

/**
 * Looks a provider up without failing: through the root ModuleRef, because a failed `app.get` on an app from
 * `NestFactory` ends the process (its exceptions zone) instead of throwing.
 */
function optionalProvider<T>(app: INestApplication, token: symbol | typeof KafkaRuntime): T | undefined {
  try {
    return app.get(ModuleRef).get<T>(token as symbol, { strict: false });
  } catch {
    return undefined;
  }
}
