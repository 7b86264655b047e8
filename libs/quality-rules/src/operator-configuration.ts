import { z } from 'zod';
import { LANGUAGE_CODES, LanguageCode } from './content-under-review';
import { RULE_IDS, Severity } from './quality-issue';
import { VERDICT_ACTIONS, VerdictPolicy } from './verdict-policy';

const severitySchema = z.enum(['critical', 'warning', 'info']);

/**
 * Extra checks operators add at runtime (from a config store, a topic, a file) without a deploy.
 * Terms are matched like the built-in forbidden words; regex rules are JavaScript regular expressions
 * applied to every text field of the language.
 */
export const operatorConfigurationSchema = z.object({
  languages: z
    .record(
      z.enum(LANGUAGE_CODES),
      z.object({
        forbiddenTerms: z
          .array(
            z.object({
              term: z.string().min(1),
              /** Regex source matching the term and its inflections; defaults to the escaped term. */
              pattern: z.string().min(1).optional(),
              severity: severitySchema.default('critical'),
            }),
          )
          .default([]),
        regexRules: z
          .array(
            z.object({
              id: z.string().min(1),
              pattern: z.string().min(1),
              flags: z.string().default('iu'),
              severity: severitySchema,
              message: z.string().min(1),
              suggestion: z.string().min(1),
            }),
          )
          .default([]),
        /** Per-rule verdict actions overriding the default policy for this language. */
        verdictPolicy: z.record(z.enum(RULE_IDS), z.enum(VERDICT_ACTIONS)).default({}),
      }),
    )
    .default({}),
});

/** Operator-supplied forbidden term. */
export interface OperatorForbiddenTerm {
  term: string;
  pattern?: string;
  severity: Severity;
}

/** Operator-supplied regex rule; reported under the rule id `operator_rule`. */
export interface OperatorRegexRule {
  id: string;
  pattern: string;
  flags: string;
  severity: Severity;
  message: string;
  suggestion: string;
}

/** Operator configuration, already validated (see {@link parseOperatorConfiguration}). */
export interface OperatorConfiguration {
  languages: Partial<
    Record<
      LanguageCode,
      {
        forbiddenTerms: OperatorForbiddenTerm[];
        regexRules: OperatorRegexRule[];
        verdictPolicy?: VerdictPolicy;
      }
    >
  >;
}

/** An operator configuration with a regex that does not compile. */
export class InvalidOperatorConfigurationError extends Error {
  /** Retrying with the same configuration cannot succeed. */
  readonly retriable = false;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidOperatorConfigurationError';
  }
}

/**
 * Validates raw operator configuration and compiles every pattern once, so a broken regex is
 * rejected when the configuration is loaded rather than in the middle of a quality check.
 */
export function parseOperatorConfiguration(raw: unknown): OperatorConfiguration {
  const parsed = operatorConfigurationSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidOperatorConfigurationError(`invalid operator configuration: ${parsed.error.message}`);
  }
  for (const [language, config] of Object.entries(parsed.data.languages)) {
    for (const term of config?.forbiddenTerms ?? [])
      compileOrThrow(term.pattern ?? term.term, 'iu', language);
    for (const rule of config?.regexRules ?? []) compileOrThrow(rule.pattern, rule.flags, language);
  }
  return parsed.data as OperatorConfiguration;
}

function compileOrThrow(pattern: string, flags: string, language: string): void {
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    throw new InvalidOperatorConfigurationError(
      `operator pattern /${pattern}/ for ${language} does not compile`,
      {
        cause: error,
      },
    );
  }
}
