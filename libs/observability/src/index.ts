export * from './redaction';
export * from './json-logger';
export * from './service-metrics';
