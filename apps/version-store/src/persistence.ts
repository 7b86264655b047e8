import { AbExperiment } from './ab-testing/ab-experiment.entity';
import { AbVariant } from './ab-testing/ab-variant.entity';
import { ActivationAudit } from './content-version/activation-audit.entity';
import { ContentVersion } from './content-version/content-version.entity';
import { SkuLanguageState } from './content-version/sku-language-state.entity';
import { HumanSubmission } from './human-copy/human-submission.entity';
import { CreateContentVersions1764115200000 } from './migrations/1764115200000-create-content-versions';
import { AddPublishingReviewAndExperiments1764201600000 } from './migrations/1764201600000-add-publishing-review-and-experiments';
import { CreateOutbox1765000000000 } from './migrations/1765000000000-create-outbox';
import { IndexReviewQueueByScore1765100000000 } from './migrations/1765100000000-index-review-queue-by-score';
import { CreateSpotChecks1765300000000 } from './migrations/1765300000000-create-spot-checks';
import { CreateJudgements1765400000000 } from './migrations/1765400000000-create-judgements';
import { ReviewDecision } from './review/review-decision.entity';
import { SpotCheckError } from './spot-check/spot-check-error.entity';
import { SpotCheckItem } from './spot-check/spot-check-item.entity';
import { SpotCheckSample } from './spot-check/spot-check-sample.entity';
import { SpotCheck } from './spot-check/spot-check.entity';

/** The PostgreSQL schema the version store owns. */
export const VERSION_STORE_SCHEMA = 'version_store';
export const versionStoreEntities = [
  ContentVersion,
  SkuLanguageState,
  ActivationAudit,
  ReviewDecision,
  HumanSubmission,
  AbExperiment,
  AbVariant,
  SpotCheckSample,
  SpotCheckItem,
  SpotCheck,
  SpotCheckError,
];
export const versionStoreMigrations = [
  CreateContentVersions1764115200000,
  AddPublishingReviewAndExperiments1764201600000,
  CreateOutbox1765000000000,
  IndexReviewQueueByScore1765100000000,
  CreateSpotChecks1765300000000,
  CreateJudgements1765400000000,
];
