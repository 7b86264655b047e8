import { LanguageCode } from '../../content-under-review';
import { LanguageProfile, MetaVocabulary } from '../../languages/language-profile';

/** One language's meta vocabulary compiled to whole-word matchers, merged with English's. */
export interface CompiledMetaVocabulary {
  code: LanguageCode;
  fieldNames: RegExp;
  textNouns: RegExp;
  /**
   * Every word a label may hold (field names, text nouns, qualifiers, glue, task words, count units, language
   * names), global: a label is meta when nothing but variant marks is left after they are stripped.
   */
  labelParts: RegExp;
  taskWords: RegExp;
  countUnits: RegExp;
  /** A count after a limit word: a limit offered to the shopper (`up to 20 characters`, `最大20文字まで`). */
  offeredLimit: RegExp;
  /** Any number after a limit word (`jusqu'à 10 lettres`, `up to 8 hours`): what a shopper is offered. */
  limitedNumber: RegExp;
  pointers: RegExp;
  acknowledgements: RegExp;
  firstPerson: RegExp;
  requests: RegExp;
  questions: RegExp;
  offers: RegExp;
  editReports: RegExp;
  hopes: RegExp;
  helps: RegExp;
  closings: RegExp;
  greetings: RegExp;
  styleWords: RegExp;
  merchantWords: RegExp;
  placeholderWords: RegExp;
  /** Matches a bracket's whole text when it is only a slot for the editor (`date`, `Preis`). */
  placeholderNouns: RegExp;
  instructions: RegExp;
  /** Matches a label's or an aside key's whole text when it is an attribute of the writing (`tone`, `zielgruppe`). */
  annotationKey: RegExp;
  /** Matches a word that is all of a style word (`tono`, `Tonalität`). */
  styleWord: RegExp;
  selfNames: RegExp;
  /** A label that is only a spec name (`Output`), to leave alone before a number. */
  specName: RegExp;
  /** A label core that opens or ends with the name of a page element (`on-page heading`, `intitulé h1`). */
  labelHead: RegExp;
  languageNames: RegExp;
  endMarkers: RegExp;
  noteWords: RegExp;
  hedges: RegExp;
  reviewRequests: RegExp;
  /** Matches a segment's whole text when it only says where the text stands in a review (`[v2 – à valider]`). */
  statusMark: RegExp;
  wordingChoices: RegExp;
  /** Matches all of what stands between two quoted wordings when it puts one in the other's place. */
  wordingSwap: RegExp;
  reasons: RegExp;
  alternativeWordings: RegExp;
  /**
   * English function words that are not also this language's (`the`, `about`, `here`), global, and this language's
   * own, for telling a remark in English inside a German, Spanish, French or Japanese field; absent in English.
   */
  englishRemark?: { english: RegExp; own: RegExp };
  /** True when the language writes without spaces between words (no word boundaries to match on). */
  unspaced: boolean;
}

type WordList = Exclude<keyof MetaVocabulary, 'compoundNouns'>;

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';

const alternation = (entries: readonly string[]): string =>
  entries.length === 0 ? '(?!)' : entries.map((e) => `(?:${e})`).join('|');

/** Words of one list in the target language and in English (models chatter in English whatever the target). */
const merged = (list: WordList, vocabularies: readonly MetaVocabulary[]): string[] => [
  ...new Set(vocabularies.flatMap((vocabulary) => vocabulary[list])),
];

/**
 * A label's core opening or ending with a page element's name. German and Japanese build compounds on it
 * (`Produktüberschrift`, `検索結果用タイトル`), so there its end need not start a word; a Japanese label ends with it
 * (`コピー用紙` is copy paper).
 */
function labelHeadMatcher(heads: readonly string[], unspaced: boolean, compounds: boolean): RegExp {
  const names = alternation(heads);
  if (unspaced) return new RegExp(`(?:${names})$`, 'iu');
  const before = compounds ? '' : LETTER_BEFORE;
  return new RegExp(`^(?:${names})${LETTER_AFTER}|${before}(?:${names})$`, 'iu');
}

/** A version mark beside a status (`v2`, `V3`, `rev. 2`). */
const VERSION_MARK = '(?:v|rev\\.?\\s?)\\d{1,2}';

/**
 * Status words alone or after a key, or several joined by dashes, commas or slashes, with version marks among them,
 * perhaps asked (`(à raccourcir ?)`).
 */
function statusMarkMatcher(statuses: readonly string[], keys: readonly string[]): RegExp {
  const status = alternation(statuses);
  const part = `(?:${status}|${VERSION_MARK})`;
  const key = `(?:(?:${alternation(keys)})\\s*[:\uff1a]\\s*)?`;
  return new RegExp(
    `^(?=.*(?:${status}))${key}${part}(?:\\s*[-\u2013\u2014,/:|]?\\s*${part})*\\s?[.!?\u3002\uff1f]?$`,
    'iu',
  );
}

/** The function words that tell an English remark from this language's text (see `englishRemark`). */
function englishRemarkMatchers(
  profile: LanguageProfile,
  english: LanguageProfile,
): { english: RegExp; own: RegExp } {
  const own = new Set(profile.stopwords);
  const englishOnly = english.stopwords.filter((word) => !own.has(word) && /^[a-z']+$/u.test(word));
  const escaped = (words: readonly string[]) =>
    alternation([...new Set(words)].map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')));
  return {
    english: new RegExp(`${LETTER_BEFORE}(?:${escaped(englishOnly)})${LETTER_AFTER}`, 'giu'),
    own: new RegExp(`${LETTER_BEFORE}(?:${escaped(profile.stopwords)})${LETTER_AFTER}`, 'giu'),
  };
}

const cache = new Map<string, CompiledMetaVocabulary>();
const NOTHING = /(?!)/u;

/**
 * Words about translating, languages, the original text and localising. For a product that itself translates, reads
 * or teaches languages (a translator pen, translator earbuds, a language course, a bilingual book) they are product
 * copy, so its vocabulary leaves them out — except the translator's-note words, which name an annotation whatever
 * the product.
 */
const LANGUAGE_TALK =
  /translat|tradu|ubersetz|翻訳|訳|原文|original|chines|chinois|chino|中国語|pinyin|ピンイン|locali[sz]|localis|localiz|language|langue|idioma|sprache|言語/u;

/** Names of languages a language product's copy talks about (English words, 英語の原文). */
const LANGUAGE_NAMES =
  /(?<!\p{L})(?:english|englisch|anglais|ingles|chinese|chinesisch|chinois|chino|japanese|japanisch|japonais|japones)(?!\p{L})|英語|中国語|日本語/u;

/**
 * True when a piece of copy talks about languages or translating: for a product that is about them, that is what
 * its copy describes (`the back gives the English word and its phonetic transcription`).
 */
export const talksAboutLanguage = (text: string): boolean =>
  LANGUAGE_TALK.test(text) || LANGUAGE_NAMES.test(text);
const NOTE_WORD = /notes?|nota|anmerkung|注/u;

/** The vocabulary with the language talk left out (see {@link LANGUAGE_TALK}). */
function withoutLanguageTalk(vocabulary: MetaVocabulary): MetaVocabulary {
  const kept = (entries: readonly string[]) =>
    entries.filter((entry) => !LANGUAGE_TALK.test(entry) || NOTE_WORD.test(entry));
  const lists = Object.fromEntries(
    Object.entries(vocabulary).map(([key, value]) => [key, Array.isArray(value) ? kept(value) : value]),
  ) as unknown as MetaVocabulary;
  return { ...lists, languageNames: [] };
}

/** The compiled meta vocabulary of a language (English's words included), built once per language. */
export function metaVocabularyFor(
  profile: LanguageProfile,
  english: LanguageProfile,
  productSpeaksLanguages = false,
): CompiledMetaVocabulary {
  const key = `${profile.code}:${productSpeaksLanguages}`;
  const known = cache.get(key);
  if (known) return known;
  const adapt = productSpeaksLanguages ? withoutLanguageTalk : (vocabulary: MetaVocabulary) => vocabulary;
  const own = adapt(profile.modelChatter);
  const vocabularies = profile.code === english.code ? [own] : [own, adapt(english.modelChatter)];
  const unspaced = profile.code === 'ja';
  // Japanese has no spaces, and German and Japanese nouns end compounds (`Titelvorschlag`, `SEOタイトル`).
  // Word boundaries follow the script of the vocabulary an entry comes from: Japanese has none, and German and
  // Japanese nouns end compounds (`Titelvorschlag`, `SEOタイトル`); English entries keep theirs in every language.
  const bounded = (entries: readonly string[], spaced: boolean, compounds: boolean): string[] =>
    entries.map((entry) => {
      const before = spaced && !compounds ? LETTER_BEFORE : '';
      // An elided word (`j'`) runs into the next one: no boundary after it.
      const after = spaced && !entry.endsWith("'") ? LETTER_AFTER : '';
      return `${before}(?:${entry})${after}`;
    });
  // A list as one matcher, its entries grouped by their boundaries (`before(?:a|b|c)after`): one lookbehind per
  // group instead of one per entry, which the engine would try at every position of every text.
  const words = (list: WordList, nounLike = false): RegExp => {
    const groups = new Map<string, Set<string>>();
    vocabularies.forEach((vocabulary, index) => {
      const spaced = !(index === 0 && unspaced);
      const before = spaced && !(nounLike && vocabulary.compoundNouns) ? LETTER_BEFORE : '';
      for (const entry of vocabulary[list]) {
        const after = spaced && !entry.endsWith("'") ? LETTER_AFTER : '';
        const key = `${before}\u0000${after}`;
        groups.set(key, (groups.get(key) ?? new Set()).add(entry));
      }
    });
    const sources = [...groups].map(([key, entries]) => {
      const [before, after] = key.split('\u0000');
      return `${before}(?:${alternation([...entries])})${after}`;
    });
    // An empty list matches nothing (an empty alternation would match everywhere).
    return sources.length === 0 ? NOTHING : new RegExp(sources.join('|'), 'iu');
  };
  const nounLists: WordList[] = ['fieldNames', 'textNouns'];
  const otherLabelLists: WordList[] = [
    'labelQualifiers',
    'labelGlue',
    'taskWords',
    'countUnits',
    'languageNames',
  ];
  const units = alternation(merged('countUnits', vocabularies));
  const limits = alternation(merged('countLimits', vocabularies));
  // Every label word, longest first so `alt text` or `palabras clave` is taken whole before `text` or `clave`.
  const labelSources = vocabularies
    .flatMap((vocabulary, index) => {
      const spaced = !(index === 0 && unspaced);
      return [
        ...nounLists.flatMap((list) => bounded(vocabulary[list], spaced, vocabulary.compoundNouns)),
        ...otherLabelLists.flatMap((list) => bounded(vocabulary[list], spaced, false)),
      ];
    })
    .sort((x, y) => y.length - x.length);
  const compiled: CompiledMetaVocabulary = {
    code: profile.code,
    fieldNames: words('fieldNames', true),
    textNouns: words('textNouns', true),
    labelParts: new RegExp([...new Set(labelSources)].join('|'), 'giu'),
    taskWords: words('taskWords'),
    // A count before its unit (`58 characters`) or a unit keyed to its count (`Wörter: 15`, `文字数：45`); not a limit
    // offered to the shopper (`up to 20 characters per line`, `20文字まで`, `30 caractères max.`).
    countUnits: new RegExp(
      `(?<!(?:${limits})\\s*|\\d)\\d+\\s*(?:${units})${unspaced ? '' : LETTER_AFTER}(?!\\s*(?:まで|以内|(?:${limits})(?![\\p{L}])))|${unspaced ? '' : LETTER_BEFORE}(?:${units})[^:\uff1a\\d\\n]{0,30}[:\uff1a]\\s*\\d`,
      'iu',
    ),
    offeredLimit: new RegExp(
      `(?:${limits})\\s*\\d+\\s*(?:${units})|\\d+\\s*(?:${units})\\s*(?:まで|以内|(?:${limits})(?![\\p{L}]))`,
      'iu',
    ),
    limitedNumber: new RegExp(`(?:${limits})\\s*\\d`, 'iu'),
    pointers: words('pointers'),
    acknowledgements: words('acknowledgements'),
    firstPerson: words('firstPerson'),
    requests: words('requests'),
    questions: words('questions'),
    offers: words('offers'),
    editReports: words('editReports'),
    hopes: words('hopes'),
    helps: words('helps'),
    closings: words('closings'),
    greetings: words('greetings'),
    styleWords: words('styleWords'),
    merchantWords: words('merchantWords'),
    placeholderWords: words('placeholderWords'),
    placeholderNouns: new RegExp(`^(?:${alternation(merged('placeholderNouns', vocabularies))})$`, 'iu'),
    instructions: words('instructions'),
    styleWord: new RegExp(`^(?:${alternation(merged('styleWords', vocabularies))})$`, 'iu'),
    annotationKey: new RegExp(`^(?:${alternation(merged('annotationKeys', vocabularies))})$`, 'iu'),
    selfNames: words('selfNames'),
    specName: new RegExp(`^(?:${alternation(merged('specNames', vocabularies))})$`, 'iu'),
    labelHead: labelHeadMatcher(
      merged('labelHeads', vocabularies),
      unspaced,
      profile.modelChatter.compoundNouns,
    ),
    languageNames: words('languageNames'),
    endMarkers: new RegExp(`^(?:${alternation(merged('endMarkers', vocabularies))})$`, 'iu'),
    noteWords: new RegExp(
      `^(?:${alternation(merged('noteWords', vocabularies))})${unspaced ? '' : LETTER_AFTER}`,
      'iu',
    ),
    hedges: words('hedges'),
    reviewRequests: words('reviewRequests'),
    statusMark: statusMarkMatcher(merged('statusWords', vocabularies), merged('statusKeys', vocabularies)),
    wordingChoices: words('wordingChoices'),
    wordingSwap: new RegExp(`^[\\s,]*(?:${alternation(merged('wordingSwaps', vocabularies))})[\\s,]*$`, 'iu'),
    reasons: words('reasons'),
    alternativeWordings: words('alternativeWordings'),
    englishRemark: profile.code === english.code ? undefined : englishRemarkMatchers(profile, english),
    unspaced,
  };
  cache.set(key, compiled);
  return compiled;
}
