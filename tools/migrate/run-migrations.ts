/**
 * Applies every service's migrations (each service owns one PostgreSQL schema). The same per-service
 * entry points (`apps/<service>/src/migrate.ts`) run as the Helm pre-install/pre-upgrade Job.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const PIPELINE_SERVICES = [
  'ingester',
  'generator',
  'quality-gate',
  'regenerator',
  'version-store',
  'cost-meter',
  'job-service',
  'console',
] as const;

const root = resolve(__dirname, '..', '..');
let failed = false;
for (const service of PIPELINE_SERVICES) {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', `apps/${service}/src/migrate.ts`], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
