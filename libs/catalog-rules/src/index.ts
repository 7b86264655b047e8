export * from './catalog-sku';
export * from './catalog-limits';
export * from './validate-catalog-record';
export * from './source-hash';
export * from './catalogue-asyncapi';
