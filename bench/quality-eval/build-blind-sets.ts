// Writes the blind sets (data/qa/eval-blind-*.jsonl) from their hand-written listings and defect wording, after
// checking every clean listing really is clean by the mechanical definitions.
//
//   node -r @swc-node/register bench/quality-eval/build-blind-sets.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildBlindSet, cleanListingProblems } from './blind-set';
import { ROUND_1_LISTINGS, ROUND_1_WORDING } from './blind-round-1';
import { ROUND_2_LISTINGS, ROUND_2_WORDING } from './blind-round-2';
import { ROUND_3_LISTINGS, ROUND_3_WORDING } from './blind-round-3';
import { ROUND_4_LISTINGS, ROUND_4_WORDING } from './blind-round-4';
import { ROUND_5_LISTINGS, ROUND_5_WORDING } from './blind-round-5';
import { ROUND_6_LISTINGS, ROUND_6_WORDING } from './blind-round-6';
import { ROUND_7_LISTINGS, ROUND_7_WORDING } from './blind-round-7';
import { ROUND_8_LISTINGS, ROUND_8_WORDING } from './blind-round-8';
import { ROUND_9_LISTINGS, ROUND_9_WORDING } from './blind-round-9';
import { ROUND_10_LISTINGS, ROUND_10_WORDING } from './blind-round-10';
import { ROUND_11_LISTINGS, ROUND_11_WORDING } from './blind-round-11';
import { ROUND_12_LISTINGS, ROUND_12_WORDING } from './blind-round-12';
import { ROUND_13_LISTINGS, ROUND_13_WORDING } from './blind-round-13';
import { ROUND_14_LISTINGS, ROUND_14_WORDING } from './blind-round-14';
import { ROUND_15_LISTINGS, ROUND_15_WORDING } from './blind-round-15';
import { ROUND_16_LISTINGS, ROUND_16_WORDING } from './blind-round-16';
import { ROUND_17_LISTINGS, ROUND_17_WORDING } from './blind-round-17';
import { ROUND_18_LISTINGS, ROUND_18_WORDING } from './blind-round-18';
import { ROUND_19_LISTINGS, ROUND_19_WORDING } from './blind-round-19';
import { ROUND_20_LISTINGS, ROUND_20_WORDING } from './blind-round-20';
import { ROUND_21_LISTINGS, ROUND_21_WORDING } from './blind-round-21';
import { ROUND_22_LISTINGS, ROUND_22_WORDING } from './blind-round-22';
import { ROUND_23_LISTINGS, ROUND_23_WORDING } from './blind-round-23';
import { ROUND_24_LISTINGS, ROUND_24_WORDING } from './blind-round-24';

const OUTPUT_DIR = path.join(__dirname, '../../data/qa');

const SETS = [
  { name: 'eval-blind-1', prefix: 'b1', listings: ROUND_1_LISTINGS, wording: ROUND_1_WORDING },
  { name: 'eval-blind-2', prefix: 'b2', listings: ROUND_2_LISTINGS, wording: ROUND_2_WORDING },
  {
    name: 'eval-blind-3',
    prefix: 'b3',
    listings: ROUND_3_LISTINGS,
    wording: ROUND_3_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-4',
    prefix: 'b4',
    listings: ROUND_4_LISTINGS,
    wording: ROUND_4_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-5',
    prefix: 'b5',
    listings: ROUND_5_LISTINGS,
    wording: ROUND_5_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-6',
    prefix: 'b6',
    listings: ROUND_6_LISTINGS,
    wording: ROUND_6_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-7',
    prefix: 'b7',
    listings: ROUND_7_LISTINGS,
    wording: ROUND_7_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-8',
    prefix: 'b8',
    listings: ROUND_8_LISTINGS,
    wording: ROUND_8_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-9',
    prefix: 'b9',
    listings: ROUND_9_LISTINGS,
    wording: ROUND_9_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-10',
    prefix: 'b10',
    listings: ROUND_10_LISTINGS,
    wording: ROUND_10_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-11',
    prefix: 'b11',
    listings: ROUND_11_LISTINGS,
    wording: ROUND_11_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-12',
    prefix: 'b12',
    listings: ROUND_12_LISTINGS,
    wording: ROUND_12_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-13',
    prefix: 'b13',
    listings: ROUND_13_LISTINGS,
    wording: ROUND_13_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-14',
    prefix: 'b14',
    listings: ROUND_14_LISTINGS,
    wording: ROUND_14_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-15',
    prefix: 'b15',
    listings: ROUND_15_LISTINGS,
    wording: ROUND_15_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-16',
    prefix: 'b16',
    listings: ROUND_16_LISTINGS,
    wording: ROUND_16_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-17',
    prefix: 'b17',
    listings: ROUND_17_LISTINGS,
    wording: ROUND_17_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-18',
    prefix: 'b18',
    listings: ROUND_18_LISTINGS,
    wording: ROUND_18_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-19',
    prefix: 'b19',
    listings: ROUND_19_LISTINGS,
    wording: ROUND_19_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-20',
    prefix: 'b20',
    listings: ROUND_20_LISTINGS,
    wording: ROUND_20_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-21',
    prefix: 'b21',
    listings: ROUND_21_LISTINGS,
    wording: ROUND_21_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-22',
    prefix: 'b22',
    listings: ROUND_22_LISTINGS,
    wording: ROUND_22_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-23',
    prefix: 'b23',
    listings: ROUND_23_LISTINGS,
    wording: ROUND_23_WORDING,
    artifactsPerListing: 3,
  },
  {
    name: 'eval-blind-24',
    prefix: 'b24',
    listings: ROUND_24_LISTINGS,
    wording: ROUND_24_WORDING,
    artifactsPerListing: 3,
  },
];

let failed = false;
for (const { name, prefix, listings, wording, artifactsPerListing } of SETS as Array<
  (typeof SETS)[number] & { artifactsPerListing?: number }
>) {
  const problems = listings.flatMap(cleanListingProblems);
  if (problems.length) {
    console.error(problems.join('\n'));
    failed = true;
    continue;
  }
  const cases = buildBlindSet(prefix, listings, wording, artifactsPerListing);
  fs.writeFileSync(
    path.join(OUTPUT_DIR, `${name}.jsonl`),
    cases.map((c) => JSON.stringify(c)).join('\n') + '\n',
  );
  const clean = cases.filter((c) => c.expected.clean).length;
  console.log(`${name}: ${cases.length} cases (${clean} clean) from ${listings.length} listings`);
}
process.exit(failed ? 1 : 0);
