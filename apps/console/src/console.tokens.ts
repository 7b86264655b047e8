/** Injection tokens of the console. */
export const CONSOLE_CONFIG = Symbol('CONSOLE_CONFIG');
export const CONSOLE_DATA_SOURCE = Symbol('CONSOLE_DATA_SOURCE');
