import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ProviderHoldChanged, Topics } from '@content-pipeline/contracts';
import { kafkaEvent } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { ProviderHoldRepository } from './provider-hold.repository';

export const PROVIDER_HOLD_GROUP = 'job-provider-hold';

/**
 * Thin edge: the generator group's provider hold, into the job service's own table (its own consumer group). An
 * event that cannot be decoded or breaks the contract's rules is dead-lettered by the runtime with its bytes.
 */
@Controller()
export class ProviderHoldChangedConsumer {
  constructor(
    private readonly holds: ProviderHoldRepository,
    private readonly logger: JsonLogger,
  ) {}

  @EventPattern(
    Topics.providerHoldChanged.name,
    kafkaEvent<ProviderHoldChanged>({ group: PROVIDER_HOLD_GROUP }),
  )
  async changed(@Payload() event: ProviderHoldChanged): Promise<void> {
    const applied = await this.holds.apply(event);
    if (!applied) return;
    // The generator logs the hold at error level and fires the alert; here it is what the jobs now show.
    this.logger.info(event.held ? 'Jobs paused: provider held' : 'Jobs resumed: provider hold lifted', {
      provider: event.provider,
      holdKey: event.holdKey,
      reason: event.reason,
      code: event.errorCode,
    });
  }
}
