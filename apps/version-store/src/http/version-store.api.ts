import type { OpenApiDescription } from '@content-pipeline/nest-runtime';

export const VERSION_STORE_API: OpenApiDescription = {
  title: 'Version store',
  description:
    'Immutable content versions per SKU and language: what the catalogue shows, activation and rollback, A/B variants and the human review queue. ' +
    'Roles: operator (activation, rollback, pins, variants, re-derivation), reviewer (review decisions, human copy), viewer (reads).',
};
