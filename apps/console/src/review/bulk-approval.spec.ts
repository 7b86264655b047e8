import { BulkCandidate, planBulkApproval } from './bulk-approval';

function candidate(id: string, score: number, severities: string[]): BulkCandidate {
  return {
    versionId: id,
    skuId: `SKU-${id}`,
    language: 'en',
    score,
    issues: severities.map((severity, index) => ({
      rule: index === 0 ? 'seo_title_length' : 'number_dropped',
      severity: severity as 'critical',
    })),
  };
}

describe('planBulkApproval', () => {
  it('approves items at or above the score without a critical issue, refuses those with one, skips the rest', () => {
    const plan = planBulkApproval(
      [
        candidate('a', 90, ['warning']),
        candidate('b', 85, []),
        candidate('c', 95, ['critical', 'critical']),
        candidate('d', 60, ['warning']),
      ],
      85,
    );
    expect(plan.approve.map((item) => item.versionId)).toEqual(['a', 'b']);
    expect(plan.refuse).toEqual([
      {
        versionId: 'c',
        skuId: 'SKU-c',
        language: 'en',
        reason: 'critical issues open (seo_title_length, number_dropped): edit or reject it',
      },
    ]);
    expect(plan.belowScore).toBe(1);
  });

  it('refuses a critical item even at a minimum score of 0', () => {
    const plan = planBulkApproval([candidate('x', 10, ['critical'])], 0);
    expect(plan.approve).toEqual([]);
    expect(plan.refuse[0].reason).toBe('critical issue open (seo_title_length): edit or reject it');
  });
});
