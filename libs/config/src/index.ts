export * from './config.error';
export * from './load-config';
export * from './config-fields';
export * from './infrastructure.config';
export * from './api-keys.config';
export * from './secrets.config';
export * from './generation-tasks.config';
export * from './dify-contract.config';
