import { LanguageCode } from '../content-under-review';
import { LanguageProfile, ModelChatterLexicon } from '../languages/language-profile';
import { KindedPattern, firstFinding, issuesPerField, lexiconRegex } from './field-matching';
import { QualityRule } from './quality-rule';

/**
 * Formatting a model leaves behind, in any language: code fences, HTML tags, JSON keys, markdown emphasis.
 * (HTML is also a `markup` safety issue; it stays here because the QA contract counts `<p>` as an artifact.)
 */
const FORMATTING: readonly KindedPattern[] = [
  // Folding turns a backtick into an apostrophe, so a fence reads ''' in folded text.
  { kind: 'code fence', regex: /```|'''|~~~/ },
  {
    kind: 'HTML tag',
    regex:
      /<\/?(?:p|br|hr|div|span|strong|b|i|em|u|h[1-6]|ul|ol|li|a|img|table|tr|td|th|section|article|html|body|head|title|meta|script|style|font)\b[^<>]*>/i,
  },
  {
    kind: 'JSON',
    regex: /"(?:translated_description|seo_title|meta_description|h1|marketing_copy_[abc]|translation)"\s*:/,
  },
  { kind: 'JSON', regex: /^\s*[{[]\s*"/ },
  { kind: 'markdown', regex: /\*\*[^*\n]{1,80}\*\*|^#{1,6}\s|^\s*[-*]\s+\*\*|__[^_\n]{1,80}__/m },
  { kind: 'markdown rule', regex: /^[ \t]*(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*$/m },
  // The whole field in quotation marks, alone or followed by a note on it: the model quoted its answer.
  // A note in square brackets (`[Note: … added for clarity.]`, `［補足：…］`): product copy does not bracket labels.
  { kind: 'bracketed note', regex: /\[[^\]\n\d]{1,30}:[^\]\n]{0,200}\]/ },
  // A postscript (P.S., P. D., P.-S., PS:, 追記：) is a message to the requester; listings have none.
  { kind: 'postscript', regex: /^\s*(?:p\.?\s?s\.?|p\.\s?d\.|p\.-s\.)\s*[:.]|^\s*追記\s*:/m },
  // A variant enumerator opening a field (`A) …`, `A）…`): the model listed its options.
  { kind: 'variant enumerator', regex: /^\s*[abc1-3]\s?\)/ },
  // A first line ending in a colon and followed by a blank line introduces what follows (`Here's what I came up
  // with:`, `こちらで作成してみました：`); product copy does not open that way.
  { kind: 'lead-in line', regex: /^[^\n\d]{1,80}:[ \t]*\n[ \t]*\n/ },
  // A length count closing a field after a dash (`— 152 characters`, `― 76文字`).
  {
    kind: 'length count',
    regex:
      /[-\u2013\u2014\u2015]\s*\d+\s*(?:characters?|chars?|caracteres|zeichen|words?|mots|palabras|worter|文字|字)\s*$/,
  },
  // A locale tag (`(en-US)`, `(ja-JP)`) names the output's language, not the product's.
  { kind: 'locale tag', regex: /[([]\s*(?:en|es|fr|de|ja)[-_][a-z]{2}\s*[)\]]/ },
  {
    kind: 'quoted field',
    regex:
      /^\s*(?:"[^"\n]+"|\u201c[^\u201d\n]+\u201d|\u201e[^\u201c\n]+\u201c|\u00ab[^\u00bb\n]+\u00bb|\u300c[^\u300d\n]+\u300d|\u300e[^\u300f\n]+\u300f)\s*(?:$|[-\u2013\u2014\u2015(\uff08])/,
  },
];

/** What may stand before a field label: quotes, brackets, markdown emphasis, bullets, a note mark. */
const LABEL_LEAD = `^[\\s"'\u201c\u201d\u00ab\u300c\u3010*_#>\u203b\u2022-]*`;
/** Dashes a label may end with (hyphen, en, em dash and the horizontal bar Japanese text uses). */
const DASH = '-\u2013\u2014\u2015';
/**
 * What may follow the label before its colon or dash: a variant letter (`Copy A`), a parenthesised qualifier
 * (`Texto B (emocional)`, `見出し（H1）`) and a dashed one (`Copy A – value-focused:`).
 */
const LABEL_QUALIFIERS = `(?:\\s*\\([^)\\n]{1,30}\\))?(?:\\s*[${DASH}]\\s*[\\p{L}-]{2,20}(?:\\s[\\p{L}-]{2,20})?(?=\\s*:))?`;

/** Field labels, perhaps qualified, end in a colon (half- or full-width after folding) or a spaced dash, at the start of a line. */
const labelPattern = (labels: readonly string[]): RegExp =>
  lexiconRegex(
    labels,
    (alternation) =>
      `${LABEL_LEAD}(?:${alternation})${LABEL_QUALIFIERS}[\\s"'”»」】*]*(?::|[${DASH}](?=\\s)|\\s*(?:→|=>|->|»|›|=)\\s)`,
  );

/**
 * A short label at the start of a line that ends in a noun naming a piece of the output, followed by a colon
 * (`Emotional copy:`, `Copy emocional:`, `Meta Description (≤160 chars):`): only the noun is listed, so
 * labels worded in new ways are found too. The noun must end the label (`Copy paper:` is a product).
 */
function shortLabelPattern(modelChatter: ModelChatterLexicon, code: LanguageCode): RegExp {
  const nouns = modelChatter.textNouns;
  const before = code === 'ja' ? '[^\\n:\\d]{0,12}' : "(?:[\\p{L}\\d'-]+\\s){0,3}";
  const after = modelChatter.labelAdjectiveFollows ? "(?:\\s[\\p{L}'-]+){0,2}" : '';
  const end = code === 'ja' ? '' : '(?![\\p{L}])';
  return lexiconRegex(
    nouns,
    (alternation) =>
      `${LABEL_LEAD}${before}(?:${alternation})${after}${end}\\s*(?:\\([^)\\n]{0,30}\\))?\\s*:`,
  );
}

/**
 * Talk about the translation in the first line (ended by a colon or a blank line: `Te dejo la traducción a
 * continuación:`, `Below you'll find the localized description.`) or in a last paragraph
 * (`Translator notes: kept metric units`).
 */
function translationTalkPatterns(modelChatter: ModelChatterLexicon, code: LanguageCode): RegExp[] {
  const start = code === 'ja' ? '' : '(?<![\\p{L}])';
  const words = modelChatter.translationWords.map((word) => `${start}${word}`);
  return [
    lexiconRegex(
      words,
      (w) => `(?<![\\s\\S])\\s*[^\\n\\d]{0,160}?(?:${w})[^\\n\\d]{0,80}?(?::[ \\t]*\\n|\\n[ \\t]*\\n)`,
    ),
    lexiconRegex(words, (w) => `(?:\\n[ \\t]*\\n|\\n[ \\t]*-{3,}[ \\t]*\\n)[^\\n]{0,240}?(?:${w})`),
  ];
}

/** A label in brackets opening a field, with no colon (`[SEO Title] …`, `［SEOタイトル］…`, `【見出し】`). */
const bracketedLabelPattern = (modelChatter: ModelChatterLexicon): RegExp =>
  lexiconRegex(
    [...modelChatter.fieldLabels, ...modelChatter.textNouns],
    (alternation) => `(?<![\\s\\S])\\s*[\\[【]\\s*(?:${alternation})${LABEL_QUALIFIERS}\\s*[\\]】]`,
  );

/** A first line that ends in a colon and names a piece of the output (`Hier eine überarbeitete Fassung:`). */
const headerLinePattern = (modelChatter: ModelChatterLexicon, code: LanguageCode): RegExp =>
  lexiconRegex(
    [...modelChatter.textNouns, ...modelChatter.translationWords, ...VERSION_WORDS],
    (alternation) =>
      `(?<![\\s\\S])\\s*[^\\n\\d]{0,100}?${code === 'ja' ? '' : '(?<![\\p{L}])'}(?:${alternation})[^\\n\\d]{0,40}:[ \\t]*\\n`,
  );
/** Words for a version of the text, in the five languages (a header line only). */
const VERSION_WORDS = ['version', 'fassung', 'variante', '版'];

const chatterPatterns = new Map<LanguageCode, KindedPattern[]>();

/** The chatter patterns of a language, with English's: models chatter in English whatever the target. */
function chatterFor(profile: LanguageProfile, english: LanguageProfile): KindedPattern[] {
  const known = chatterPatterns.get(profile.code);
  if (known) return known;
  const lexicons = profile.code === english.code ? [profile] : [profile, english];
  const patterns = lexicons.flatMap(({ modelChatter, code }) => [
    { kind: 'field label', regex: labelPattern(modelChatter.fieldLabels) },
    { kind: 'lead-in', regex: lexiconRegex(modelChatter.leadIns) },
    { kind: 'sign-off', regex: lexiconRegex(modelChatter.signOffs) },
    { kind: 'note on the output', regex: lexiconRegex(modelChatter.annotations) },
    { kind: 'field label', regex: shortLabelPattern(modelChatter, code) },
    { kind: 'field label', regex: bracketedLabelPattern(modelChatter) },
    { kind: 'lead-in', regex: headerLinePattern(modelChatter, code) },
    ...translationTalkPatterns(modelChatter, code).map((regex) => ({
      kind: 'talk about the translation',
      regex,
    })),
  ]);
  chatterPatterns.set(profile.code, patterns);
  return patterns;
}

/** `llm_artifact`: chatter (lead-ins, field labels, sign-offs, disclaimers) and formatting left in a field. */
export const llmArtifactRule: QualityRule = (context) => {
  const patterns = [...FORMATTING, ...chatterFor(context.profile, context.profiles.en)];
  return issuesPerField(
    context,
    'llm_artifact',
    (folded) => firstFinding(folded, patterns),
    (finding, field) => ({
      message: `${field} contains model output that is not content (${finding.kind}: "${finding.span}").`,
      suggestion:
        'Return only the field text: no lead-ins, labels, sign-offs, disclaimers, markdown, HTML or code fences.',
    }),
  );
};
