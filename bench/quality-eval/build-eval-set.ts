// Builds the quality gate's own evaluation set from eval-products.ts and eval-phrases.ts, and writes it as two
// halves: data/qa/eval-tune.jsonl (may be looked at while tuning) and data/qa/eval-holdout.jsonl (may not), plus
// data/qa/eval-fresh.jsonl, a blind third part with its own SKUs and wording (eval-fresh.ts).
// The halves share no SKU and no injected wording. Labels follow the shared QA set's conventions; the
// mechanical ones (lengths, h1, empty fields) are recomputed from the definitions after every injection, so a
// defect that also breaks a length is labelled with both.
//
//   node -r @swc-node/register bench/quality-eval/build-eval-set.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LANGUAGE_PROFILES, LANGUAGES, type Language } from '@content-pipeline/languages';
import { EVAL_PRODUCTS, EvalProduct } from './eval-products';
import { type Content, inRange, lengthOf, mechanicalLabels } from './mechanical-labels';
import { FRESH_PHRASES, FRESH_PRODUCTS } from './eval-fresh';
import {
  COPY_A,
  COPY_B,
  COPY_C,
  FIELD_LABEL,
  FORBIDDEN_SENTENCE,
  H1_TEMPLATE,
  INVENTED_SENTENCE,
  LEAD_IN,
  LOOK_ALIKE_SENTENCE,
  META_FILLERS,
  META_OPENING,
  SIGN_OFF,
  SLOGAN_COPY,
  TITLE_SUFFIX,
  UNSAFE_SENTENCE,
} from './eval-phrases';

type Split = 'tune' | 'holdout' | 'fresh';
/** What a case probes: clean copy, legitimate copy that resembles unsafe content, or an injected defect. */
type Probe = 'clean' | 'lookalike' | 'defect';

interface EvalCase {
  id: string;
  language: Language;
  probe: Probe;
  source: { product_name: string; product_description: string; category: string };
  content: Content;
  expected: { clean: boolean; defects: string[] };
}

const OUTPUT_DIR = path.join(__dirname, '../../data/qa');
/** Defect variants per rule, SKU and language. */
const VARIANTS = 2;

/** The wording defects and look-alikes are written with. */
type PhraseBook = typeof FRESH_PHRASES;

/** The wording of the tune and holdout halves (split between them by position, see `half`). */
const SHARED_PHRASES: PhraseBook = {
  forbidden: FORBIDDEN_SENTENCE,
  slogan: SLOGAN_COPY,
  invented: INVENTED_SENTENCE,
  leadIn: LEAD_IN,
  label: FIELD_LABEL,
  signOff: SIGN_OFF,
  unsafe: UNSAFE_SENTENCE,
  lookAlike: LOOK_ALIKE_SENTENCE,
  chineseLeftover: ['这款产品设计精美，质量可靠。', '我们为您提供优质的售后服务。'],
};

const phrasesOf = (split: Split): PhraseBook => (split === 'fresh' ? FRESH_PHRASES : SHARED_PHRASES);

/**
 * The pool entries of one half: even positions for tuning, odd ones for the holdout; the fresh half has a
 * wording of its own and takes all of it.
 */
function half<T>(pool: readonly T[], split: Split): T[] {
  if (split === 'fresh') return [...pool];
  const kept = pool.filter((_, index) => index % 2 === (split === 'tune' ? 0 : 1));
  return kept.length ? kept : [...pool];
}

const pick = <T>(pool: readonly T[], n: number): T => pool[n % pool.length];

const separator = (language: Language): string => (language === 'ja' ? '' : ' ');

function cleanTitle(product: EvalProduct, language: Language): string {
  const { name, key } = product.copy[language];
  const candidates = [
    `${name} | ${key}`,
    `${name} ${key}`,
    name,
    `${name} | ${TITLE_SUFFIX[language]}`,
    `${name} | ${key} | ${TITLE_SUFFIX[language]}`,
  ];
  const title = candidates.find((candidate) => inRange(candidate, language, 'seoTitleLength'));
  if (!title) throw new Error(`${product.sku} ${language}: no title candidate fits the length limits`);
  return title;
}

function cleanMeta(product: EvalProduct, language: Language): string {
  const { name, key } = product.copy[language];
  const fillers = META_FILLERS[language];
  const { max } = LANGUAGE_PROFILES[language].metaDescriptionLength;
  const openings = [
    META_OPENING[language](name, key),
    META_OPENING[language](key, '').replace(/[ 。.]+$/, ''),
  ];
  for (const opening of openings) {
    let meta = opening;
    for (const filler of fillers) {
      if (inRange(meta, language, 'metaDescriptionLength')) return meta;
      const longer = `${meta}${separator(language)}${filler}`;
      if (lengthOf(longer, language) <= max) meta = longer;
    }
    if (inRange(meta, language, 'metaDescriptionLength')) return meta;
  }
  throw new Error(`${product.sku} ${language}: no meta description fits the length limits`);
}

function cleanContent(product: EvalProduct, language: Language): Content {
  const { name, key, description } = product.copy[language];
  return {
    translated_description: description,
    seo_title: cleanTitle(product, language),
    meta_description: cleanMeta(product, language),
    h1: H1_TEMPLATE[language](name),
    marketing_copy_a: COPY_A[language](name, key),
    marketing_copy_b: COPY_B[language],
    marketing_copy_c: COPY_C[language],
  };
}

const appendTo = (text: string, sentence: string, language: Language): string =>
  `${text}${separator(language)}${sentence}`;

/** The language whose copy replaces a field in a wrong_language case. */
const SWAPPED_LANGUAGE: Record<Language, Language> = { en: 'de', de: 'fr', fr: 'es', es: 'en', ja: 'en' };

/** Sentences of a description, split after ., !, ? or 。 */
const sentences = (text: string): string[] => text.match(/[^.!?。]+(?:[.!?。]+|$)/g) ?? [text];
const digitTokens = (text: string): string[] => text.normalize('NFKC').match(/\d+(?:[.,]\d+)?/g) ?? [];

/**
 * A description with one spec sentence removed, when that sentence carries a digit number the rest of the
 * description does not repeat (so the value really is dropped).
 */
function withoutSpecSentence(description: string, n: number): string | undefined {
  const parts = sentences(description);
  const candidates = parts
    .map((sentence, index) => ({ sentence, index }))
    .filter(({ sentence, index }) => {
      const rest = parts.filter((_, other) => other !== index).join(' ');
      const restDigits = new Set(digitTokens(rest));
      return digitTokens(sentence).some(
        (token) => Number(token.replace(',', '.')) >= 10 && !restDigits.has(token),
      );
    });
  if (!candidates.length) return undefined;
  const { index } = pick(candidates, n);
  return parts
    .filter((_, other) => other !== index)
    .join('')
    .trim();
}

/** A description with one of its numbers (≥ 10, written once) changed to another value. */
function withChangedNumber(description: string, n: number): string | undefined {
  const tokens = digitTokens(description).filter(
    (token) =>
      /^\d+$/.test(token) &&
      Number(token) >= 10 &&
      digitTokens(description).filter((t) => t === token).length === 1,
  );
  if (!tokens.length) return undefined;
  const token = pick(tokens, n);
  const changed = String(Number(token) + (Number(token) >= 100 ? 70 : 7));
  return description.replace(new RegExp(`(?<![\\d.,])${token}(?![\\d])`), changed);
}

type Injection = { content: Content; defects: string[] } | undefined;

/** The injectors, by rule: variant `n` of the defect on a clean content. */
function injectors(
  product: EvalProduct,
  language: Language,
  split: Split,
): Record<string, (clean: Content, n: number) => Injection> {
  const other = SWAPPED_LANGUAGE[language];
  const phrases = phrasesOf(split);
  return {
    seo_title_length: (clean, n) => ({
      content: {
        ...clean,
        seo_title:
          n % 2 === 0
            ? `${clean.seo_title} | ${pick(half(META_FILLERS[language], split), n)}`
            : `${product.copy[language].name.split(' ')[0]} ${TITLE_SUFFIX[language]}`,
      },
      defects: ['seo_title_length'],
    }),
    meta_description_length: (clean, n) => ({
      content: {
        ...clean,
        meta_description:
          n % 2 === 0
            ? [clean.meta_description, ...META_FILLERS[language], ...META_FILLERS[language]].join(
                separator(language),
              )
            : sentences(clean.meta_description)[0].trim().slice(0, 40),
      },
      defects: ['meta_description_length'],
    }),
    h1_same_as_title: (clean, n) => ({
      content: {
        ...clean,
        h1: n % 2 === 0 ? clean.seo_title : clean.seo_title.toUpperCase().replace(/\|/g, '-'),
      },
      defects: ['h1_same_as_title'],
    }),
    forbidden_word: (clean, n) => {
      const sentence = pick(half(phrases.forbidden[language], split), n + product.sku.length);
      return n % 2 === 0
        ? {
            content: {
              ...clean,
              translated_description: appendTo(clean.translated_description, sentence, language),
            },
            defects: ['forbidden_word'],
          }
        : {
            content: { ...clean, marketing_copy_a: appendTo(clean.marketing_copy_a, sentence, language) },
            defects: ['forbidden_word'],
          };
    },
    missing_cta: (clean, n) => {
      const slogan = pick(half(phrases.slogan[language], split), n);
      return n % 2 === 0
        ? {
            content: {
              ...clean,
              marketing_copy_b: sentences(clean.marketing_copy_b).slice(0, -1).join('').trim() || slogan,
            },
            defects: ['missing_cta'],
          }
        : { content: { ...clean, marketing_copy_c: slogan }, defects: ['missing_cta'] };
    },
    number_dropped: (clean, n) => {
      if (n % 2 === 0) {
        const description = withoutSpecSentence(clean.translated_description, n);
        return description
          ? { content: { ...clean, translated_description: description }, defects: ['number_dropped'] }
          : undefined;
      }
      const description = withChangedNumber(clean.translated_description, n);
      return description
        ? {
            content: { ...clean, translated_description: description },
            defects: ['number_dropped', 'number_invented'],
          }
        : undefined;
    },
    number_invented: (clean, n) => {
      const sentence = pick(half(phrases.invented[language], split), n + Number(product.sku.slice(1)));
      if (n % 2 === 0)
        return {
          content: {
            ...clean,
            translated_description: appendTo(clean.translated_description, sentence, language),
          },
          defects: ['number_invented'],
        };
      const title = withChangedNumber(clean.seo_title, 0);
      return title
        ? { content: { ...clean, seo_title: title }, defects: ['number_invented'] }
        : {
            content: {
              ...clean,
              meta_description: `${sentence}${separator(language)}${clean.meta_description}`,
            },
            defects: ['number_invented'],
          };
    },
    untranslated_text: (clean, n) => {
      const leftover = pick(phrases.chineseLeftover, n + (split === 'tune' ? 0 : 1));
      if (language !== 'ja' && n % 2 === 1)
        return { content: { ...clean, h1: product.productName }, defects: ['untranslated_text'] };
      return n % 2 === 0
        ? {
            content: {
              ...clean,
              translated_description: appendTo(clean.translated_description, leftover, language),
            },
            defects: ['untranslated_text'],
          }
        : {
            content: { ...clean, marketing_copy_b: appendTo(clean.marketing_copy_b, leftover, language) },
            defects: ['untranslated_text'],
          };
    },
    wrong_language: (clean, n) =>
      n % 2 === 0
        ? {
            content: { ...clean, translated_description: product.copy[other].description },
            defects: ['wrong_language'],
          }
        : { content: { ...clean, marketing_copy_b: COPY_B[other] }, defects: ['wrong_language'] },
    empty_field: (clean, n) => {
      const field = pick(
        [
          'marketing_copy_c',
          'meta_description',
          'h1',
          'seo_title',
          'translated_description',
          'marketing_copy_a',
        ] as const,
        n + Number(product.sku.slice(1)),
      );
      return { content: { ...clean, [field]: pick(['', ' ', '\n', '\t '], n) }, defects: ['empty_field'] };
    },
    duplicate_copy: (clean, n) =>
      n % 2 === 0
        ? { content: { ...clean, marketing_copy_b: clean.marketing_copy_a }, defects: ['duplicate_copy'] }
        : {
            content: {
              ...clean,
              marketing_copy_c: sentences(clean.marketing_copy_b)
                .slice()
                .reverse()
                .join(separator(language))
                .trim(),
            },
            defects: ['duplicate_copy'],
          },
    llm_artifact: (clean, n) => {
      const kind = (n + Number(product.sku.slice(1))) % 3;
      if (kind === 0) {
        const leadIn = pick(half(phrases.leadIn[language], split), n + product.sku.length);
        return {
          content: { ...clean, translated_description: `${leadIn}\n${clean.translated_description}` },
          defects: ['llm_artifact'],
        };
      }
      if (kind === 1) {
        const labels = phrases.label[language];
        return n % 2 === 0
          ? {
              content: { ...clean, seo_title: `${pick(half(labels.title, split), n)}${clean.seo_title}` },
              defects: ['llm_artifact'],
            }
          : {
              content: {
                ...clean,
                translated_description: `${pick(half(labels.description, split), n)}${clean.translated_description}`,
              },
              defects: ['llm_artifact'],
            };
      }
      const signOff = pick(half(phrases.signOff[language], split), n);
      return {
        content: { ...clean, marketing_copy_a: appendTo(clean.marketing_copy_a, signOff, language) },
        defects: ['llm_artifact'],
      };
    },
    ...Object.fromEntries(
      Object.entries(phrases.unsafe).map(([rule, pools]) => [
        rule,
        (clean: Content, n: number): Injection => {
          const sentence = pick(half(pools[language], split), n + Number(product.sku.slice(1)));
          return n % 2 === 0
            ? {
                content: {
                  ...clean,
                  translated_description: appendTo(clean.translated_description, sentence, language),
                },
                defects: [rule],
              }
            : {
                content: { ...clean, marketing_copy_a: appendTo(clean.marketing_copy_a, sentence, language) },
                defects: [rule],
              };
        },
      ]),
    ),
  };
}

/** Look-alikes: legitimate sentences resembling unsafe content, and a title with a colon. */
function lookAlikes(product: EvalProduct, language: Language, split: Split, clean: Content): Content[] {
  const own = product.lookAlikes?.[language] ?? [];
  const pool = [...half(phrasesOf(split).lookAlike[language], split), ...own];
  const cases = pool.map((sentence, index) =>
    index % 2 === 0
      ? { ...clean, translated_description: appendTo(clean.translated_description, sentence, language) }
      : { ...clean, marketing_copy_b: appendTo(clean.marketing_copy_b, sentence, language) },
  );
  const { name, key } = product.copy[language];
  const colonTitle = language === 'ja' ? `${name}：${key}` : `${name}: ${key}`;
  if (inRange(colonTitle, language, 'seoTitleLength')) cases.push({ ...clean, seo_title: colonTitle });
  return cases;
}

function sourceOf(product: EvalProduct): EvalCase['source'] {
  return {
    product_name: product.productName,
    product_description: product.productDescription,
    category: product.category,
  };
}

function build(split: Split): EvalCase[] {
  const cases: EvalCase[] = [];
  const products =
    split === 'fresh' ? FRESH_PRODUCTS : EVAL_PRODUCTS.filter((candidate) => candidate.split === split);
  for (const product of products) {
    for (const language of LANGUAGES) {
      const id = (suffix: string) => `${split}-${product.sku}-${language}-${suffix}`;
      const clean = cleanContent(product, language);
      const cleanLabels = mechanicalLabels(clean, language);
      if (cleanLabels.length)
        throw new Error(`${product.sku} ${language}: clean copy breaks ${cleanLabels.join(', ')}`);
      const base = { language, source: sourceOf(product) };
      cases.push({
        id: id('clean'),
        ...base,
        probe: 'clean',
        content: clean,
        expected: { clean: true, defects: [] },
      });
      lookAlikes(product, language, split, clean).forEach((content, index) => {
        const labels = mechanicalLabels(content, language);
        if (labels.length)
          throw new Error(`${product.sku} ${language}: look-alike ${index} breaks ${labels.join(', ')}`);
        cases.push({
          id: id(`lookalike${index}`),
          ...base,
          probe: 'lookalike',
          content,
          expected: { clean: true, defects: [] },
        });
      });
      for (const [rule, inject] of Object.entries(injectors(product, language, split))) {
        for (let n = 0; n < VARIANTS; n++) {
          const injected = inject(clean, n);
          if (!injected) continue;
          const defects = [
            ...new Set([...injected.defects, ...mechanicalLabels(injected.content, language)]),
          ];
          cases.push({
            id: id(`${rule}${n}`),
            ...base,
            probe: 'defect',
            content: injected.content,
            expected: { clean: false, defects },
          });
        }
      }
    }
  }
  return cases;
}

function main(): void {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const split of ['tune', 'holdout', 'fresh'] as const) {
    const cases = build(split);
    const file = path.join(OUTPUT_DIR, `eval-${split}.jsonl`);
    fs.writeFileSync(file, cases.map((labelled) => JSON.stringify(labelled)).join('\n') + '\n');
    const clean = cases.filter((labelled) => labelled.probe === 'clean').length;
    const lookalike = cases.filter((labelled) => labelled.probe === 'lookalike').length;
    console.log(
      `${file}: ${cases.length} cases (${clean} clean, ${lookalike} look-alikes, ${cases.length - clean - lookalike} defective)`,
    );
  }
}

main();
