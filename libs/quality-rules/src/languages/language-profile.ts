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
   * How number words combine into one number (see {@link NumberWordCompounds}); absent where the language writes none
   * (Japanese numerals are read as kanji).
   */
  numberWordCompounds?: NumberWordCompounds;
  /**
   * Word endings after a number word that still make it a quantity (German `zweijährig`,
   * `dreistufig`), as opposed to a word that merely contains a numeral (`Dreiecke`).
   */
  numberWordCompoundSuffixes: string[];
  /** Number words that are also ordinary words (French *neuf*, new), never read as an invented count. */
  ambiguousNumberWords?: string[];
  /** Idioms written with numerals that count nothing (Japanese 四方八方 "every direction", 十分 "enough"). */
  numeralIdioms?: string[];
  /**
   * Indefinite articles, which say "one" of a unit (*about an hour*, *eine Stunde*, *une heure*, *una hora*): a
   * source value of 1 is said by one of them before a word. None in Japanese.
   */
  indefiniteArticles: string[];
  /** Frequent function words (lower-cased, accents kept) used to recognise the language of a field. */
  stopwords: string[];
  /** Characters that are evidence for this language (`ß`, `ñ`, `ç`). */
  distinctiveCharacters: string;
  /** Words after a number that scale it (*13.8 billion*, *2,5 Millionen*), longest first when they overlap. */
  numberScaleWords: Record<string, number>;
  /** Words that talk about the text, the task or the requester, for `llm_artifact`; see {@link MetaVocabulary}. */
  modelChatter: MetaVocabulary;
  /** What makes copy unsafe for a storefront in this language; see {@link SafetyLexicon}. */
  safety: SafetyLexicon;
}

/**
 * The small vocabulary the structural `llm_artifact` detector weighs: words that talk about the text, the task or
 * the requester rather than the product. None of them is chatter on its own; the detector scores where in a field
 * they sit (a label before a colon or dash, a first line, a last paragraph, a bracketed aside) and what else is
 * there. Entries are folded regex sources matched as whole words (`compoundNouns`: nouns also as a word's end).
 */
export interface MetaVocabulary {
  /** Names of the output's fields: title, SEO, meta, description, H1, heading (a label of these alone is chatter). */
  fieldNames: string[];
  /** Other names for a piece of the output: copy, text, version, option, suggestion (a label needs a qualifier too). */
  textNouns: string[];
  /** Words that qualify a text noun in a label: the copy angles asked for (value, emotional, promotional), suggested. */
  labelQualifiers: string[];
  /** Function words a label may hold between its nouns (`Vorschlag für die Überschrift`, `Enfoque de valor`). */
  labelGlue: string[];
  /** The task: translating, localising, the source or original text, the brand name kept, generated for. */
  taskWords: string[];
  /** Units of a length count (characters, words): a number before one is a count of the output. */
  countUnits: string[];
  /**
   * Words before a count that make it a limit offered to the shopper, not a count of the written text: up to, max.,
   * bis zu, jusqu'à, hasta, 最大 (`up to 20 characters per line` on a custom-print shirt).
   */
  countLimits: string[];
  /** Pointing at the text that follows: here is, below, the following, voici, ci-dessous, a continuación, 以下. */
  pointers: string[];
  /** Acknowledging a request: sure, certainly, got it, claro, bien sûr, gerne, かしこまりました. */
  acknowledgements: string[];
  /** The model speaking as itself: I, je, ich, yo / he + participle, 私, happy to. */
  firstPerson: string[];
  /** Asking the requester to answer or addressing the editor: let me know, dites-moi, dime, お知らせください. */
  requests: string[];
  /** Questions marketing copy also asks the reader (would you like, möchten Sie): weak on their own. */
  questions: string[];
  /** Offering a change, another version or more help: adjust, shorter, another version, anything else, 調整. */
  offers: string[];
  /** Reporting an edit to the text: kept, converted, added for clarity, unchanged, 原文のまま. */
  editReports: string[];
  /** Hoping the reader likes the text: hope, espero, j'espère, ich hoffe, 嬉しいです. */
  hopes: string[];
  /** The text helping the requester (helps, ayude, aide, hilft, お役に立て): with a hope, a sign-off. */
  helps: string[];
  /** The model naming itself (language model, Sprachmodell, modelo de lenguaje, 言語モデル). */
  selfNames: string[];
  /** Closing formulas of a message (best regards, mit freundlichen Grüßen, cordialement, saludos). */
  closings: string[];
  /**
   * Greeting the requester (hello again, hallo zusammen, bonjour et merci, いつもお世話になっております) or thanking
   * them for the brief or feedback: chatter when it opens a field; a greeting of the shopper (`Good morning, coffee`)
   * is not listed.
   */
  greetings: string[];
  /** The style of the text (tone, register, formal / informal address): `(Tone: casual)`, `bitte ohne Du-Form`. */
  styleWords: string[];
  /** The requester's business, addressed by a model (your shop, your listing, viel Erfolg, votre boutique). */
  merchantWords: string[];
  /** What a placeholder left for the editor asks for, in brackets (`[Insert store link]`, `[Lien à ajouter]`). */
  placeholderWords: string[];
  /**
   * The instructions a model echoes before its answer (`Write an emotional marketing copy…`, `Schreibe einen
   * Werbetext…`, `コピーを書いてください`): imperatives asking for a text, chatter only with a name of the output.
   */
  instructions: string[];
  /** A slot left for the editor when it is all a bracket holds (`[date]`, `[Preis]`, `[nom de la boutique]`). */
  placeholderNouns: string[];
  /**
   * Attributes of the writing a model annotates its answer with, as a label or an aside's key (`Tone: upbeat`,
   * `Zielgruppe: …`, `（想定読者：…）`): never a product attribute (so not style, length or version).
   */
  annotationKeys: string[];
  /** Field names that are also spec names (`Output: 65 W`): a label only before words, not a number. */
  specNames: string[];
  /**
   * Names of a page element that head a label naming it (`heading`, `title tag`, `Überschrift`, `intitulé`,
   * `タイトル`): a short label opening a field with one at either end is chatter even with a word or two the
   * vocabulary does not know (`On-page heading:`, `Suchmaschinen-Snippet`, `検索結果用タイトル：`). Not the field names
   * that are product words too (output, text, description, translation).
   */
  labelHeads: string[];
  /** Names of the output's language or market (English, auf Deutsch, 日本語, US audience). */
  languageNames: string[];
  /** Words that close the output (end, fin, Ende, 以上) when they stand alone in brackets or on the last line. */
  endMarkers: string[];
  /** Note words opening an aside (note, Hinweis, 注): weak — `Note: hand wash only` is product copy. */
  noteWords: string[];
  /**
   * The writer doubting its own reading of the source or the brief (`if I read the spec correctly`, `sofern ich das
   * richtig verstehe`, `si j'ai bien compris`, `理解が正しければ`): never said to a shopper.
   */
  hedges: string[];
  /**
   * Asking a colleague or the requester to check the text (`could you proofread this`, `kannst du das gegenlesen`,
   * `pourriez-vous relire`, `¿puedes revisarlo?`, `確認してもらえますか`): never said to a shopper.
   */
  reviewRequests: string[];
  /**
   * Where a text stands in a review workflow (`WIP`, `to be checked`, `zur Freigabe`, `à relire`, `pendiente de
   * revisar`, `要確認`): chatter when a segment is nothing else, perhaps with a version mark (`[v2 – à valider]`).
   * A word that is also a product's (`draft`, as in draft excluder) is listed only in a form that cannot be one.
   */
  statusWords: string[];
  /** A key a status may follow (`Status: draft`, `Stand: Rohfassung`, `ステータス：下書き`). */
  statusKeys: string[];
  /**
   * Words offering a choice in a question (or, oder, ou, o, それとも): with a quoted wording, the writer asks which to
   * print (`Garde-t-on « cold brew » tel quel, ou préférez-vous … ?`).
   */
  wordingChoices: string[];
  /** Words between two quoted wordings that put one in the other's place (rather than, statt, plutôt que, ではなく). */
  wordingSwaps: string[];
  /** Words giving a reason (because, weil, car, porque, ため): after a swap of wordings, the writer explains it. */
  reasons: string[];
  /** Another wording offered (would also work, ginge auch, on pourrait aussi dire, también valdría, 手もあります). */
  alternativeWordings: string[];
  /** True where nouns end compounds (`Titelvorschlag`, `Nutzenversion`): matched as a word's end too. */
  compoundNouns: boolean;
}

/**
 * Number words written as one number: a ten and a unit (`twenty-four`, `vingt-quatre`, `treinta y dos`), a unit
 * before its ten inside one word (`vierundzwanzig`), French teens after sixty and eighty (`soixante-dix`) and
 * `quatre-vingts`. Read apart, `vingt-quatre termes` would state 20 and 4 and drop the 24 of the source.
 */
export interface NumberWordCompounds {
  /** What stands between a ten and its unit (folded): `-`, ` y `, `-et-`. */
  joiners: string[];
  /** The tens a unit may follow (`dix-sept` makes 10 one of them in French). */
  tens: number[];
  /** Tens a teen may follow (French 60 and 80: `soixante-douze` is 72). */
  tensBeforeTeens?: number[];
  /** Number words joined as a product (French `quatre-vingts`: 4 × 20). */
  products?: Array<[number, number]>;
  /** The word between a unit and its ten inside one word, unit first (German `und`: `vierundzwanzig`). */
  unitFirstJoiner?: string;
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
