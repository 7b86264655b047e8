import type { OpenApiDescription } from '@content-pipeline/nest-runtime';

export const JOB_SERVICE_API: OpenApiDescription = {
  title: 'Job service',
  description:
    'Jobs of the pipeline: create one from a catalogue file, follow its tasks (SKU × language) and their progress ' +
    '(also as Server-Sent Events), read its cost, set its budget cap, resume it. ' +
    'Roles: operator (create, budget, resume), viewer (reads).',
};
