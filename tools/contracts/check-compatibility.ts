/**
 * Fails when a topic's value schema can no longer read what the last release wrote (the registry's BACKWARD
 * rule, checked with avsc's resolver, plus "a default is never removed"): part of `npm run contracts:check`,
 * so of `npm test`, and needs no registry. The releases are the folders `tools/contracts/release-contracts.ts`
 * records under `libs/contracts/released/`.
 */
import { backwardIncompatibilities } from '@content-pipeline/contracts';
import { currentSchemasBySubject, readRelease, releasedVersions } from './released-contracts';

function main(): void {
  const release = releasedVersions().at(-1);
  if (!release) {
    console.error('No released contracts under libs/contracts/released: run `npm run contracts:release`.');
    process.exit(1);
  }
  const released = readRelease(release);
  const current = currentSchemasBySubject();
  const problems: string[] = [];
  for (const [subject, schema] of released) {
    const next = current.get(subject);
    if (!next) {
      // Readers of a dropped topic are gone with it; its data stays readable with the released schema.
      console.warn(`${subject}: released in ${release}, no longer a topic of the catalogue`);
      continue;
    }
    problems.push(...backwardIncompatibilities(subject, next, schema));
  }
  if (problems.length > 0) {
    console.error(
      `Contracts not BACKWARD compatible with release ${release} (readers of the new schema must read ` +
        `what the released one wrote; a breaking change is a new topic with the next version suffix):\n- ` +
        problems.join('\n- '),
    );
    process.exit(1);
  }
  const added = [...current.keys()].filter((subject) => !released.has(subject)).length;
  console.log(
    `Contracts BACKWARD compatible with release ${release}: ${released.size} released subjects, ${added} new.`,
  );
}

main();
