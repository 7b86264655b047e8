import { TEXT_FIELDS } from '../content-under-review';
import { QualityIssue } from '../quality-issue';
import { QualityRule } from './quality-rule';

interface ArtifactPattern {
  kind: string;
  regex: RegExp;
}

/**
 * Model chatter and formatting that leaked into a field. Patterns are anchored on the chatter's
 * own shape (a lead-in ending in a colon, a first-person disclaimer, a code fence, a tag) so that
 * ordinary words containing the same letters ("there is a shade for everyone") do not match.
 */
const ARTIFACT_PATTERNS: readonly ArtifactPattern[] = [
  { kind: 'code fence', regex: /```|~~~/ },
  {
    kind: 'HTML tag',
    regex:
      /<\/?(?:p|br|hr|div|span|strong|b|i|em|u|h[1-6]|ul|ol|li|a|img|table|tr|td|th|section|article|html|body|head|title|meta|script|style|font)\b[^<>]*>/i,
  },
  {
    kind: 'lead-in',
    regex:
      /\b(?:here(?:'s|’s| is| are)|below (?:is|are))\b[^.\n]{0,60}?\b(?:translation|translated|version|locali[sz]ed|localization|rewrite|rewritten|description|copy|text|content|titles?|output|result)\b[^.\n]{0,40}?[:：]/i,
  },
  {
    kind: 'lead-in',
    regex:
      /^\s*(?:sure|certainly|of course|absolutely|okay|ok|great)\s*[,!.]\s*(?:here|below|i(?:'ll|’ll| will| have|'ve))/im,
  },
  {
    kind: 'AI disclaimer',
    regex:
      /\bas an ai\b|\bas a (?:large )?language model\b|\bi(?:'m|’m| am) (?:just )?an ai\b|\bi (?:have|'ve|’ve) (?:translated|localized|localised|adapted|rewritten|kept)\b|\bi (?:cannot|can't|can’t) (?:verify|guarantee|provide)\b/i,
  },
  {
    kind: 'translator note',
    regex:
      /\(?\b(?:translator'?s note|note)\s*:\s*(?:i\b|i'|the (?:original|translation|source|text)|this (?:translation|text|version))/i,
  },
  {
    kind: 'sign-off',
    regex:
      /\b(?:i hope this helps|hope this helps|let me know if you (?:need|want|would like)|feel free to ask|happy to help|is there anything else)\b/i,
  },
  {
    kind: 'lead-in',
    regex:
      /\b(?:voici (?:la|une) traduction|voici le texte|aquí (?:está|tienes) (?:la|una) traducción|hier ist die übersetzung|以下(?:は|が)(?:翻訳|訳文)|翻訳(?:結果|文)(?:は|：|:))/i,
  },
  {
    kind: 'field label',
    regex:
      /^\s*(?:translation|translated(?:[ _](?:text|description|version|copy))?|traducción|traduction|übersetzung|翻訳|訳文|seo[ _]title|meta[ _]description|h1|marketing[ _]copy(?:[ _][abc])?|copy [abc]|output|answer|result)\s*[:：]/im,
  },
  {
    kind: 'JSON',
    regex: /"(?:translated_description|seo_title|meta_description|h1|marketing_copy_[abc]|translation)"\s*:/,
  },
  { kind: 'JSON', regex: /^\s*[{[]\s*"/ },
  { kind: 'markdown', regex: /\*\*[^*\n]{1,80}\*\*|^#{1,6}\s|^\s*[-*]\s+\*\*|__[^_\n]{1,80}__/m },
];

/** `llm_artifact`: chatter, disclaimers, code fences, HTML tags, markdown and field labels. */
export const llmArtifactRule: QualityRule = ({ input }) => {
  const issues: QualityIssue[] = [];
  for (const field of TEXT_FIELDS) {
    const text = input.content[field];
    if (!text) continue;
    const found = ARTIFACT_PATTERNS.map((pattern) => ({ pattern, match: text.match(pattern.regex) })).find(
      ({ match }) => match,
    );
    if (!found?.match) continue;
    issues.push({
      rule: 'llm_artifact',
      severity: 'critical',
      field,
      span: found.match[0].trim(),
      message: `${field} contains model output that is not content (${found.pattern.kind}: "${found.match[0].trim()}").`,
      suggestion:
        'Return only the field text: no lead-ins, disclaimers, labels, markdown, HTML or code fences.',
    });
  }
  return issues;
};
