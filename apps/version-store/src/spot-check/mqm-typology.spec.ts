import type { ProductContent } from '@content-pipeline/contracts';
import { MarkedError, spotCheckProblems } from './mqm-typology';

const CONTENT: ProductContent = {
  translatedDescription: 'Up to 58 hours of battery life.',
  seoTitle: 'Orbis Earbuds',
  metaDescription: 'Meta',
  h1: 'Orbis',
  marketingCopyA: 'A',
  marketingCopyB: 'B',
  marketingCopyC: 'C',
  suggestedKeywords: [],
};

const numbers: MarkedError = {
  category: 'accuracy/numbers',
  severity: 'major',
  field: 'translatedDescription',
  start: 6,
  end: 8,
};

describe('spotCheckProblems', () => {
  it('accepts a failed check with an error inside its field, and a clean pass', () => {
    expect(spotCheckProblems('not_publishable', [numbers], CONTENT)).toEqual([]);
    expect(spotCheckProblems('publishable', [], CONTENT)).toEqual([]);
    expect(spotCheckProblems('publishable', [{ ...numbers, severity: 'minor' }], CONTENT)).toEqual([]);
  });

  it('accepts a span that ends exactly at the end of the field', () => {
    expect(
      spotCheckProblems('not_publishable', [{ ...numbers, field: 'seoTitle', start: 0, end: 13 }], CONTENT),
    ).toEqual([]);
  });

  it('refuses a span past the end of its field, naming the field and its length', () => {
    expect(
      spotCheckProblems('not_publishable', [{ ...numbers, field: 'h1', start: 0, end: 6 }], CONTENT),
    ).toEqual(['errors[0].end 6 is past the end of h1 (5 characters)']);
  });

  it('refuses a reversed span and an empty one except for an omission', () => {
    expect(spotCheckProblems('not_publishable', [{ ...numbers, start: 5, end: 2 }], CONTENT)).toEqual([
      'errors[0].start must not be after end',
    ]);
    expect(spotCheckProblems('not_publishable', [{ ...numbers, start: 3, end: 3 }], CONTENT)[0]).toContain(
      'empty span',
    );
    expect(
      spotCheckProblems(
        'not_publishable',
        [{ ...numbers, category: 'accuracy/omission', start: 3, end: 3 }],
        CONTENT,
      ),
    ).toEqual([]);
  });

  it('refuses a failed verdict without errors and a publishable one with a critical error', () => {
    expect(spotCheckProblems('not_publishable', [], CONTENT)).toEqual([
      'a not_publishable verdict needs at least one error saying why',
    ]);
    expect(spotCheckProblems('publishable', [{ ...numbers, severity: 'critical' }], CONTENT)).toEqual([
      'a version with a critical error cannot be publishable as is',
    ]);
  });
});
