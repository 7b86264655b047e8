import { runServiceMigrations } from '@content-pipeline/persistence';
import { loadJobServiceConfig } from './job-service.config';
import { JOB_SERVICE_SCHEMA, jobServiceEntities, jobServiceMigrations } from './persistence';

void runServiceMigrations(
  () => loadJobServiceConfig().service,
  JOB_SERVICE_SCHEMA,
  jobServiceEntities,
  jobServiceMigrations,
);
