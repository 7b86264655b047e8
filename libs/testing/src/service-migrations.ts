import { spawnSync } from 'node:child_process';
import { WORKSPACE_ROOT } from './workspace-root';

/**
 * Run in a child process (so that `migrateServices` stays synchronous): finds the services with a migration the
 * database has not applied — a migration is a `<13-digit timestamp>-<name>.ts` file under `apps/<service>/src`,
 * recorded by its timestamp in `<schema>.migrations` — and runs those services' `migrate.ts`, all at once (the
 * schemas are disjoint). A pipeline test migrates seven services; one after another, with nothing to apply, that
 * was a quarter of its start-up. Prints each failure as `<service>: exit <status>` and its output; exits 1 if any.
 */
const MIGRATE_WHAT_IS_PENDING = `
const { spawn } = require('node:child_process');
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');

const MIGRATION_FILE = /^(\\d{13})-[A-Za-z0-9-]+\\.ts$/;
function migrationTimestamps(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...migrationTimestamps(join(dir, entry.name)));
    else if (MIGRATION_FILE.test(entry.name)) found.push(MIGRATION_FILE.exec(entry.name)[1]);
  }
  return found;
}

async function pendingServices(services) {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const pending = [];
    for (const service of services) {
      let applied = new Set();
      try {
        const { rows } = await client.query('SELECT timestamp FROM "' + service.replace(/-/g, '_') + '".migrations');
        applied = new Set(rows.map((row) => String(row.timestamp)));
      } catch {}
      if (migrationTimestamps('apps/' + service + '/src').some((timestamp) => !applied.has(timestamp)))
        pending.push(service);
    }
    return pending;
  } finally {
    await client.end();
  }
}

function migrate(service) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/' + service + '/src/migrate.ts'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ service, status, output }));
  });
}

async function inOrder(services) {
  const results = [];
  for (const service of services) results.push(await migrate(service));
  return results;
}

const sequential = process.argv[2] === 'sequential';
pendingServices(JSON.parse(process.argv[1]))
  .catch(() => JSON.parse(process.argv[1]))
  .then((services) => (sequential ? inOrder(services) : Promise.all(services.map(migrate))))
  .then((results) => {
    const failed = results.filter((result) => result.status !== 0);
    for (const result of failed) console.error(result.service + ': exit ' + result.status + '\\n' + result.output);
    process.exit(failed.length > 0 ? 1 : 0);
  });
`;

/**
 * Applies the migrations of the given services (their own `migrate.ts`, as in production) to the database
 * in `env`, so a test runs against a schema it made sure of — on a fresh database as in CI. Side by side unless
 * `order` is `sequential`: a test of what happens when one service migrates before another needs them one after
 * the other (the job service takes over tables the cost meter's first migrations create).
 */
export function migrateServices(
  services: readonly string[],
  env: Record<string, string>,
  order: 'side-by-side' | 'sequential' = 'side-by-side',
): void {
  const result = spawnSync(
    process.execPath,
    ['-e', MIGRATE_WHAT_IS_PENDING, JSON.stringify(services), order],
    {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`migrations failed: ${result.stderr}${result.stdout}`);
}
