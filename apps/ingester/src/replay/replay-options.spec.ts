import { CatchUpDetector, parseReplayOptions } from './replay-options';

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('parseReplayOptions', () => {
  it('replays from the beginning on the bulk lane through the job’s own consumer group', () => {
    expect(parseReplayOptions(['--from-beginning', '--job', 'backlog-1'], NOW)).toEqual({
      jobId: 'backlog-1',
      sinceMs: undefined,
      lane: 'bulk',
      derivedLanguages: undefined,
      promptVersion: undefined,
      groupId: 'ingester-replay-backlog-1',
    });
  });

  it('reads --since, the lane, languages and prompt version', () => {
    expect(
      parseReplayOptions(
        [
          '--since',
          '2026-11-01T00:00:00Z',
          '--job',
          'j',
          '--lane',
          'priority',
          '--languages',
          'de,en',
          '--prompt-version',
          'v2',
        ],
        NOW,
      ),
    ).toMatchObject({
      sinceMs: Date.parse('2026-11-01T00:00:00Z'),
      lane: 'priority',
      derivedLanguages: ['de'],
      promptVersion: 'v2',
    });
  });

  it('starts a fresh consumer group with --restart', () => {
    expect(parseReplayOptions(['--from-beginning', '--job', 'j', '--restart'], NOW).groupId).toBe(
      `ingester-replay-j-${NOW.toString(36)}`,
    );
  });

  it('says what is wrong', () => {
    expect(() => parseReplayOptions(['--job', 'j'], NOW)).toThrow(
      /exactly one of --from-beginning and --since/,
    );
    expect(() => parseReplayOptions(['--from-beginning'], NOW)).toThrow(/--job is required/);
    expect(() => parseReplayOptions(['--since', 'yesterday', '--job', 'j'], NOW)).toThrow(/ISO 8601/);
    expect(() => parseReplayOptions(['--since', '2027-01-01T00:00:00Z', '--job', 'j'], NOW)).toThrow(
      /in the future/,
    );
    expect(() => parseReplayOptions(['--from-beginning', '--job', 'j', '--lane', 'x'], NOW)).toThrow(
      /--lane/,
    );
    expect(() => parseReplayOptions(['--from-beginning', '--job', 'j', '--jbo'], NOW)).toThrow(
      /Unknown option --jbo/,
    );
  });
});

describe('CatchUpDetector', () => {
  it('is caught up only after nothing is left nor in flight for the quiet period', () => {
    const detector = new CatchUpDetector(3_000);
    expect(detector.observe(0, 0, 0)).toBe(false);
    expect(detector.observe(0, 1, 1_000)).toBe(false);
    expect(detector.observe(0, 0, 2_000)).toBe(false);
    expect(detector.observe(0, 0, 4_999)).toBe(false);
    expect(detector.observe(0, 0, 5_000)).toBe(true);
    expect(detector.observe(4, 0, 6_000)).toBe(false);
  });

  it('takes the job ids the job headers take, up to 128 characters', () => {
    expect(parseReplayOptions(['--from-beginning', '--job', 'j'.repeat(128)], NOW).jobId).toBe(
      'j'.repeat(128),
    );
    expect(() => parseReplayOptions(['--from-beginning', '--job', 'j'.repeat(129)], NOW)).toThrow(
      /--job is required/,
    );
    expect(() => parseReplayOptions(['--from-beginning', '--job', ':j'], NOW)).toThrow(/--job is required/);
  });
});
