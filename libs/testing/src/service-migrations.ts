import { spawnSync } from 'node:child_process';
import { WORKSPACE_ROOT } from './workspace-root';

/**
 * Runs each service's `migrate.ts` in a child process of its own, all at once, and waits for every one: the schemas
 * are disjoint, and a pipeline test migrates seven services, one after another a quarter of its start-up.
 * Prints each failure as `<service>: <status>\n<output>` and exits 1 if any failed.
 */
const PARALLEL_MIGRATIONS = `
const { spawn } = require('node:child_process');
const services = JSON.parse(process.argv[1]);
Promise.all(services.map((service) => new Promise((resolve) => {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/' + service + '/src/migrate.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.on('close', (status) => resolve({ service, status, output }));
}))).then((results) => {
  const failed = results.filter((result) => result.status !== 0);
  for (const result of failed) console.error(result.service + ': exit ' + result.status + '\\n' + result.output);
  process.exit(failed.length > 0 ? 1 : 0);
});
`;

/**
 * Applies the migrations of the given services (their own `migrate.ts`, as in production) to the database
 * in `env`, so a test runs against a schema it made sure of — on a fresh database as in CI.
 */
export function migrateServices(services: readonly string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, ['-e', PARALLEL_MIGRATIONS, JSON.stringify(services)], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migrations failed: ${result.stderr}${result.stdout}`);
}
