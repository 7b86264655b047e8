import { ReviewQueueMetrics } from './review/review-queue.metrics';
import { DynamicModule, Module } from '@nestjs/common';
import {
  API_KEYS,
  ApiKeyGuard,
  CONSUMER_GROUPS,
  ConsumerGroups,
  PipelineServiceModule,
} from '@content-pipeline/nest-runtime';
import { JsonLogger, ServiceMetrics } from '@content-pipeline/observability';
import type { VersionStoreConfig } from './version-store.config';
import { VERSION_STORE_CONFIG } from './version-store.tokens';
import { QualityVerdictConsumer, VERSION_STORE_GROUP } from './store-version/quality-verdict.consumer';
import { StoreVersionUseCase } from './store-version/store-version.use-case';
import {
  SqlVersionStorageRepository,
  VERSION_STORAGE_REPOSITORY,
} from './store-version/version-storage.repository';
import { VERSION_STORE_SCHEMA, versionStoreEntities, versionStoreMigrations } from './persistence';
import { VersionPublication } from './publishing/version-publication';
import { VersionQueries } from './publishing/version-queries';
import { PublishingController } from './publishing/publishing.controller';
import { ChangeActivationUseCase } from './activation/change-activation.use-case';
import { RederiveLanguagesUseCase } from './activation/rederive-languages.use-case';
import { ActivationController } from './activation/activation.controller';
import { SubmitHumanCopyUseCase } from './human-copy/submit-human-copy.use-case';
import { ExperimentsUseCase } from './ab-testing/experiments.use-case';
import { VariantTrafficUseCase } from './ab-testing/variant-traffic.use-case';
import { AbTestingController } from './ab-testing/ab-testing.controller';
import { ReviewQueueQuery } from './review/review-queue.query';
import { DecideReviewUseCase } from './review/decide-review.use-case';
import { ReviewController } from './review/review.controller';
import { DrawSpotCheckSampleUseCase } from './spot-check/draw-spot-check-sample.use-case';
import { RecordSpotCheckUseCase } from './spot-check/record-spot-check.use-case';
import { SpotCheckController } from './spot-check/spot-check.controller';
import { SpotCheckQueries } from './spot-check/spot-check.queries';
import { DrawJudgeSampleUseCase } from './judge/draw-judge-sample.use-case';
import { JudgeAccuracyMetrics } from './judge/judge-accuracy.metrics';
import { JudgeController } from './judge/judge.controller';
import { JudgeQueries } from './judge/judge.queries';
import { JudgeRequestPublication } from './judge/judge-request.publication';
import { StoreJudgementUseCase } from './judge/store-judgement.use-case';
import { TranslationJudgedConsumer } from './judge/translation-judged.consumer';

@Module({})
export class VersionStoreModule {
  static forRoot(config: VersionStoreConfig, logger: JsonLogger): DynamicModule {
    return {
      module: VersionStoreModule,
      imports: [
        PipelineServiceModule.forRoot({
          config: config.service,
          schema: VERSION_STORE_SCHEMA,
          entities: versionStoreEntities,
          migrations: versionStoreMigrations,
          logger,
          metrics: new ServiceMetrics(config.service.serviceName),
        }),
      ],
      controllers: [
        PublishingController,
        ActivationController,
        AbTestingController,
        ReviewController,
        SpotCheckController,
        JudgeController,
        QualityVerdictConsumer,
        TranslationJudgedConsumer,
      ],
      providers: [
        { provide: VERSION_STORE_CONFIG, useValue: config },
        {
          provide: CONSUMER_GROUPS,
          useValue: {
            [VERSION_STORE_GROUP]: { groupId: VERSION_STORE_GROUP, concurrency: config.concurrency },
          } satisfies ConsumerGroups,
        },
        { provide: API_KEYS, useValue: config.apiKeys },
        ApiKeyGuard,
        VersionPublication,
        { provide: VERSION_STORAGE_REPOSITORY, useClass: SqlVersionStorageRepository },
        StoreVersionUseCase,
        VersionQueries,
        ChangeActivationUseCase,
        RederiveLanguagesUseCase,
        SubmitHumanCopyUseCase,
        ExperimentsUseCase,
        VariantTrafficUseCase,
        ReviewQueueQuery,
        ReviewQueueMetrics,
        DecideReviewUseCase,
        DrawSpotCheckSampleUseCase,
        RecordSpotCheckUseCase,
        SpotCheckQueries,
        JudgeRequestPublication,
        DrawJudgeSampleUseCase,
        StoreJudgementUseCase,
        JudgeQueries,
        JudgeAccuracyMetrics,
      ],
    };
  }
}
