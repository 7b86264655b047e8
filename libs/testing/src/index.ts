export * from './test-infrastructure';
export * from './wait-for';
export * from './service-process';
export * from './dead-letter-reader';
export * from './pipeline-under-test';
export * from './service-migrations';
export * from './catalog-sample';
export * from './workspace-root';
