export const GENERATOR_CONFIG = Symbol('GENERATOR_CONFIG');
export const CONTENT_PROVIDER = Symbol('CONTENT_PROVIDER');
export const BATCH_CLIENT = Symbol('BATCH_CLIENT');
