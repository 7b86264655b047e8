export * from './generated/types';
export * from './generated/schemas';
export * from './topic-definition';
export * from './topics';
export * from './headers';
export * from './event-id';
export * from './event-validation';
export * from './catalog-lines';
