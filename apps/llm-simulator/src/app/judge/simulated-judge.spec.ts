import { buildJudgeMessages, JudgeAnswerError, parseJudgeAnswer } from '@content-pipeline/llm-providers';
import type { ProductContent } from '@content-pipeline/contracts';
import { answerJudgePrompt, DEFAULT_JUDGE_SIMULATION } from './simulated-judge';

const content = (n: number): ProductContent => ({
  translatedDescription: `Leichter Rucksack Nummer ${n} aus robustem Nylon.`,
  seoTitle: `Rucksack ${n}`,
  metaDescription: 'Leicht und robust.',
  h1: 'Rucksack',
  marketingCopyA: 'Packt alles ein.',
  marketingCopyB: 'Für jeden Ausflug.',
  marketingCopyC: 'Jetzt bestellen.',
  suggestedKeywords: [],
});
const prompt = (target: ProductContent, language: 'de' | 'ja' = 'de') =>
  buildJudgeMessages({
    skuId: 'SKU-1',
    language,
    source: { productName: '背包', productDescription: '轻便尼龙背包', category: 'bags', attributes: {} },
    content: target,
  })[1].content;

describe('simulated judge', () => {
  it('ignores prompts that are not judge prompts', () => {
    expect(answerJudgePrompt('<task>\nlocalize\n</task>', 42, DEFAULT_JUDGE_SIMULATION)).toBeUndefined();
  });

  it('answers the same version the same way every time, and the pipeline can read every answer', () => {
    const first = answerJudgePrompt(prompt(content(1)), 42, DEFAULT_JUDGE_SIMULATION);
    expect(answerJudgePrompt(prompt(content(1)), 42, DEFAULT_JUDGE_SIMULATION)).toBe(first);
    for (let n = 0; n < 200; n++) {
      const answer = answerJudgePrompt(prompt(content(n)), 42, DEFAULT_JUDGE_SIMULATION)!;
      expect(parseJudgeAnswer(answer, content(n), '轻便尼龙背包').unverifiableSpans).toBe(0);
    }
  });

  it('injects errors at the configured rate, of the configured kinds', () => {
    const judge = { errorRate: 0.3, kinds: ['accuracy/numbers:critical' as const], malformedRate: 0 };
    const flagged = Array.from({ length: 1_000 }, (_, n) =>
      parseJudgeAnswer(answerJudgePrompt(prompt(content(n)), 7, judge)!, content(n), ''),
    ).filter((answer) => answer.annotations.length > 0);
    expect(flagged.length).toBeGreaterThan(250);
    expect(flagged.length).toBeLessThan(350);
    expect(new Set(flagged.flatMap((a) => a.annotations.map((e) => `${e.category}:${e.severity}`)))).toEqual(
      new Set(['accuracy/numbers:critical']),
    );
  });

  it('finds Chinese left untranslated outside Japanese', () => {
    const untranslated = { ...content(1), h1: '轻便背包 Rucksack' };
    const judge = { ...DEFAULT_JUDGE_SIMULATION, errorRate: 0 };
    expect(JSON.parse(answerJudgePrompt(prompt(untranslated), 42, judge)!).errors).toEqual([
      expect.objectContaining({
        field: 'h1',
        span: '轻便背包',
        category: 'accuracy/mistranslation',
        severity: 'major',
      }),
    ]);
    expect(JSON.parse(answerJudgePrompt(prompt(untranslated, 'ja'), 42, judge)!).errors).toEqual([]);
  });

  it('answers malformed at the configured rate, which the pipeline reads as a judge failure', () => {
    const judge = { ...DEFAULT_JUDGE_SIMULATION, malformedRate: 1 };
    const answer = answerJudgePrompt(prompt(content(1)), 42, judge)!;
    expect(() => parseJudgeAnswer(answer, content(1), '')).toThrow(JudgeAnswerError);
  });
});
