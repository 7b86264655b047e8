/**
 * CPU cost of one quality-gate check, outside the pipeline: every case of the labelled evaluation sets through
 * `assessContentQuality`, several rounds, best round reported (the machine is shared; the best round is the one
 * least disturbed). For before/after comparisons of the gate's top costs in the bench/backlog profile.
 *
 *   node -r @swc-node/register bench/backlog/gate-cost.ts [--rounds 5]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assessContentQuality, parseCaseLines } from '@content-pipeline/quality-rules';

const ROOT = resolve(__dirname, '..', '..');
const SETS = ['eval-holdout.jsonl', 'eval-tune.jsonl', 'eval-fresh.jsonl'];

function main(): void {
  const roundsIndex = process.argv.indexOf('--rounds');
  const rounds = roundsIndex >= 0 ? Number(process.argv[roundsIndex + 1]) : 5;
  const cases = SETS.flatMap((set) => parseCaseLines(readFileSync(join(ROOT, 'data', 'qa', set), 'utf8')));
  // Warm-up: compiled regexes, memoised folding of characters, JIT.
  for (const labelled of cases) assessContentQuality(labelled, { attempt: 1, maxAttempts: 3 });
  const perCheckMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.cpuUsage();
    for (const labelled of cases) assessContentQuality(labelled, { attempt: 1, maxAttempts: 3 });
    const used = process.cpuUsage(started);
    perCheckMs.push((used.user + used.system) / 1000 / cases.length);
  }
  perCheckMs.sort((a, b) => a - b);
  console.log(
    `quality gate: ${cases.length} checks per round, ${rounds} rounds: CPU per check best ${perCheckMs[0].toFixed(3)} ms, ` +
      `median ${perCheckMs[Math.floor(rounds / 2)].toFixed(3)} ms`,
  );
}

main();
