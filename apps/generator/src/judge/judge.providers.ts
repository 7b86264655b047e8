import type { Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { JudgeChatClient } from '@content-pipeline/llm-providers';
import {
  KafkaRuntime,
  SERVICE_DATA_SOURCE,
  type ConsumerGroupSettings,
} from '@content-pipeline/nest-runtime';
import type { Registry } from 'prom-client';
import { ProviderCircuitBreaker } from '../circuit-breaker/provider-circuit-breaker';
import { GeneratorMetrics } from '../generator.metrics';
import { ProviderHold } from '../provider-hold/provider-hold';
import { LlmAdmission } from '../rate-limiting/llm-admission';
import type { JudgeConfig } from './judge.config';
import { JudgeMetrics } from './judge.metrics';
import { JudgeTranslationUseCase } from './judge-translation.use-case';
import { JUDGE_GROUP } from './judge-request.consumer';

export { JudgeRequestConsumer, JUDGE_GROUP } from './judge-request.consumer';
export { CreateJudgement1765400000000 } from './1765400000000-create-judgement';
export { loadJudgeConfig } from './judge.config';

/** The judge's consumer group settings: its own group and a small pool, so judging never fills generation's. */
export function judgeConsumerGroup(config: JudgeConfig): Record<string, ConsumerGroupSettings> {
  return { [JUDGE_GROUP]: { groupId: 'generator-judge', concurrency: config.concurrency } };
}

/** The judge's providers, built on the generator's own admission, breaker and hold. */
export function judgeProviders(config: JudgeConfig, registry: Registry): Provider[] {
  return [
    {
      provide: JudgeTranslationUseCase,
      inject: [
        SERVICE_DATA_SOURCE,
        KafkaRuntime,
        LlmAdmission,
        ProviderCircuitBreaker,
        ProviderHold,
        GeneratorMetrics,
      ],
      useFactory: (
        dataSource: DataSource,
        kafka: KafkaRuntime,
        admission: LlmAdmission,
        breaker: ProviderCircuitBreaker,
        hold: ProviderHold,
        generatorMetrics: GeneratorMetrics,
      ) =>
        new JudgeTranslationUseCase(
          dataSource,
          kafka,
          new JudgeChatClient(config.provider),
          admission,
          breaker,
          hold,
          generatorMetrics,
          new JudgeMetrics(registry),
          config,
        ),
    },
  ];
}
