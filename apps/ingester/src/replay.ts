/**
 * Backlog replay: re-reads the catalogue topic for one job and stops when caught up.
 *
 *   npm run replay -- (--from-beginning | --since ISO_TIMESTAMP) --job JOB_ID [--lane bulk] [--languages en,ja] [--prompt-version v1] [--restart]
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError } from '@content-pipeline/config';
import { NestJsonLogger } from '@content-pipeline/nest-runtime';
import { JsonLogger } from '@content-pipeline/observability';
import { loadIngesterConfig } from './ingester.config';
import { CatalogReplayRunner } from './replay/catalog-replay.runner';
import { CatalogReplayModule } from './replay/replay.module';
import { parseReplayOptions } from './replay/replay-options';

async function main(): Promise<void> {
  let options;
  let config;
  try {
    options = parseReplayOptions(process.argv.slice(2));
    config = loadIngesterConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(error instanceof ConfigError ? 78 : 2);
  }
  const logger = new JsonLogger(`${config.service.serviceName}-replay`, config.service.logLevel);
  const app = await NestFactory.createApplicationContext(
    CatalogReplayModule.forReplay(config, logger, options),
    { logger: new NestJsonLogger(logger) },
  );
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const interactive = process.stderr.isTTY;
  const summary = await app.get(CatalogReplayRunner).run((counts, lag) => {
    const line = `[replay ${counts.jobId}] ${lag} events left; requested ${counts.requested}, unchanged ${counts.unchanged}, stale ${counts.stale}, invalid ${counts.invalid}`;
    if (interactive) process.stderr.write(`\r${line}   `);
  });
  await app.close();
  if (interactive) process.stderr.write('\n');
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: Error) => {
  console.error(`replay failed: ${error.message}`);
  process.exit(1);
});
