export const INGESTER_CONFIG = Symbol('INGESTER_CONFIG');
