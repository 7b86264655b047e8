export * from './tokens';
export * from './kafka-runtime.service';
export * from './readiness.service';
export * from './health.controller';
export * from './pipeline-service.module';
export * from './bootstrap-service';
export * from './nest-json-logger';
export * from './auth/api-key.guard';
