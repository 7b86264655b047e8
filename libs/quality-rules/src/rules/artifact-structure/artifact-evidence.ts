import { CompiledMetaVocabulary } from './meta-vocabulary';
import { FieldSegment, edgeSegments } from './field-segments';

/**
 * What a segment holds that talks about the text, the task or the requester rather than the product. `strong`
 * evidence is enough at a field's edge on its own; `speaker` evidence (the model as "I", hoping, acknowledging,
 * the output's language) is enough once the segment is set off (own line, brackets, closing colon or dash);
 * `context` evidence (a text noun, a pointer, an offer, an edit report, a note word) needs a second signal.
 */
export type EvidenceWeight = 'strong' | 'speaker' | 'context';

export interface Evidence {
  signal: string;
  weight: EvidenceWeight;
}

/** A segment scored as chatter. */
export interface ArtifactFinding {
  segment: FieldSegment;
  evidence: Evidence[];
  score: number;
}

/** Score at which a segment is chatter: one strong signal, or two weaker ones. */
export const CHATTER_SCORE = 2;
/** A label is at most this many words (after its qualifiers in brackets are removed). */
const MAX_LABEL_WORDS = 5;
/** A label headed by a page element's name may hold this many words the vocabulary does not know (`on-page`). */
const MAX_UNKNOWN_WORDS_BEFORE_HEAD = 2;
/** …in a label of at most this many words. */
const MAX_HEADED_LABEL_WORDS = 4;
const LOCALE_TAG = /[([]\s*(?:en|de|fr|es|ja)(?:[-_][a-z]{2})?\s*[)\]]/u;
/** A qualifier in brackets or quotes (`Copy A (value)`, `Texte « valeur »`, `Verkaufstext „Mehrwert“`). */
const QUALIFIER =
  /\s*(?:\([^)\n]{0,30}\)|[\u201e\u201c\u201d"\u00ab\u300c\u300e][^\u201e\u201c\u201d"\u00ab\u00bb\u300d\u300f\n]{1,30}[\u201c\u201d"\u00bb\u300d\u300f]?)/gu;
/** A last line of at most this many words can be a bare acknowledgement. */
const MAX_CLOSING_LINE_WORDS = 6;
/** Characters a closing formula may carry besides itself (punctuation, a name). */
const MAX_SIGNATURE = 20;
const ANNOTATION = /^([\p{L}\s-]{2,30}\.?):\s*\p{L}/u;
const ARROW_LED = /^(?:\u2192|->|=>|\u21d2)/u;
const VARIANT_MARK = /^(?:[abc123]|\(?[abc123]\))$/u;

/**
 * True when every word of a label is meta vocabulary (`Titre SEO`, `Copy A (value)`, `Vorschlag für die
 * Überschrift`, `価値訴求の切り口`) and it names the output: a field name alone, or a text noun with a qualifier
 * (`Version A`, `Emotional copy`, `Texto B (emocional)`). `Entdecken Sie:`, `Pro version:`, `Options:` are not.
 */
export function isMetaLabel(
  label: string,
  vocabulary: CompiledMetaVocabulary,
  beforeNumber = false,
  bracketed = false,
): boolean {
  if (beforeNumber && vocabulary.specName.test(label.trim())) return false;
  const qualified = QUALIFIER.test(label);
  QUALIFIER.lastIndex = 0;
  const core = label.replace(QUALIFIER, ' ').trim();
  if (!core) return false;
  if (isHeadedLabel(core, vocabulary)) return true;
  const names = vocabulary.fieldNames.test(core);
  const nouns = vocabulary.textNouns.test(core) || vocabulary.taskWords.test(core);
  if (!names && !nouns) return false;
  if (!vocabulary.unspaced && wordsOf(core).length > MAX_LABEL_WORDS) return false;
  const leftovers = wordsOutsideVocabulary(core, vocabulary).filter((word) => !VARIANT_MARK.test(word));
  // A bracketed label opening a field is set off already: one word of its own (`[Título SEO optimizado]`) is allowed.
  if (leftovers.length > (bracketed && names ? 1 : 0)) return false;
  // A text noun alone (`Options`, `Version`) is a product word too: it needs a qualifier, a second word or a variant.
  const nounOnly = core.replace(vocabulary.textNouns, '').replace(/[\s\-_]+/gu, '') === '';
  return names || qualified || !nounOnly;
}

/**
 * A short label that opens or ends with the name of a page element (`On-page heading`, `Intitulé H1`,
 * `Suchmaschinen-Snippet`, `検索結果用タイトル`): it names the field it opens, whatever the words beside the name.
 */
function isHeadedLabel(core: string, vocabulary: CompiledMetaVocabulary): boolean {
  // `Livre jeunesse. Titre : …` is a sentence and then a book's title, not a label.
  if (/[.!?\u3002]\s/u.test(core) || !vocabulary.labelHead.test(core)) return false;
  if (vocabulary.unspaced) return [...core].length <= 16;
  if (wordsOf(core).length > MAX_HEADED_LABEL_WORDS) return false;
  const unknown = wordsOutsideVocabulary(core.replace(vocabulary.labelHead, ' '), vocabulary);
  return unknown.length <= MAX_UNKNOWN_WORDS_BEFORE_HEAD;
}

/** The words of a label. */
const wordsOf = (label: string): string[] => label.split(/[\s\-\u2013/_]+/u).filter(Boolean);

/**
 * The words of a label left once every label word is stripped, until none is left (a compound's first part shows
 * once its last is gone: `titel|vorschlag`).
 */
function wordsOutsideVocabulary(label: string, vocabulary: CompiledMetaVocabulary): string[] {
  let rest = label;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(vocabulary.labelParts, ' ');
  }
  return rest.split(/[\s\-\u2013/_\u30fb]+/u).filter(Boolean);
}

/** A first sentence that is only an acknowledgement (`Certainly.`, `Gerne!`, `了解です！`, `✨ Here you go! ✨`). */
function isBareAcknowledgement(text: string, vocabulary: CompiledMetaVocabulary): boolean {
  const core = text.replace(/[\s.!,\u3002\uff01\u3001\u2014\u2013-]+$/u, '').trim();
  const match = vocabulary.acknowledgements.exec(core);
  return match !== null && match.index === 0 && match[0].length === core.length;
}

/** Evidence in one segment. */
export function segmentEvidence(
  segment: FieldSegment,
  vocabulary: CompiledMetaVocabulary,
  quotesACustomer = false,
): Evidence[] {
  const { text, place } = segment;
  // A sentence inside the text counts only with strong evidence or a voice (below): most have neither, so look for
  // them first.
  const status = isStatusMark(text, vocabulary);
  if (
    place === 'inner sentence' &&
    !status &&
    !STRONG_ANYWHERE.some((list) => vocabulary[list].test(text)) &&
    !VOICE_LISTS.some((list) => vocabulary[list].test(text)) &&
    !AS_AN_AI.test(text)
  )
    return [];
  const evidence: Evidence[] = [];
  const add = (signal: string, weight: EvidenceWeight, found: boolean) => {
    if (found) evidence.push({ signal, weight });
  };
  if (place === 'label') {
    const { beforeNumber, bracketed } = segment.shape;
    add('label naming the output', 'strong', isMetaLabel(text, vocabulary, beforeNumber, bracketed));
    // `Tone: upbeat and practical, …` opening a field annotates the answer.
    add('annotation of the output', 'strong', !beforeNumber && vocabulary.annotationKey.test(text.trim()));
  }
  // What stands before a field's first colon is read as a sentence too (`Entschuldigung, hier die korrigierte
  // Fassung:`, `Emotionaler Werbetext, bitte ohne Du-Form:`).
  const opening = place === 'first line' || place === 'first sentence' || place === 'label';
  add('acknowledgement', 'strong', opening && isBareAcknowledgement(text, vocabulary));
  add(
    'end marker',
    'strong',
    (segment.shape.bracketed || segment.shape.ownLine) &&
      vocabulary.endMarkers.test(text.replace(/[.\u3002!]+$/u, '')),
  );
  const greeting = vocabulary.greetings.exec(text);
  add('greeting the requester', 'strong', opening && greeting?.index === 0);
  add('talk about the task', 'strong', vocabulary.taskWords.test(text));
  add('length count', 'speaker', vocabulary.countUnits.test(text));
  add('request to the requester', 'strong', vocabulary.requests.test(text));
  add('doubt about the source', 'strong', vocabulary.hedges.test(text));
  add('asking for a check of the text', 'strong', vocabulary.reviewRequests.test(text));
  add('status of the draft', 'strong', status);
  // A clause in English in brackets inside another language's field is a remark to the requester
  // (`(not sure about the register here)`); a product's English name (`(Made in Germany)`) has too few function words.
  add(
    'remark in English',
    'speaker',
    segment.shape.bracketed &&
      (place === 'aside' || place === 'inner aside') &&
      isEnglishRemark(text, vocabulary),
  );
  add('the model naming itself', 'strong', vocabulary.selfNames.test(text));
  add('the model speaking as an AI', 'strong', AS_AN_AI.test(text));
  const ack = vocabulary.acknowledgements.exec(text);
  // Also a sentence inside the text (`…. Okay, checking the figures once more…`): it counts there only beside
  // strong evidence (below).
  // A short closing line that is an acknowledgement (`— voilà, c'est prêt.`, `Done – enjoy!`) reports the work too.
  const closingLine =
    (place === 'last line' || place === 'last paragraph') &&
    text.split(/\s+/u).length <= MAX_CLOSING_LINE_WORDS;
  add(
    'acknowledgement',
    'speaker',
    (opening || place === 'inner sentence' || closingLine) &&
      ack?.index === 0 &&
      !evidence.some((e) => e.signal === 'acknowledgement'),
  );
  // In a field that quotes a customer by name, "I" is the customer's (`„Das schönste Geschenk, das ich …“ – Thomas`).
  add('model speaking as itself', 'speaker', !quotesACustomer && vocabulary.firstPerson.test(text));
  add('hope about the text', 'speaker', vocabulary.hopes.test(text));
  add('the text helping', 'context', vocabulary.helps.test(text));
  // A closing formula stands alone, perhaps with a name (`Best regards`, `Saludos,`): `como un abrazo cálido` is copy.
  const closing = vocabulary.closings.exec(text);
  add('closing formula', 'speaker', closing !== null && text.length - closing[0].length <= MAX_SIGNATURE);
  add('question to the requester', 'speaker', vocabulary.questions.test(text));
  add("the output's language", 'speaker', vocabulary.languageNames.test(text) || LOCALE_TAG.test(text));
  add('name of the output', 'context', vocabulary.fieldNames.test(text) || vocabulary.textNouns.test(text));
  add('pointer to the text', 'context', vocabulary.pointers.test(text));
  add('offer of a change', 'context', vocabulary.offers.test(text));
  add('report of an edit', 'context', vocabulary.editReports.test(text));
  add('note', 'context', vocabulary.noteWords.test(text));
  add('style of the text', 'context', vocabulary.styleWords.test(text));
  add("the requester's business", 'speaker', vocabulary.merchantWords.test(text));
  add(
    'placeholder for the editor',
    'strong',
    segment.shape.bracketed &&
      (vocabulary.placeholderWords.test(text) ||
        ((place === 'aside' || place === 'inner aside') && vocabulary.placeholderNouns.test(text))),
  );
  // The request itself echoed on a line of its own (`Write an emotional marketing copy for this product.`): an
  // imperative asking for a text that names the output. `Write your own text inside the card.` in copy is not set off.
  add(
    'the instructions echoed',
    'speaker',
    opening &&
      (segment.shape.ownLine || segment.shape.colonEnd) &&
      startsWithInstruction(text, vocabulary) &&
      (vocabulary.fieldNames.test(text) || vocabulary.textNouns.test(text)),
  );
  // An aside in `key: value` form whose key talks about the text (`(Tone: casual, value-focused)`) annotates the
  // output; `(NB : piles non fournies.)` or `(Colour: black)` is a note for the shopper.
  const key = segment.shape.bracketed ? ANNOTATION.exec(text)?.[1] : undefined;
  const aboutText = (word: string) =>
    vocabulary.annotationKey.test(word.trim()) ||
    [vocabulary.styleWords, vocabulary.fieldNames, vocabulary.textNouns, vocabulary.taskWords].some((r) =>
      r.test(word),
    );
  add('annotation of the output', 'speaker', key !== undefined && aboutText(key));
  // An aside that opens with a style word annotates the output too (`(tono promocional, con urgencia suave)`).
  const firstWord =
    segment.shape.bracketed && key === undefined && !vocabulary.unspaced
      ? /^[\p{L}-]+/u.exec(text)?.[0]
      : undefined;
  add(
    'annotation of the output',
    'speaker',
    firstWord !== undefined &&
      (vocabulary.annotationKey.test(firstWord) || vocabulary.styleWord.test(firstWord)),
  );
  // A line led by an arrow after the text explains it (`→ 「すっきり」を入れました。`); `→ 今すぐチェック` is a call to action.
  add(
    'arrow before a remark',
    'context',
    segment.shape.ownLine && place !== 'first line' && ARROW_LED.test(text),
  );
  // An aside inside the copy may speak to the shopper (`（ご注文時にお知らせください）`, `(ask us for other sizes)`):
  // there a request or a question is copy, and only the rest counts.
  if (place === 'inner aside')
    return evidence.filter(
      (e) => e.signal !== 'request to the requester' && e.signal !== 'question to the requester',
    );
  // Inside a field only what cannot be product copy counts: a line that asks, apologises for or talks about the task.
  if (place === 'inner line') return evidence.filter((e) => e.weight === 'strong');
  // A headline's tail after a dash may be the shop owner speaking (`Outline — The Notebook I Always Wanted`): the
  // first person alone does not make it the model's.
  if (place === 'after a dash' && evidence.every((e) => e.signal === 'model speaking as itself')) return [];
  // A sentence inside the text counts only with strong evidence and a second signal: `heat generated by the motor`
  // is copy, `Kept this one in formal German, as requested.` is not.
  // So does one with three signals of its own, the model speaking among them (`Lucía, he mantenido el tuteo como
  // en tus otras fichas.`: first person, an edit report, the style).
  // And so does one where someone speaks to or as the writer about the text itself (`Den Vergleich aus Ihrem
  // Entwurf habe ich beibehalten.`, `¡Ojalá te encaje con el tono de la tienda!`): a voice and the writing.
  if (place === 'inner sentence')
    return (evidence.some((e) => e.weight === 'strong') && evidence.length >= 2) ||
      evidence.some((e) => ENOUGH_INSIDE.has(e.signal)) ||
      (evidence.length >= 3 && evidence.some((e) => e.signal === 'model speaking as itself')) ||
      (evidence.some((e) => VOICES.has(e.signal)) && evidence.some((e) => ABOUT_THE_WRITING.has(e.signal)))
      ? evidence
      : [];
  return evidence;
}

/** The lists of the {@link VOICES} signals. */
const VOICE_LISTS = ['firstPerson', 'hopes', 'questions', 'merchantWords'] as const;
/** Signals of the writer or the requester speaking (not an offer: `pick the version you prefer` is copy). */
const VOICES = new Set([
  'model speaking as itself',
  'hope about the text',
  'question to the requester',
  "the requester's business",
]);
/** Signals that a sentence is about the writing rather than the product. */
const ABOUT_THE_WRITING = new Set(['report of an edit', 'name of the output', 'style of the text']);

/** An imperative asking for a text at the segment's start (anywhere for Japanese, whose verb ends the sentence). */
function startsWithInstruction(text: string, vocabulary: CompiledMetaVocabulary): boolean {
  const match = vocabulary.instructions.exec(text);
  return match !== null && (vocabulary.unspaced || match.index === 0);
}

/** The strong signals an inner sentence can carry (see {@link segmentEvidence}). */
const STRONG_ANYWHERE = ['taskWords', 'requests', 'selfNames', 'hedges', 'reviewRequests'] as const;

/**
 * Signals that make a sentence inside the text chatter on their own: no shopper is told the writer doubts its
 * reading of the source, asked to proofread, or that the text is still a draft.
 */
const ENOUGH_INSIDE = new Set([
  'doubt about the source',
  'asking for a check of the text',
  'status of the draft',
  'the model speaking as an AI',
]);

/**
 * The writer speaking as an AI (`As an AI language model, …`, `Como modelo de lenguaje de IA, …`, `Als KI kann ich …`,
 * `AIとして`, `Como soy una IA, …`, `Da ich eine KI bin, …`), in any of the five languages: a gadget's copy may name an AI assistant (`Como IA integrada, responde…`),
 * never speak as one.
 */
const AS_AN_AI =
  /(?:^|[\s,(])(?:as an?|como(?: un)?|en tant qu(?:e |')(?:un )?)\s*(?:ai |ia )?(?:ai|ia|language model|modelo de lenguaje(?: de ia)?|modele de langage(?: d.ia)?)\s*,|(?:^|[\s,(])als (?:ki|(?:ki-)?sprachmodell)(?:-sprachmodell)?,? (?:kann|habe|bin|darf|verfuge) ich|(?:ai|言語モデル)(?:として|であるため|なので|のため)|i(?:'m| am) an? (?:ai|language model)(?![\p{L}])|(?:^|[\s,(])(?:soy|je suis|ich bin) (?:una? |une? |eine? )?(?:ia|ki|inteligencia artificial|intelligence artificielle|modelo de lenguaje|modele de langage|sprachmodell)(?![\p{L}])|(?:^|[\s,(])(?:da|weil) ich (?:eine? )?(?:ki|sprachmodell) bin|ai(?:が|により|によって|で)(?:生成|作成)(?:した|された|し)[^。]{0,6}(?:文章|テキスト|説明|内容|原稿)|(?:this |the )?(?:text|description|copy|texte|texto|descripcion|beschreibung) (?:was |wurde |a ete |fue |ha sido )?(?:generated|generiert|erstellt|genere|generad[oa]) (?:by|von|par|por) (?:an? |einer |une |una )?(?:ai|ki|ia)(?![\p{L}])/u;

/** A status mark is a few words (`[v2 – à valider]`, `Stand: Rohfassung`): longer segments are not tried. */
const MAX_STATUS_LENGTH = 48;

/** A segment that only says where the text stands in a review (`À relire.`, `[WIP – v2]`, `（要確認）`). */
const isStatusMark = (text: string, vocabulary: CompiledMetaVocabulary): boolean => {
  const trimmed = text.trim();
  return trimmed.length <= MAX_STATUS_LENGTH && vocabulary.statusMark.test(trimmed);
};

/** Function words an English clause has at least, and words in all (`not sure about the register here`). */
const MIN_ENGLISH_FUNCTION_WORDS = 3;
const MIN_REMARK_WORDS = 4;

/** A quoted word or phrase: the wording a remark discusses (`kept “vous” here`), in the field's own language. */
const QUOTED =
  /\u201c[^\u201d\n]{0,40}\u201d|\u201e[^\u201c\u201d\n]{0,40}[\u201c\u201d]|\u00ab[^\u00bb\n]{0,40}\u00bb|"[^"\n]{0,40}"/gu;

/**
 * True when a bracket in a field of another language holds a clause in English: its function words, the quoted
 * wording it discusses set aside, are English at least twice as often as the field's language's.
 */
function isEnglishRemark(text: string, vocabulary: CompiledMetaVocabulary): boolean {
  const remark = vocabulary.englishRemark;
  if (!remark || !/^[\p{Script=Latin}\p{N}\s\p{P}]+$/u.test(text)) return false;
  const unquoted = text.replace(QUOTED, ' ');
  const words = unquoted.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const english = unquoted.match(remark.english)?.length ?? 0;
  const own = unquoted.match(remark.own)?.length ?? 0;
  return words.length >= MIN_REMARK_WORDS && english >= MIN_ENGLISH_FUNCTION_WORDS && english > 2 * own;
}

const WEIGHT: Record<EvidenceWeight, number> = { strong: 2, speaker: 1, context: 1 };
/** Kinds of context evidence that make a segment chatter without being set off. */
const CONTEXT_ALONE = 3;

/**
 * A segment's score: its evidence, plus one for being set off (own line, brackets, a closing colon or dash). Context
 * evidence alone counts only in a segment that is set off: `Also available in a longer version.` is copy.
 */
export function segmentScore(segment: FieldSegment, evidence: readonly Evidence[]): number {
  const sum = evidence.reduce((total, e) => total + WEIGHT[e.weight], 0);
  const { ownLine, colonEnd, bracketed, dashed } = segment.shape;
  const setOff = ownLine || colonEnd || bracketed || dashed;
  const voiced = evidence.some((e) => e.weight !== 'context');
  // Three kinds of context at once say it even unset (`Tienes una versión más breve justo debajo.`: a pointer, the
  // output named, a change offered).
  if (!voiced) return setOff || evidence.length >= CONTEXT_ALONE ? sum : 0;
  return sum + (setOff ? 1 : 0);
}

/**
 * A quotation followed by its speaker: a dash and a name (`"…" – Ana, Madrid`) or a Japanese attribution in brackets
 * (`「…」（大阪府・40代男性）`).
 */
export const QUOTE_WITH_SPEAKER =
  /["\u201c\u201d\u00bb\u300d\u300f]\s*(?:[\u2013\u2014-]\s*\p{L}|[\uff08(][^\uff09)\n]{1,24}[\uff09)])/u;

/**
 * A book's or a record's attributes written out (`Title: … Author: …`, `Titre : … Autrice : …`): its labels are the
 * product's, not names of the output.
 */
const AUTHOR_ATTRIBUTE = /(?<![\p{L}])(?:author|autor(?:in)?|autrice|auteur|著者|作者)\s*[:\uff1a]/u;

/**
 * A quotation of a few words or more (`„Die alte Version habe ich zwei Jahre lang benutzt …“`, perhaps cut by the end of
 * its sentence): someone else's words, a customer's or a slogan, whoever is named before or after them; its "I" and
 * its "version" are not the writer's. A quoted word or two is the wording a remark discusses and stays. An English
 * opening mark right after a letter is a German closing one (`„Vorzelt“ so …`); a segment that ends a quotation begun
 * before it (`this is the one I kept.”`) is the rest of those words.
 */
const QUOTED_WORDS =
  /^[^\u201c\u201d\u201e\u00ab\u00bb\n]*?(?:\s+[^\s\u201c\u201d\u201e\u00ab\u00bb]+){3,}[.!?]?[\u201d\u00bb]|(?<![\p{L}\p{N}])\u201c[^\u201d\n\s]*(?:\s+[^\u201d\n\s]+){3,}\s*(?:\u201d|$)|\u201e[^\u201c\u201d\n\s]*(?:\s+[^\u201c\u201d\n\s]+){3,}\s*(?:[\u201c\u201d]|$)|\u00ab[^\u00bb\n\s]*(?:\s+[^\u00bb\n\s]+){3,}\s*(?:\u00bb|$)|\u300c[^\u300d\n]{12,}(?:\u300d|$)/gu;

/**
 * A segment with the quotations it holds taken out (see {@link QUOTED_WORDS}), read on its span of the field so that a
 * closing mark the segment's text leaves off still ends the quotation it closes.
 */
function withoutQuotations(segment: FieldSegment, field: string): FieldSegment {
  const span = field.slice(segment.start, segment.end);
  const unquoted = span.replace(QUOTED_WORDS, ' \u2026 ');
  return unquoted === span ? segment : { ...segment, text: unquoted };
}

/** The first edge segment of a field that scores as chatter. */
export function findChatter(text: string, vocabulary: CompiledMetaVocabulary): ArtifactFinding | undefined {
  const quotesACustomer = QUOTE_WITH_SPEAKER.test(text);
  const bookRecord = AUTHOR_ATTRIBUTE.test(text);
  for (const segment of edgeSegments(text)) {
    if (bookRecord && segment.place === 'label') continue;
    const evidence = segmentEvidence(withoutQuotations(segment, text), vocabulary, quotesACustomer);
    const score = segmentScore(segment, evidence);
    if (score >= CHATTER_SCORE) return { segment, evidence, score };
  }
  return undefined;
}
