import { ActivationAudit } from './content-version/activation-audit.entity';
import { ContentVersion } from './content-version/content-version.entity';
import { SkuLanguageState } from './content-version/sku-language-state.entity';
import { CreateContentVersions1764115200000 } from './migrations/1764115200000-create-content-versions';

/** The PostgreSQL schema the version store owns. */
export const VERSION_STORE_SCHEMA = 'version_store';
export const versionStoreEntities = [ContentVersion, SkuLanguageState, ActivationAudit];
export const versionStoreMigrations = [CreateContentVersions1764115200000];
