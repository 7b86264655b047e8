/** Injection tokens of the shared service runtime. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_DATA_SOURCE = Symbol('SERVICE_DATA_SOURCE');
