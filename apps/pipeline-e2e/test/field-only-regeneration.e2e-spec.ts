import { PipelineUnderTest, uniqueRunTag } from '@content-pipeline/testing';
import { sampleLines } from './catalog-fixtures';
import { duplicatedAttempts, waitForJobToSettle, type VersionRow } from './pipeline-assertions';

// Copy B without a call to action in half the answers, an over-long SEO title in a third: most tasks are sent back
// for one or two fields, some twice, a few to a person after the third attempt.
const SIMULATOR_ARGS = ['--seed', '11', '--fault', 'missing_cta=0.5', '--fault', 'long_title=0.3'];
const SKUS = 10;

/** The contract's camelCase name of a content field as the gate's issues name it. */
const CONTRACT_FIELD: Record<string, string> = {
  translated_description: 'translatedDescription',
  seo_title: 'seoTitle',
  meta_description: 'metaDescription',
  h1: 'h1',
  marketing_copy_a: 'marketingCopyA',
  marketing_copy_b: 'marketingCopyB',
  marketing_copy_c: 'marketingCopyC',
  suggested_keywords: 'suggestedKeywords',
};

interface StoredVersion extends VersionRow {
  prompt_version: string;
  content: Record<string, unknown>;
  issues: Array<{ rule: string; field: string; severity: string }>;
  tokens: number;
}

describe('field-only regeneration through the pipeline (prompt v2 by default, Dify workflow)', () => {
  const jobId = uniqueRunTag('e2e-fields');
  // No PROMPT_VERSION set: the default (v2) is what is under test. The generator asks the simulated app for its
  // inputs (DIFY_WORKFLOW_INPUTS=auto), which declares regenerate_fields as deploy/dify/content-generation-v2.yml does.
  const pipeline = new PipelineUnderTest(jobId, 6420, SIMULATOR_ARGS);
  const sample = sampleLines(`${jobId.replace(/[^A-Za-z0-9]/g, '')}-`);
  const lines = sample.lines.slice(0, SKUS);

  // Nine processes start on a shared machine: allow them the time they take there.
  beforeAll(() => pipeline.start(), 420_000);
  afterAll(() => pipeline.stop());

  it('rewrites only the fields the gate failed, keeps the others byte for byte, within three attempts', async () => {
    await pipeline.publishCatalogLines(lines);
    await waitForJobToSettle(pipeline, SKUS, 300_000, 10_000);
    const versions = await pipeline.query<StoredVersion>(
      `SELECT version_id, sku_id, language, task_id, attempt, verdict, status, master_version_id, source_hash,
              created_at, prompt_version, content, issues,
              prompt_tokens + completion_tokens AS tokens
         FROM version_store.content_version WHERE job_id = $1`,
      [jobId],
    );
    expect(versions.length).toBeGreaterThan(SKUS * 5);
    expect(new Set(versions.map((v) => v.prompt_version))).toEqual(new Set(['v2']));
    expect(duplicatedAttempts(versions)).toEqual([]);
    expect(Math.max(...versions.map((v) => v.attempt))).toBeLessThanOrEqual(3);

    const byAttempt = new Map(versions.map((v) => [`${v.task_id}#${v.attempt}`, v]));
    const regenerations = versions
      .filter((v) => v.attempt > 1)
      .map((v) => ({ version: v, previous: byAttempt.get(`${v.task_id}#${v.attempt - 1}`) }))
      .filter((pair): pair is { version: StoredVersion; previous: StoredVersion } => !!pair.previous);
    expect(regenerations.length).toBeGreaterThan(5);

    let rewritten = 0;
    for (const { version, previous } of regenerations) {
      expect(previous.verdict).toBe('regenerate');
      const failing = new Set(
        previous.issues.filter((i) => i.severity !== 'info').map((i) => CONTRACT_FIELD[i.field]),
      );
      // The simulator's faults here land in copy B and the title only: never a whole-set rule.
      expect([...failing].every((field) => field === 'marketingCopyB' || field === 'seoTitle')).toBe(true);
      for (const [field, value] of Object.entries(previous.content)) {
        if (!failing.has(field)) expect({ [field]: version.content[field] }).toEqual({ [field]: value });
      }
      // A failing field is written again: it changes, or (the simulator's missing-CTA fault writes one fixed copy)
      // it comes back with the same fault, flagged on that field again.
      for (const field of failing) {
        if (JSON.stringify(version.content[field]) !== JSON.stringify(previous.content[field]))
          rewritten += 1;
        else expect(version.issues.some((i) => CONTRACT_FIELD[i.field] === field)).toBe(true);
      }
    }
    expect(rewritten).toBeGreaterThan(0);

    // A field-only regeneration costs far fewer tokens than the task's first attempt (same SKU, same language).
    const firstTokens = regenerations.map(
      ({ version }) => byAttempt.get(`${version.task_id}#1`)?.tokens ?? 0,
    );
    const regenTokens = regenerations.map(({ version }) => version.tokens);
    const sum = (values: number[]) => values.reduce((total, value) => total + Number(value), 0);
    expect(sum(regenTokens)).toBeLessThan(0.7 * sum(firstTokens));

    // After the third attempt a task goes to a person; nothing with a critical issue is active.
    const lastAttempts = versions.filter((v) => v.attempt === 3 && v.verdict !== 'pass');
    for (const version of lastAttempts) expect(version.verdict).toBe('human_review');
    expect(
      versions.filter((v) => v.status === 'active' && v.issues.some((i) => i.severity === 'critical')),
    ).toEqual([]);
  }, 420_000);
});
