/**
 * Writes docs/asyncapi/catalogue.asyncapi.json from the Avro contracts, validates it with the AsyncAPI parser (Avro
 * payloads included), and with --check fails when the committed document differs from what the contracts give.
 *
 *   npm run asyncapi:generate          npm run asyncapi:check
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { Parser } from '@asyncapi/parser';
import { catalogueAsyncApiDocument } from '@content-pipeline/catalog-rules';

const DOCUMENT_PATH = join(__dirname, '..', '..', 'docs', 'asyncapi', 'catalogue.asyncapi.json');

async function main(): Promise<void> {
  const text = `${JSON.stringify(catalogueAsyncApiDocument(), null, 2)}\n`;
  const parser = new Parser();
  parser.registerSchemaParser(AvroSchemaParser());
  const { diagnostics } = await parser.parse(text);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 0);
  if (errors.length > 0) {
    for (const error of errors) console.error(`${error.path.join('.')}: ${error.message}`);
    throw new Error(`the AsyncAPI document is invalid (${errors.length} errors)`);
  }
  if (process.argv.includes('--check')) {
    const committed = readFileSync(DOCUMENT_PATH, 'utf8');
    if (committed !== text)
      throw new Error(
        `${DOCUMENT_PATH} differs from the contracts: run npm run asyncapi:generate and commit it`,
      );
    console.log(`AsyncAPI document valid and up to date (${diagnostics.length} warnings or hints)`);
    return;
  }
  writeFileSync(DOCUMENT_PATH, text);
  console.log(`Wrote ${DOCUMENT_PATH} (valid; ${diagnostics.length} warnings or hints)`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
