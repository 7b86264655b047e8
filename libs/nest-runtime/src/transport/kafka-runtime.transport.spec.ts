import 'reflect-metadata';
import { Controller, INestApplication, Module, Provider, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { Topics, UsageRecorded } from '@content-pipeline/contracts';
import {
  ConsumerRunner,
  ConsumerRunnerOptions,
  InvalidMessageError,
  MessageContext,
  RawMessage,
  Subscription,
} from '@content-pipeline/kafka-runtime';
import { KafkaRuntime } from '../kafka-runtime.service';
import { connectKafkaConsumers } from './connect-kafka-consumers';
import { ConsumerDeclarationError } from './consumer-declaration.error';
import { CONSUMER_GROUPS, ConsumerGroups, kafkaEvent } from './kafka-event.options';
import { KafkaRuntimeContext } from './kafka-runtime.context';

/** Stands in for the service's Kafka: records the runners it is asked to start. */
class RecordingKafka {
  readonly codec = { decode: jest.fn() };
  readonly started: Omit<ConsumerRunnerOptions, 'observer'>[] = [];
  readonly runners: ConsumerRunner[] = [];

  async startConsumer(options: Omit<ConsumerRunnerOptions, 'observer'>): Promise<ConsumerRunner> {
    this.started.push(options);
    const runner = { groupId: options.groupId } as ConsumerRunner;
    this.runners.push(runner);
    return runner;
  }

  subscription(groupId: string, topic: string): Subscription<unknown> {
    const found = this.started
      .find((options) => options.groupId === groupId)
      ?.subscriptions.find((subscription) => subscription.topic.name === topic);
    if (!found) throw new Error(`no subscription of ${groupId} to ${topic}`);
    return found;
  }
}

const usage = { skuId: 'SKU-1', jobId: 'job-1', language: 'ja' } as UsageRecorded;

function messageContext(): MessageContext {
  return {
    topic: Topics.usageRecorded.name,
    partition: 0,
    offset: '7',
    key: 'SKU-1',
    headers: {},
    deliveryAttempt: 1,
    signal: new AbortController().signal,
    raw: {} as RawMessage,
  };
}

@Controller()
class UsageConsumer {
  readonly received: { usage: UsageRecorded; context: KafkaRuntimeContext }[] = [];
  failWith?: Error;

  @EventPattern(
    Topics.usageRecorded.name,
    kafkaEvent<UsageRecorded>({ group: 'ledger', describe: (value) => ({ skuId: value.skuId }) }),
  )
  async record(@Payload() value: UsageRecorded, @Ctx() context: KafkaRuntimeContext): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.received.push({ usage: value, context });
  }

  @EventPattern(
    [Topics.generationRequestedPriority.name, Topics.generationRequestedBulk.name],
    kafkaEvent({ group: 'tracking', decode: async (message, codec) => ({ bytes: message.value, codec }) }),
  )
  track(): void {
    return undefined;
  }
}

async function startApp(
  controllers: Type[],
  groups: ConsumerGroups | undefined,
): Promise<{ app: INestApplication; kafka: RecordingKafka }> {
  const kafka = new RecordingKafka();
  const providers: Provider[] = [{ provide: KafkaRuntime, useValue: kafka }];
  if (groups) providers.push({ provide: CONSUMER_GROUPS, useValue: groups });
  @Module({ controllers, providers })
  class TestModule {}
  const app = await NestFactory.create(TestModule, { logger: false });
  connectKafkaConsumers(app);
  await app.init();
  await app.startAllMicroservices();
  return { app, kafka };
}

async function declarationProblems(controllers: Type[], groups?: ConsumerGroups): Promise<string> {
  const started = startApp(controllers, groups);
  await expect(started).rejects.toBeInstanceOf(ConsumerDeclarationError);
  return ((await started.catch((error: Error) => error)) as Error).message;
}

describe('KafkaRuntimeTransport', () => {
  const groups: ConsumerGroups = {
    ledger: { groupId: 'cost-ledger', concurrency: 4, retryPolicy: { maxInProcessAttempts: 1 } as never },
    tracking: { groupId: 'job-tracking', concurrency: 2, fromBeginning: false },
  };
  let app: INestApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('starts one runner per consumer group with its settings and its handlers topics', async () => {
    const onStarted = jest.fn();
    const started = await startApp([UsageConsumer], { ...groups, ledger: { ...groups.ledger, onStarted } });
    app = started.app;

    expect(
      started.kafka.started.map(({ groupId, concurrency, fromBeginning }) => ({
        groupId,
        concurrency,
        fromBeginning,
      })),
    ).toEqual([
      { groupId: 'cost-ledger', concurrency: 4, fromBeginning: undefined },
      { groupId: 'job-tracking', concurrency: 2, fromBeginning: false },
    ]);
    expect(started.kafka.started[0].retryPolicy).toBe(groups.ledger.retryPolicy);
    expect(started.kafka.started[1].subscriptions.map((subscription) => subscription.topic.name)).toEqual([
      Topics.generationRequestedPriority.name,
      Topics.generationRequestedBulk.name,
    ]);
    expect(onStarted).toHaveBeenCalledWith(started.kafka.runners[0]);
  });

  it('hands the decoded value and the message context to the @EventPattern method', async () => {
    const started = await startApp([UsageConsumer], groups);
    app = started.app;
    const context = messageContext();

    await started.kafka.subscription('cost-ledger', Topics.usageRecorded.name).handle(usage, context);

    const consumer = app.get(UsageConsumer);
    expect(consumer.received).toHaveLength(1);
    expect(consumer.received[0].usage).toBe(usage);
    expect(consumer.received[0].context.message).toBe(context);
    expect(consumer.received[0].context.signal).toBe(context.signal);
  });

  it('gives the failure router the error the handler threw, not Nest’s "Internal server error"', async () => {
    const started = await startApp([UsageConsumer], groups);
    app = started.app;
    const poison = new InvalidMessageError('price is negative', 'negative_price');
    app.get(UsageConsumer).failWith = poison;

    await expect(
      started.kafka.subscription('cost-ledger', Topics.usageRecorded.name).handle(usage, messageContext()),
    ).rejects.toBe(poison);
  });

  it('passes describe through and gives a custom decode the codec', async () => {
    const started = await startApp([UsageConsumer], groups);
    app = started.app;
    const ledger = started.kafka.subscription('cost-ledger', Topics.usageRecorded.name);
    const tracking = started.kafka.subscription('job-tracking', Topics.generationRequestedBulk.name);
    const message = { value: Buffer.from('bytes') } as RawMessage;

    expect(ledger.describe?.(usage)).toEqual({ skuId: 'SKU-1' });
    expect(ledger.decode).toBeUndefined();
    await expect(tracking.decode?.(message)).resolves.toEqual({
      bytes: message.value,
      codec: started.kafka.codec,
    });
  });

  it('refuses to start when a handler names no group, an unknown group or an unknown topic', async () => {
    @Controller()
    class WronglyDeclared {
      @EventPattern(Topics.usageRecorded.name)
      noGroup(): void {
        return undefined;
      }

      @EventPattern(Topics.usagePriced.name, { group: 'nobody-configured-this' })
      unknownGroup(): void {
        return undefined;
      }

      @EventPattern('content.internal.no-such-topic.v1', { group: 'ledger' })
      unknownTopic(): void {
        return undefined;
      }

      @MessagePattern(Topics.skuIngested.name, { group: 'ledger' })
      requestResponse(): string {
        return 'answer';
      }
    }

    const message = await declarationProblems([WronglyDeclared], { ledger: groups.ledger });

    expect(message).toContain(`@EventPattern('${Topics.usageRecorded.name}'): no consumer group`);
    expect(message).toContain(`consumer group 'nobody-configured-this' has no settings`);
    expect(message).toContain(`@EventPattern('content.internal.no-such-topic.v1'): no such topic`);
    expect(message).toContain('request/response (@MessagePattern) is not supported');
  });

  it('refuses to start when a group has settings but no handler, or a topic twice in one group', async () => {
    @Controller()
    class Twice {
      @EventPattern(Topics.usageRecorded.name, { group: 'ledger' })
      first(): void {
        return undefined;
      }

      @EventPattern(Topics.usageRecorded.name, { group: 'ledger' })
      second(): void {
        return undefined;
      }
    }

    const message = await declarationProblems([Twice], groups);

    expect(message).toContain(`declared twice in consumer group 'ledger'`);
    expect(message).toContain(`consumer group 'tracking' has settings but no @EventPattern handler`);
  });

  it('refuses handlers when the service provides no consumer groups at all', async () => {
    const message = await declarationProblems([UsageConsumer]);

    expect(message).toContain(`consumer group 'ledger' has no settings`);
  });
});
