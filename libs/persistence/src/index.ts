export * from './service-data-source';
export * from './postgres-errors';
export * from './run-service-migrations';
export * from './statement-batcher';
export * from './values-list';
export * from './insert-new';
export * from './outbox-table';
