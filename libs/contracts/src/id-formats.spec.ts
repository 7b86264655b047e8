import { taskIdFor } from './event-id';
import { isJobId, isSkuId, TASK_ID_PATTERN } from './id-formats';

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

describe('task ids', () => {
  it('are what taskIdFor builds: a job id, a SKU id and a language (the job id may hold colons)', () => {
    expect(TASK_ID_PATTERN.test(taskIdFor('job-1', 'SKU-1', 'en'))).toBe(true);
    expect(TASK_ID_PATTERN.test(taskIdFor('team.a:backlog_1', 'SKU_9', 'ja'))).toBe(true);
    expect(TASK_ID_PATTERN.test('job-1:SKU-1:xx')).toBe(false);
    expect(TASK_ID_PATTERN.test('job-1:SKU 1:en')).toBe(false);
    expect(TASK_ID_PATTERN.test('job-1:SKU-1:en\u001e')).toBe(false);
  });
});
