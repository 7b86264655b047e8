import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluateGate, EVALUATED_RULES, share } from './evaluation/gate-evaluation';
import { parseCaseLines } from './evaluation/labelled-case';
import { assessContentQuality } from './quality-gate';

// The goals of the quality gate, enforced in CI on the public dev split of the QA set
// (copied from the shared QA data so the repository is self-contained).
const MIN_RECALL = 0.95;
const MAX_FP_CRITICAL = 0.02;

const cases = parseCaseLines(fs.readFileSync(path.join(__dirname, '../test/fixtures/dev.jsonl'), 'utf8'));
const reports = new Map(
  cases.map((labelled) => [labelled.id, assessContentQuality(labelled, { attempt: 1 })]),
);
const evaluation = evaluateGate(cases, reports);

describe('quality gate on the dev set', () => {
  it('has 160 labelled cases, 40 of them clean', () => {
    expect(cases).toHaveLength(160);
    expect(evaluation.clean.all.cases).toBe(40);
  });

  it.each(EVALUATED_RULES)('finds %s in at least 95% of its cases', (rule) => {
    expect(share(evaluation.recall[rule].all)).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('reports a critical issue on at most 2% of clean cases', () => {
    expect(evaluation.clean.all.critical / evaluation.clean.all.cases).toBeLessThanOrEqual(MAX_FP_CRITICAL);
  });

  it('agrees with clean.jsonl: every clean case passes', () => {
    const clean = parseCaseLines(
      fs.readFileSync(path.join(__dirname, '../test/fixtures/clean.jsonl'), 'utf8'),
    );
    expect(clean.filter((labelled) => reports.get(labelled.id)?.verdict !== 'pass').map((c) => c.id)).toEqual(
      [],
    );
  });
});
