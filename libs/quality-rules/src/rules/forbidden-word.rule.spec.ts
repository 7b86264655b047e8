import { LanguageCode } from '../content-under-review';
import { assessContentQuality } from '../quality-gate';
import { contentFixture } from '../testing/content.fixture';

const spans = (language: LanguageCode, sentence: string): string[] =>
  assessContentQuality(contentFixture(language, { marketing_copy_b: sentence }))
    .issues.filter((issue) => issue.rule === 'forbidden_word')
    .map((issue) => issue.span ?? '');

describe('forbidden_word', () => {
  it.each([
    ['en', 'Cheaper than the rest, and no knock-offs.', ['Cheaper', 'knock-offs']],
    ['es', 'Olvida las imitaciones baratas.', ['baratas', 'imitaciones']],
    ['de', 'Vergessen Sie billige Nachahmungen und Fälschungen.', ['billige', 'Fälschungen', 'Nachahmungen']],
    ['fr', 'Pas chère et jamais une fausse contrefaçon.', ['Pas chère', 'contrefaçon', 'fausse']],
    ['ja', '激安のコピー品ではありません。', ['コピー品', '激安']],
  ] as const)('matches inflected terms in %s', (language, sentence, expected) => {
    expect(spans(language, sentence).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['en', 'A cheerful countertop helper without limitations.'],
    ['es', 'Entrena sin limitaciones.'],
    ['de', 'Eine Matte, die auch in der Ökobilanz überzeugt.'],
    ['fr', 'N’allez pas chercher plus loin.'],
    ['ja', 'コピー用紙もまとめて処分できます。'],
  ] as const)('does not match longer words that merely contain a term (%s)', (language, sentence) => {
    expect(spans(language, sentence)).toEqual([]);
  });

  it('checks every field, and reports critical', () => {
    const report = assessContentQuality(contentFixture('en', { h1: 'Counterfeit-free Voltaro power bank' }));
    expect(report.issues).toEqual([
      expect.objectContaining({ rule: 'forbidden_word', field: 'h1', severity: 'critical' }),
    ]);
  });
});
