import { TEXT_FIELDS } from '../content-under-review';
import { QualityIssue } from '../quality-issue';
import { QualityRule } from './quality-rule';

/** Template placeholders that reached the output: `{{name}}`, `%s`, `${x}`, `[product name]`. */
const PLACEHOLDER =
  /\{\{[^{}]*\}\}|\$\{[^{}]*\}|%(?:\d\$)?[sd](?![\p{L}])|\[(?:placeholder|product(?: name)?|brand(?: name)?|insert[^\]]*|todo|tbd|xx+)\]/iu;

const TAG = /<(\/?)([a-z][a-z0-9]*)\b[^<>]*?(\/?)>/gi;
const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'input', 'wbr']);

function unbalancedTag(text: string): string | undefined {
  const open: string[] = [];
  for (const match of text.matchAll(TAG)) {
    const [, closing, rawName, selfClosing] = match;
    const name = rawName.toLowerCase();
    if (VOID_TAGS.has(name) || selfClosing) continue;
    if (!closing) open.push(name);
    else if (open[open.length - 1] === name) open.pop();
    else return `</${name}>`;
  }
  return open.length ? `<${open[open.length - 1]}>` : undefined;
}

/**
 * `placeholder_integrity`: unresolved template placeholders and unbalanced markup. A warning: it is
 * visible to shoppers, but the regeneration loop is driven by the critical rules.
 */
export const placeholderIntegrityRule: QualityRule = ({ input }) => {
  const issues: QualityIssue[] = [];
  for (const field of TEXT_FIELDS) {
    const text = input.content[field];
    if (!text) continue;
    const placeholder = text.match(PLACEHOLDER)?.[0];
    const tag = unbalancedTag(text);
    const span = placeholder ?? tag;
    if (!span) continue;
    issues.push({
      rule: 'placeholder_integrity',
      severity: 'warning',
      field,
      span,
      message: placeholder
        ? `${field} contains an unresolved placeholder "${placeholder}".`
        : `${field} has an unbalanced tag ${tag}.`,
      suggestion: 'Fill in or remove placeholders and close (or remove) every tag.',
    });
  }
  return issues;
};
