import type { OpenApiDescription } from '@content-pipeline/nest-runtime';

export const COST_METER_API: OpenApiDescription = {
  title: 'Cost meter',
  description:
    'Prices every LLM call into the token ledger and announces it (`cost.internal.usage.priced.v1`); the job ' +
    'service adds the calls up per job. This API shows the price tables. Roles: viewer (reads).',
};
