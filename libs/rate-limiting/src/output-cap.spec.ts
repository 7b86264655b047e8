import { OutputTokenCaps } from './output-cap';

describe('max_tokens sized from observed answers', () => {
  it('sends the configured maximum until three answers of the kind were seen', () => {
    const caps = new OutputTokenCaps(2_048);
    for (let i = 0; i < 2; i++) caps.record('content:de:v1', 400, false);
    expect(caps.capFor('content:de:v1')).toEqual({ maxOutputTokens: 2_048, sized: false });
  });

  it('then caps at the longest recent answer with a tenth more room, per kind', () => {
    const caps = new OutputTokenCaps(2_048);
    for (const length of [300, 420, 380, 410, 390, 400, 350, 405])
      caps.record('content:de:v1', length, false);
    // 420 × 1.1 + 32.
    expect(caps.capFor('content:de:v1')).toEqual({ maxOutputTokens: 494, sized: true });
    expect(caps.capFor('extraction:de:v1')).toEqual({ maxOutputTokens: 2_048, sized: false });
  });

  it('sizes a kind not yet seen at twice the longest answer of its step in the kinds that are sized', () => {
    const caps = new OutputTokenCaps(2_048);
    for (const length of [280, 310, 300]) caps.record('content:en:v1', length, false);
    for (const length of [90, 95, 100]) caps.record('extraction:en:v1', length, false);
    caps.record('content:de:v1', 500, false);
    // 310 × 2 + 32: the other step's answers and the kind's own two are not enough to size it.
    expect(caps.capFor('content:ja:v1')).toEqual({ maxOutputTokens: 652, sized: true });
    expect(caps.capFor('content:de:v1')).toEqual({ maxOutputTokens: 652, sized: true });
    expect(caps.capFor('repair:ja:v1')).toEqual({ maxOutputTokens: 2_048, sized: false });
  });

  it('never goes above the configured maximum', () => {
    const caps = new OutputTokenCaps(500);
    for (let i = 0; i < 8; i++) caps.record('extraction:en:v1', 450, false);
    expect(caps.capFor('extraction:en:v1')).toEqual({ maxOutputTokens: 500, sized: false });
  });

  it('doubles the cap after a truncated answer, until it has left the recent answers', () => {
    const caps = new OutputTokenCaps(2_048);
    for (let i = 0; i < 8; i++) caps.record('content:fr:v1', 400, false);
    caps.record('content:fr:v1', 532, true);
    // 2 × 532 = 1,064 counted: 1,064 × 1.1 + 32.
    expect(caps.capFor('content:fr:v1').maxOutputTokens).toBe(1_203);
    for (let i = 0; i < 64; i++) caps.record('content:fr:v1', 400, false);
    expect(caps.capFor('content:fr:v1')).toEqual({ maxOutputTokens: 472, sized: true });
  });

  it("takes the group's answers for a kind it has seen fewer of, and keeps its own otherwise", () => {
    const caps = new OutputTokenCaps(2_048);
    caps.record('content:de:v1', 900, false);
    caps.adopt('content:de:v1', [300, 320, 310, 3_000]);
    // 2,048 × 1.1 + 32 is above the maximum: the impossible 3,000 came in at the maximum.
    expect(caps.capFor('content:de:v1')).toEqual({ maxOutputTokens: 2_048, sized: false });
    caps.adopt('content:en:v1', [280, 300, 290]);
    caps.adopt('content:en:v1', [900, 900]);
    expect(caps.capFor('content:en:v1')).toEqual({ maxOutputTokens: 362, sized: true });
    expect(caps.recentAnswers().get('content:en:v1')).toEqual([280, 300, 290]);
  });

  it('ignores answers that are not token counts', () => {
    const caps = new OutputTokenCaps(2_048);
    caps.adopt('content:fr:v1', [Number.NaN, -5, 250, 260, 270]);
    expect(caps.recentAnswers().get('content:fr:v1')).toEqual([250, 260, 270]);
  });
});
