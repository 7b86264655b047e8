export * from './gcra';
export * from './budget';
export * from './provider-hints';
export * from './lane-priority';
export * from './sliding-window';
export * from './admission-policy';
export * from './usage-forecast';
export * from './output-cap';
