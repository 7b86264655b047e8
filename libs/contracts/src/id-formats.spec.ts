import { isJobId, isSkuId } from './id-formats';

describe('SKU ids', () => {
  it('are 1–64 letters, digits, - or _, starting with a letter or digit', () => {
    expect(isSkuId('SKU-10001')).toBe(true);
    expect(isSkuId('a')).toBe(true);
    expect(isSkuId('A'.repeat(64))).toBe(true);
    expect(isSkuId('A'.repeat(65))).toBe(false);
    expect(isSkuId('-SKU')).toBe(false);
    expect(isSkuId('_SKU')).toBe(false);
    expect(isSkuId('SKU 12 34')).toBe(false);
    expect(isSkuId('SKU.1')).toBe(false);
    expect(isSkuId('')).toBe(false);
    expect(isSkuId(undefined)).toBe(false);
  });
});

describe('job ids', () => {
  it('are 1–128 letters, digits, ., _, : or -, starting with a letter or digit', () => {
    expect(isJobId('catalog-stream-2026-12-05')).toBe(true);
    expect(isJobId('demo-20261126T053323')).toBe(true);
    expect(isJobId('team.a:backlog_1')).toBe(true);
    expect(isJobId('j'.repeat(128))).toBe(true);
    expect(isJobId('j'.repeat(129))).toBe(false);
    expect(isJobId(':job')).toBe(false);
    expect(isJobId('job 1')).toBe(false);
    expect(isJobId('job/1')).toBe(false);
    expect(isJobId(undefined)).toBe(false);
  });
});
