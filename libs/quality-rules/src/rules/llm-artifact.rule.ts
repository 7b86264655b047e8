import { LanguageCode } from '../content-under-review';
import { LanguageProfile } from '../languages/language-profile';
import { KindedPattern, firstFinding, issuesPerField, lexiconRegex } from './field-matching';
import { QualityRule } from './quality-rule';

/**
 * Formatting a model leaves behind, in any language: code fences, HTML tags, JSON keys, markdown emphasis.
 * (HTML is also a `markup` safety issue; it stays here because the QA contract counts `<p>` as an artifact.)
 */
const FORMATTING: readonly KindedPattern[] = [
  { kind: 'code fence', regex: /```|~~~/ },
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
  {
    kind: 'quoted field',
    regex:
      /^\s*(?:"[^"\n]+"|\u201c[^\u201d\n]+\u201d|\u201e[^\u201c\n]+\u201c|\u00ab[^\u00bb\n]+\u00bb|\u300c[^\u300d\n]+\u300d|\u300e[^\u300f\n]+\u300f)\s*(?:$|[-\u2013\u2014(\uff08])/,
  },
];

/** What may stand before a field label: quotes, brackets, markdown emphasis, bullets, a note mark. */
const LABEL_LEAD = `^[\\s"'\u201c\u201d\u00ab\u300c\u3010*_#>\u203b\u2022-]*`;
/**
 * What may follow the label before its colon or dash: a variant letter (`Copy A`), a parenthesised qualifier
 * (`Texto B (emocional)`, `見出し（H1）`) and a dashed one (`Copy A – value-focused:`).
 */
const LABEL_QUALIFIERS = `(?:\\s*\\([^)\\n]{1,30}\\))?(?:\\s*[-\u2013\u2014]\\s*[\\p{L}-]{2,20}(?:\\s[\\p{L}-]{2,20})?(?=\\s*:))?`;

/** Field labels, perhaps qualified, end in a colon (half- or full-width after folding) or a spaced dash, at the start of a line. */
const labelPattern = (labels: readonly string[]): RegExp =>
  lexiconRegex(
    labels,
    (alternation) =>
      `${LABEL_LEAD}(?:${alternation})${LABEL_QUALIFIERS}[\\s"'”»」】*]*(?::|[-\u2013\u2014](?=\\s))`,
  );

const chatterPatterns = new Map<LanguageCode, KindedPattern[]>();

/** The chatter patterns of a language, with English's: models chatter in English whatever the target. */
function chatterFor(profile: LanguageProfile, english: LanguageProfile): KindedPattern[] {
  const known = chatterPatterns.get(profile.code);
  if (known) return known;
  const lexicons = profile.code === english.code ? [profile] : [profile, english];
  const patterns = lexicons.flatMap(({ modelChatter }) => [
    { kind: 'field label', regex: labelPattern(modelChatter.fieldLabels) },
    { kind: 'lead-in', regex: lexiconRegex(modelChatter.leadIns) },
    { kind: 'sign-off', regex: lexiconRegex(modelChatter.signOffs) },
    { kind: 'note on the output', regex: lexiconRegex(modelChatter.annotations) },
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
