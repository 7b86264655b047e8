import { ADMISSION_HORIZON_MS } from './admission-policy';
import {
  BULK_HORIZON_WHILE_PRIORITY_MS,
  BULK_MAX_YIELD_MS,
  GroupLanePriority,
  PRIORITY_CLAIM_TTL_MS,
} from './priority-claim';

describe('group-wide priority claim', () => {
  it('writes a claim before the first priority call and renews it only when it is about to lapse', () => {
    const rule = new GroupLanePriority();
    expect(rule.holdsClaim).toBe(false);
    expect(rule.claimDue(0)).toBe(true);
    rule.claimWritten(0);
    expect(rule.holdsClaim).toBe(true);
    expect(rule.claimDue(500)).toBe(false);
    expect(rule.claimDue(PRIORITY_CLAIM_TTL_MS - 999)).toBe(true);
    rule.claimDropped();
    expect(rule.holdsClaim).toBe(false);
    expect(rule.claimDue(PRIORITY_CLAIM_TTL_MS)).toBe(true);
  });

  it('makes bulk wait while another instance claims priority, and ask again once the claim is gone', () => {
    const rule = new GroupLanePriority();
    expect(rule.bulkMayAsk(false, 0)).toBe(true);
    expect(rule.bulkMayAsk(true, 100)).toBe(false);
    expect(rule.bulkMayAsk(true, 5_000)).toBe(false);
    expect(rule.bulkMayAsk(false, 5_100)).toBe(true);
  });

  it('never starves bulk: after yielding the maximum stretch one batch asks, then the yield starts afresh', () => {
    const rule = new GroupLanePriority();
    expect(rule.bulkMayAsk(true, 1_000)).toBe(false);
    expect(rule.bulkMayAsk(true, 1_000 + BULK_MAX_YIELD_MS - 1)).toBe(false);
    expect(rule.bulkMayAsk(true, 1_000 + BULK_MAX_YIELD_MS)).toBe(true);
    expect(rule.bulkMayAsk(true, 1_000 + BULK_MAX_YIELD_MS + 1)).toBe(false);
    expect(rule.bulkMayAsk(true, 1_000 + 2 * BULK_MAX_YIELD_MS)).toBe(false);
    expect(rule.bulkMayAsk(true, 1_001 + 2 * BULK_MAX_YIELD_MS)).toBe(true);
  });

  it('lets bulk take slots only just ahead while priority work is under way in the group', () => {
    const rule = new GroupLanePriority();
    expect(rule.horizonFor('bulk', false)).toBe(ADMISSION_HORIZON_MS);
    expect(rule.horizonFor('bulk', true)).toBe(BULK_HORIZON_WHILE_PRIORITY_MS);
    expect(rule.horizonFor('priority', true)).toBe(ADMISSION_HORIZON_MS);
    expect(BULK_HORIZON_WHILE_PRIORITY_MS).toBeLessThan(ADMISSION_HORIZON_MS);
  });
});
