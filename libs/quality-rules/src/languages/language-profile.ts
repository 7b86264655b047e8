import type { LanguageProfile as CatalogueLanguageProfile } from '@content-pipeline/languages';

/**
 * The gate's lexicons for one language, as plain data: adding a language or tuning one is an edit to its
 * `*.language.ts` file, never to a rule. Limits, forbidden terms and number formats are in the language catalogue
 * (`@content-pipeline/languages`), shared with the prompts.
 *
 * Patterns are regular-expression sources matched against *folded* text: NFKC-normalised,
 * lower-cased, with diacritics stripped (`Fälschung` → `falschung`, `Cómprala` → `comprala`),
 * so one pattern covers accented and unaccented spellings.
 */
export interface LanguageRuleData {
  /**
   * Calls to action. `sentenceStart` patterns must match at the start of a sentence (imperatives
   * that are also nouns: *Order* vs *your order*); `anywhere` patterns are unambiguous.
   */
  callToAction: { sentenceStart: string[]; anywhere: string[] };
  /** Number words (folded) and their values: *two-year warranty*, *zwei Jahre*, *doce colores*. */
  numberWords: Record<string, number>;
  /**
   * Word endings after a number word that still make it a quantity (German `zweijährig`,
   * `dreistufig`), as opposed to a word that merely contains a numeral (`Dreiecke`).
   */
  numberWordCompoundSuffixes: string[];
  /** Number words that are also ordinary words (French *neuf*, new), never read as an invented count. */
  ambiguousNumberWords?: string[];
  /** Frequent function words (lower-cased, accents kept) used to recognise the language of a field. */
  stopwords: string[];
  /** Characters that are evidence for this language (`ß`, `ñ`, `ç`). */
  distinctiveCharacters: string;
  /** Words after a number that scale it (*13.8 billion*, *2,5 Millionen*), longest first when they overlap. */
  numberScaleWords: Record<string, number>;
  /** Model chatter written in this language; see {@link ModelChatterLexicon}. */
  modelChatter: ModelChatterLexicon;
  /** What makes copy unsafe for a storefront in this language; see {@link SafetyLexicon}. */
  safety: SafetyLexicon;
}

/**
 * Model chatter that leaks into a field, as folded regex sources. Each entry names the shape of the chatter
 * (a label followed by a colon or dash, an announcement of the output, words addressed to the requester), so
 * ordinary copy that shares words with it ("our support team is happy to help") does not match.
 */
export interface ModelChatterLexicon {
  /** Labels a model leaves before a field's text (`title`, `titre`, `タイトル`); the rule adds the colon or dash. */
  fieldLabels: string[];
  /** Sentences announcing the output (`here is the translation:`, `voici la traduction :`, `以下が翻訳です：`). */
  leadIns: string[];
  /** Sign-offs and disclaimers addressed to the requester (`i hope this helps`, `as a language model`). */
  signOffs: string[];
  /**
   * Notes about the output rather than the product: translator's notes (`[N. del T.: …]`, `訳注`), notes that talk
   * about the translation or the source, character or word counts (`(155 caracteres)`, `（全角28文字）`) and the name
   * of the copy variant (`— versión emocional`).
   */
  annotations: string[];
  /**
   * Nouns naming a piece of the output (copy, text, version, title, meta…): a short line-start label ending in one
   * (`Emotional copy:`, `Accroche émotionnelle :`, `エモーショナル版：`) is a label, whatever its other words.
   */
  textNouns: string[];
  /** Words for translating or localising: a first line or last paragraph that uses one talks about the output. */
  translationWords: string[];
  /** True where an adjective follows its noun in a label (es, fr: `Copy emocional:`), false where it precedes it. */
  labelAdjectiveFollows: boolean;
}

/** Storefront safety lexicons, as folded regex sources. */
export interface SafetyLexicon {
  /** Words naming a contact channel (call, phone, e-mail, WhatsApp, LINE…): a number or ID after one is contact data. */
  contactCues: string[];
  /** Sentences addressed to a model rather than a shopper (`ignore all previous instructions`). */
  injection: string[];
}

/** Everything a rule knows about a language: the catalogue's profile and the gate's lexicons. */
export type LanguageProfile = CatalogueLanguageProfile & LanguageRuleData;

export type { ForbiddenTermDefinition, LengthLimit } from '@content-pipeline/languages';
