import {
  LANGUAGE_PROFILES,
  measureLength,
  type LengthLimit,
  type LengthUnit,
} from '@content-pipeline/languages';
import type { CoreExtraction, ProductContent, TargetLanguage } from '@content-pipeline/llm-providers';
import { mulberry32, hash32 } from './deterministic-random';
import { formatLocaleNumber } from './locale-number';
import { PHRASEBOOKS, type Phrasebook } from './phrasebook';
import { extractSourceLines, type SourceFigure, type SourceLine } from './source-figures';
import {
  BRAND_ROMANIZATION,
  CATEGORY_NOUNS,
  CHINESE_UNIT_WORDS,
  FALLBACK_LABEL,
  FALLBACK_NOUN,
  pick,
  SPEC_LABELS,
} from './vocabulary';

/** The source fields the composer reads. */
export interface ComposerSource {
  skuId: string;
  productName: string;
  productDescription: string;
  category: string;
  brand?: string;
}

const HAN = /\p{Script=Han}/u;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Latin brand for the output: romanised if we know it, else the Latin part, else none. */
function brandOf(source: ComposerSource): string {
  const raw = (source.brand ?? '').trim();
  if (!raw) return '';
  if (BRAND_ROMANIZATION[raw]) return BRAND_ROMANIZATION[raw];
  return raw
    .replace(/\p{Script=Han}+/gu, ' ')
    .replace(/[0-9０-９]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function unitText(unit: string, language: TargetLanguage): string {
  if (!unit) return '';
  if (unit === '℃') return '°C';
  if (unit === '㎡') return 'm²';
  const word = CHINESE_UNIT_WORDS[unit];
  return word ? pick(word, language) : unit;
}

/** One figure written the target language's way. */
export function renderFigure(figure: SourceFigure, language: TargetLanguage): string {
  const joined = (format: (v: string) => string) =>
    figure.values.map((v, i) => (i === 0 ? format(v) : `${figure.separators[i - 1]}${format(v)}`)).join('');
  switch (figure.kind) {
    case 'year':
      return language === 'ja' ? `${figure.values[0]}年` : figure.values[0];
    case 'version':
      return `Bluetooth ${figure.values.join('')}`;
    case 'code':
      return `${figure.prefix}${joined((v) => v)}${/^[A-Za-z+%]*$/.test(figure.unit) ? figure.unit : ''}${figure.suffix}`;
    case 'quantity': {
      const number = joined((v) => formatLocaleNumber(v, language));
      const unit = unitText(figure.unit, language);
      if (!unit) return number;
      if (language === 'ja' || unit === '%') return `${number}${unit}`;
      return `${number} ${unit}`;
    }
  }
}

function labelOf(line: SourceLine, language: TargetLanguage): string {
  const match = SPEC_LABELS.find(([pattern]) => pattern.test(line.text));
  return pick(match ? match[1] : FALLBACK_LABEL, language);
}

/** A length limit with the unit it is measured in. */
type MeasuredLimit = LengthLimit & { unit: LengthUnit };

function fits(text: string, limit: MeasuredLimit): boolean {
  const length = measureLength(text, limit.unit);
  return length >= limit.min && length <= limit.max;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * Builds plausible, deterministic product content in five languages from the Chinese source without a model:
 * a templated spec sentence per source line that carries figures (every source number reproduced in the locale's
 * form, no other number anywhere), plus templated intro, SEO fields and three distinct copies with a CTA.
 * Lines without figures, which includes the catalogue's prompt-injection and forbidden-term lines, are never
 * echoed, so instructions hidden in the source cannot change the output.
 */
export class ContentComposer {
  /** Content for `source` in `language`; `variantKey` (SKU, language, attempt, seed) selects template variants. */
  compose(source: ComposerSource, language: TargetLanguage, variantKey: string): ProductContent {
    const book = PHRASEBOOKS[language];
    const profile = LANGUAGE_PROFILES[language];
    const random = mulberry32(hash32(variantKey));
    const choose = (n: number) => Math.floor(random() * n);
    const brand = brandOf(source);
    const noun = pick(CATEGORY_NOUNS[source.category] ?? FALLBACK_NOUN, language);
    const bn = brand ? book.brandedNoun.replace('{brand}', brand).replace('{noun}', noun) : noun;
    const fill = (template: string) => template.replace(/\{bn\}/g, bn).replace(/\{BN\}/g, capitalise(bn));

    const specs = this.specSentences(source.productDescription, language, book);
    const translated_description = [
      fill(book.intros[choose(book.intros.length)]),
      ...specs,
      book.outros[choose(book.outros.length)],
    ].join(book.sentenceJoiner);

    const seo_title = this.fitTitle(
      capitalise(bn),
      capitalise(noun),
      book,
      { ...profile.seoTitleLength, unit: profile.lengthUnit },
      choose(book.taglines.length),
    );
    const h1 = fill(book.h1s[choose(book.h1s.length)]);
    const meta_description = this.fitMeta(
      book.metaSentences.map(fill),
      book,
      { ...profile.metaDescriptionLength, unit: profile.lengthUnit },
      choose(4),
    );
    return {
      translated_description,
      seo_title,
      meta_description,
      h1:
        h1.toLowerCase() === seo_title.toLowerCase()
          ? `${h1}${book.sentenceJoiner}${book.h1s[0].replace(/\{BN\}|\{bn\}/g, '').trim()}`
          : h1,
      marketing_copy_a: fill(book.copiesA[choose(book.copiesA.length)]),
      marketing_copy_b: fill(book.copiesB[choose(book.copiesB.length)]),
      marketing_copy_c: fill(book.copiesC[choose(book.copiesC.length)]),
      suggested_keywords: [
        ...new Set([bn, noun, ...(brand ? [brand] : []), ...book.keywordSuffixes.map((s) => `${noun} ${s}`)]),
      ],
    };
  }

  /** The language-neutral extraction (English), as the extraction step would return it. */
  extract(source: ComposerSource): CoreExtraction {
    const lines = extractSourceLines(source.productDescription);
    const specs: Record<string, string> = {};
    const features: string[] = [];
    for (const line of lines) {
      const label = labelOf(line, 'en');
      const figures = [...new Set(line.figures.map((f) => renderFigure(f, 'en')))].join(', ');
      specs[label] = specs[label] ? `${specs[label]}; ${figures}` : figures;
      if (!features.includes(label)) features.push(label);
    }
    const noun = pick(CATEGORY_NOUNS[source.category] ?? FALLBACK_NOUN, 'en');
    return {
      core_features: features.slice(0, 8),
      target_audience: `Shoppers looking for a dependable ${noun}`,
      key_benefits: ['Practical everyday use', 'Careful workmanship'],
      technical_specs: specs,
      unique_selling_point: `A ${noun} whose specifications are stated in full`,
    };
  }

  private specSentences(description: string, language: TargetLanguage, book: Phrasebook): string[] {
    const sentences: string[] = [];
    for (const line of extractSourceLines(description)) {
      const figures = [...new Set(line.figures.map((f) => renderFigure(f, language)))];
      const sentence = book.specSentence
        .replace('{label}', labelOf(line, language))
        .replace('{figures}', figures.join(language === 'ja' ? '、' : ', '));
      if (!sentences.includes(sentence)) sentences.push(sentence);
    }
    return sentences;
  }

  private fitTitle(bn: string, noun: string, book: Phrasebook, limit: MeasuredLimit, offset: number): string {
    for (const head of [bn, noun]) {
      for (const tagline of rotate(book.taglines, offset)) {
        const title = `${head}${book.titleSeparator}${tagline}`;
        if (fits(title, limit)) return title;
      }
      for (const [first, second] of [
        [0, 1],
        [1, 2],
        [0, 2],
      ] as const) {
        const title = `${head}${book.titleSeparator}${book.taglines[first]}${book.titleSeparator}${book.taglines[second]}`;
        if (fits(title, limit)) return title;
      }
    }
    return `${noun}${book.titleSeparator}${book.taglines[0]}`;
  }

  private fitMeta(
    sentences: readonly string[],
    book: Phrasebook,
    limit: MeasuredLimit,
    offset: number,
  ): string {
    for (let start = 0; start < sentences.length; start++) {
      let meta = '';
      for (const sentence of rotate(sentences, offset + start)) {
        const next = meta ? `${meta}${book.sentenceJoiner}${sentence}` : sentence;
        if (measureLength(next, limit.unit) <= limit.max) meta = next;
        if (fits(meta, limit)) return meta;
      }
    }
    return sentences.join(book.sentenceJoiner).slice(0, limit.max);
  }
}

/** True when `text` still holds Chinese characters. */
export function containsHan(text: string): boolean {
  return HAN.test(text);
}
