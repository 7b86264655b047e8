/**
 * Records the contracts of a release: `npm run contracts:release -- <version>` (default: the version in the root
 * package.json) writes every topic's value schema to `libs/contracts/released/<version>/<subject>.avsc`. Run it
 * when cutting a release and commit the folder; `npm run contracts:check` then compares later schema changes with
 * it under the registry's BACKWARD rule. A recorded release is never overwritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backwardIncompatibilities } from '@content-pipeline/contracts';
import {
  currentSchemasBySubject,
  readRelease,
  releasedRoot,
  releasedVersions,
  writeRelease,
} from './released-contracts';

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

function main(): void {
  const version = process.argv[2] ?? packageVersion();
  if (existsSync(join(releasedRoot, version))) {
    console.error(`Contracts of release ${version} are already recorded in ${join(releasedRoot, version)}.`);
    process.exit(1);
  }
  const current = currentSchemasBySubject();
  const previous = releasedVersions().at(-1);
  if (previous) {
    const released = readRelease(previous);
    const problems = [...current].flatMap(([subject, schema]) => {
      const old = released.get(subject);
      return old ? backwardIncompatibilities(subject, schema, old) : [];
    });
    if (problems.length > 0) {
      console.error(`Not BACKWARD compatible with release ${previous}:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
  }
  const folder = writeRelease(version, current);
  console.log(`Recorded ${current.size} subjects of release ${version} in ${folder}.`);
}

main();
