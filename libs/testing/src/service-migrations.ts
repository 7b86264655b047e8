import { spawnSync } from 'node:child_process';
import { WORKSPACE_ROOT } from './workspace-root';

/**
 * Applies the migrations of the given services (their own `migrate.ts`, as in production) to the database
 * in `env`, so a test runs against a schema it made sure of — on a fresh database as in CI.
 */
export function migrateServices(services: readonly string[], env: Record<string, string>): void {
  for (const service of services) {
    const result = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', `apps/${service}/src/migrate.ts`],
      {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      },
    );
    if (result.status !== 0)
      throw new Error(`${service} migrations failed: ${result.stderr}${result.stdout}`);
  }
}
