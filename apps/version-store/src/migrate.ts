import { runServiceMigrations } from '@content-pipeline/persistence';
import { loadVersionStoreConfig } from './version-store.config';
import { VERSION_STORE_SCHEMA, versionStoreEntities, versionStoreMigrations } from './persistence';

void runServiceMigrations(
  () => loadVersionStoreConfig().service,
  VERSION_STORE_SCHEMA,
  versionStoreEntities,
  versionStoreMigrations,
);
