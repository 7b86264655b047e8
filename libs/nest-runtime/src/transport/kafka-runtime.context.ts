import { BaseRpcContext } from '@nestjs/microservices';
import type { MessageContext } from '@content-pipeline/kafka-runtime';

/**
 * What `@Ctx()` gives a Kafka runtime handler: where the message came from, its headers, its delivery attempt and
 * the shutdown signal a long handler must honour.
 */
export class KafkaRuntimeContext extends BaseRpcContext<[MessageContext]> {
  constructor(message: MessageContext) {
    super([message]);
  }

  get message(): MessageContext {
    return this.getArgByIndex(0);
  }

  /** Aborted when the service shuts down and the grace period is over: stop and throw. */
  get signal(): AbortSignal {
    return this.message.signal;
  }
}
