import type { OpenApiDescription } from '@content-pipeline/nest-runtime';

export const VERSION_STORE_API: OpenApiDescription = {
  title: 'Version store',
  description:
    'Immutable content versions per SKU and language: what the catalogue shows, activation and rollback, A/B variants, the human review queue and spot checks of published content. ' +
    'Roles: operator (activation, rollback, pins, variants, re-derivation, drawing spot-check samples), reviewer (review decisions, human copy, spot checks), viewer (reads).',
};
