export const COST_METER_CONFIG = Symbol('COST_METER_CONFIG');
