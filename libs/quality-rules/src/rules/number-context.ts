import { TextField } from '../content-under-review';
import { LanguageProfile } from '../languages/language-profile';
import {
  distinctByValue,
  extractOptionalSourceNumbers,
  extractSourceNumbers,
  SourceNumber,
} from '../numbers/source-number-extraction';
import { RuleContext } from './quality-rule';

/** The source values both number rules compare against. */
export interface SourceSpecs {
  /** Values the description must carry: every number of the Chinese product description. */
  required: SourceNumber[];
  /** Values the content may mention: required ones plus those of the product name and attributes. */
  allowed: number[];
}

/** Reads the source specs once per rule run. */
export function sourceSpecs({ input }: RuleContext): SourceSpecs {
  const { product_description, product_name, attributes } = input.source;
  const required = distinctByValue(extractSourceNumbers(product_description));
  const extraText = [product_name, ...Object.entries(attributes ?? {}).flat()].join('\n');
  const allowed = [
    ...required.map((mention) => mention.value),
    ...extractSourceNumbers(extraText).map((mention) => mention.value),
    ...extractOptionalSourceNumbers(`${product_description}\n${extraText}`),
    // "1" is how every language writes "a single" (2-in-1, No. 1): too common to be a hallucinated spec.
    1,
  ];
  return { required, allowed };
}

/**
 * The conventions to read a field's numbers with: its own language when it is written in another
 * of the five (a German description in an en case uses 5.000), else the target language's.
 */
export function numberProfileFor(context: RuleContext, field: TextField): LanguageProfile {
  const detected = context.fieldLanguages[field]?.language;
  return detected && detected !== context.profile.code && detected in context.profiles
    ? context.profiles[detected]
    : context.profile;
}
