// Builds a blind evaluation set from hand-written clean listings (one product in one language each, every field
// written by hand) and defect injectors whose wording is given per set. Labels follow the shared QA set's
// definitions; the mechanical ones (lengths, h1, empty fields and what an empty field breaks) are recomputed
// after every injection, so a label prefix that also makes a title too long is labelled with both.
import type { Language } from '@content-pipeline/languages';
import { type Content, lengthOf, mechanicalLabels } from './mechanical-labels';

export type { Content };
export type Field = keyof Content;

/** A number defect written for one listing: `find` in `field` becomes `replace` (or `replace` is appended). */
export interface NumberEdit {
  field: Field;
  find?: string;
  replace: string;
  labels: string[];
}

/** One hand-written clean listing of a blind set. */
export interface BlindListing {
  sku: string;
  category: string;
  language: Language;
  productName: string;
  productDescription: string;
  content: Content;
  /** An invented (or changed) number, labelled as the definitions say. */
  invent: NumberEdit;
  /** A sentence of the description carrying a source number said nowhere else; removing it drops that number. */
  drop: string;
}

/** A listing from its parts in the order the round files write them. */
export const listing = (
  sku: string,
  category: string,
  language: Language,
  productName: string,
  productDescription: string,
  content: BlindListing['content'],
  invent: BlindListing['invent'],
  drop: string,
): BlindListing => ({ sku, category, language, productName, productDescription, content, invent, drop });

/** One artifact style: the fields it changes in a clean listing. */
export type Artifact = (content: Content) => Partial<Content>;

/** `text` with `insert` placed after its `n`-th sentence (Latin scripts; a decimal point ends no sentence). */
export const afterSentence = (text: string, n: number, insert: string): string => {
  const parts = text.split(/(?<=\D[.!?])\s+/);
  return [...parts.slice(0, n), insert, ...parts.slice(n)].join(' ');
};

/** The same for Japanese, after the `n`-th 。 */
export const afterSentenceJa = (text: string, n: number, insert: string): string => {
  const parts = text.match(/[^。]+。/g) ?? [text];
  return [...parts.slice(0, n), insert, ...parts.slice(n)].join('');
};

/** The wording of one blind set's defects, per language. */
export interface DefectWording {
  /** Model chatter and formatting, each a different style; listing k of a language takes the next styles in turn. */
  artifacts: Artifact[];
  forbidden: string[];
  slogans: string[];
  /** Untranslated Chinese for ja (simplified-only characters); other languages reuse the source. */
  chineseLeftovers: string[];
  /** A phrase a near-duplicate copy gains in front. */
  duplicateLead: string;
  /** Keywords that make a title too long (no digits). */
  titleStuffing: string;
}

export interface BlindCase {
  id: string;
  language: Language;
  probe: 'clean' | 'defect';
  source: { product_name: string; product_description: string; category: string };
  content: Content;
  expected: { clean: boolean; defects: string[] };
}

const OTHER_RULES = [
  'seo_title_length',
  'meta_description_length',
  'h1_same_as_title',
  'forbidden_word',
  'missing_cta',
  'number_dropped',
  'untranslated_text',
  'wrong_language',
  'empty_field',
  'duplicate_copy',
] as const;

const sentences = (text: string): string[] =>
  (text.match(/[^.!?。！？]+(?:[.!?。！？]+|$)/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
const joinSentences = (parts: string[], language: Language) => parts.join(language === 'ja' ? '' : ' ');
const sep = (language: Language) => (language === 'ja' ? '' : ' ');

/** Problems with a clean listing that would make its label wrong. */
export function cleanListingProblems(listing: BlindListing): string[] {
  const labels = mechanicalLabels(listing.content, listing.language);
  const problems = labels.map((label) => `${listing.sku}-${listing.language}: clean copy breaks ${label}`);
  const { seo_title, meta_description } = listing.content;
  if (problems.length)
    problems.push(
      `  title ${lengthOf(seo_title, listing.language)}, meta ${lengthOf(meta_description, listing.language)}`,
    );
  if (!listing.content.translated_description.includes(listing.drop))
    problems.push(`${listing.sku}-${listing.language}: drop sentence not in the description`);
  const { field, find } = listing.invent;
  if (find && !listing.content[field].includes(find))
    problems.push(`${listing.sku}-${listing.language}: invent text not in ${field}`);
  return problems;
}

/** Every case of a blind set: per listing its clean case, artifact variants, one number edit and four others. */
export function buildBlindSet(
  prefix: string,
  listings: readonly BlindListing[],
  wording: Record<Language, DefectWording>,
  artifactsPerListing = 2,
): BlindCase[] {
  const cases: BlindCase[] = [];
  const position = new Map<Language, number>();
  for (const listing of listings) {
    const k = position.get(listing.language) ?? 0;
    position.set(listing.language, k + 1);
    const { language } = listing;
    const words = wording[language];
    const clean = listing.content;
    const source = {
      product_name: listing.productName,
      product_description: listing.productDescription,
      category: listing.category,
    };
    const other = listings.find((l) => l.sku === listing.sku && l.language !== language);
    const push = (kind: string, content: Content, defects: string[]) => {
      const labels = [...new Set([...defects, ...mechanicalLabels(content, language)])].sort();
      cases.push({
        id: `${prefix}-${listing.sku}-${language}-${kind}`,
        language,
        probe: labels.length ? 'defect' : 'clean',
        source,
        content,
        expected: { clean: labels.length === 0, defects: labels },
      });
    };
    push('clean', clean, []);
    const styles = Array.from({ length: artifactsPerListing }, (_, i) => artifactsPerListing * k + i);
    for (const style of styles) {
      const artifact = words.artifacts[style % words.artifacts.length];
      push(`artifact${style}`, { ...clean, ...artifact(clean) }, ['llm_artifact']);
    }
    const { field, find, replace, labels } = listing.invent;
    const edited = find ? clean[field].replace(find, replace) : `${clean[field]}${sep(language)}${replace}`;
    push('invented', { ...clean, [field]: edited }, labels);

    for (let j = 0; j < 4; j++) {
      const rule = OTHER_RULES[(4 * k + j) % OTHER_RULES.length];
      const variant = k % 2;
      const injected = inject(rule, variant, listing, clean, words, other);
      if (injected) push(`${rule}${variant}`, injected.content, injected.defects);
    }
  }
  return cases;
}

function inject(
  rule: (typeof OTHER_RULES)[number],
  variant: number,
  listing: BlindListing,
  clean: Content,
  words: DefectWording,
  other: BlindListing | undefined,
): { content: Content; defects: string[] } | undefined {
  const { language } = listing;
  const one = (content: Partial<Content>, defects: string[] = [rule]) => ({
    content: { ...clean, ...content },
    defects,
  });
  switch (rule) {
    case 'seo_title_length': {
      if (variant === 0) return one({ seo_title: `${clean.seo_title}${words.titleStuffing}` });
      const short =
        language === 'ja'
          ? [...clean.seo_title].slice(0, 6).join('')
          : clean.seo_title.split(/\s+/).slice(0, 2).join(' ');
      return one({ seo_title: short });
    }
    case 'meta_description_length': {
      if (variant === 0) {
        const first = sentences(clean.meta_description)[0];
        const cut =
          language === 'ja' ? [...first].slice(0, 20).join('') : first.split(' ').slice(0, 6).join(' ');
        return one({ meta_description: cut });
      }
      return one({
        meta_description: `${clean.meta_description}${sep(language)}${sentences(clean.translated_description)[0]}`,
      });
    }
    case 'h1_same_as_title':
      return one({
        h1: variant === 0 ? clean.seo_title : clean.seo_title.toUpperCase().replace(/[|,–]/g, ' '),
      });
    case 'forbidden_word': {
      const sentence = words.forbidden[(listing.sku.charCodeAt(2) + variant) % words.forbidden.length];
      const target: Field = variant === 0 ? 'translated_description' : 'marketing_copy_b';
      return one({ [target]: `${clean[target]}${sep(language)}${sentence}` });
    }
    case 'missing_cta': {
      if (variant === 0) {
        const kept = sentences(clean.marketing_copy_b).slice(0, -1);
        return one({ marketing_copy_b: kept.length ? joinSentences(kept, language) : words.slogans[0] });
      }
      return one({ marketing_copy_c: words.slogans[listing.sku.charCodeAt(2) % words.slogans.length] });
    }
    case 'number_dropped':
      return one({
        translated_description: clean.translated_description
          .replace(listing.drop, '')
          .replace(/\s{2,}/g, ' ')
          .trim(),
      });
    case 'untranslated_text': {
      if (language === 'ja')
        return one({
          translated_description: `${clean.translated_description}${words.chineseLeftovers[variant % words.chineseLeftovers.length]}`,
        });
      if (variant === 1) return one({ h1: listing.productName });
      const leftover = sentences(listing.productDescription)[0];
      return one({ translated_description: `${clean.translated_description} ${leftover}` });
    }
    case 'wrong_language': {
      if (!other) return undefined;
      const field: Field = (['translated_description', 'meta_description', 'marketing_copy_b'] as const)[
        (variant + listing.sku.charCodeAt(2)) % 3
      ];
      return one({ [field]: other.content[field] });
    }
    case 'empty_field': {
      const field: Field = (
        ['translated_description', 'seo_title', 'meta_description', 'h1', 'marketing_copy_b'] as const
      )[(variant + 2 * listing.sku.charCodeAt(2)) % 5];
      return one({ [field]: variant === 0 ? '' : ' \n ' });
    }
    case 'duplicate_copy':
      if (variant === 0) return one({ marketing_copy_c: `${words.duplicateLead}${clean.marketing_copy_a}` });
      return one({ marketing_copy_b: joinSentences(sentences(clean.marketing_copy_a).reverse(), language) });
  }
}
