import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_TOPICS } from '@content-pipeline/contracts';

/**
 * The contracts as released: one folder per release under `libs/contracts/released/<version>/`, holding each
 * topic's value schema as registered (self-contained, file named after its registry subject).
 */
export const releasedRoot = resolve(__dirname, '../../libs/contracts/released');

/** The registered value schema of every topic in the catalogue, by subject. */
export function currentSchemasBySubject(): Map<string, object> {
  return new Map(ALL_TOPICS.map((topic) => [topic.subject, topic.schema]));
}

/** Release versions present, oldest first (numeric comparison of dotted parts). */
export function releasedVersions(): string[] {
  if (!existsSync(releasedRoot)) return [];
  return readdirSync(releasedRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(compareVersions);
}

function compareVersions(left: string, right: string): number {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function readRelease(version: string): Map<string, object> {
  const folder = join(releasedRoot, version);
  return new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith('.avsc'))
      .map((file) => [
        file.slice(0, -'.avsc'.length),
        JSON.parse(readFileSync(join(folder, file), 'utf8')) as object,
      ]),
  );
}

export function writeRelease(version: string, schemas: Map<string, object>): string {
  const folder = join(releasedRoot, version);
  mkdirSync(folder, { recursive: true });
  for (const [subject, schema] of schemas) {
    writeFileSync(join(folder, `${subject}.avsc`), `${JSON.stringify(schema, null, 2)}\n`);
  }
  return folder;
}
