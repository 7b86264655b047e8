/**
 * Prints the URL of a database of its own for the API fuzzer, dropped and created anew on each run: Schemathesis
 * writes what it generates (operator rules, people, budgets), and a rule like `/0/` left in the shared database
 * would flag the next test's content.
 *
 *   node -r @swc-node/register tools/api-fuzz/fresh-database.ts postgres://…/pipeline   → postgres://…/pipeline_api_fuzz
 */
import { Client } from 'pg';

async function main(): Promise<void> {
  const source = process.argv[2];
  if (!source) throw new Error('usage: fresh-database.ts DATABASE_URL');
  const url = new URL(source);
  const name = `${url.pathname.replace(/^\//, '') || 'postgres'}_api_fuzz`;
  const client = new Client({ connectionString: source });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  process.stdout.write(`${url.toString()}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[api-fuzz] cannot prepare its database: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
