import type { Language, ProductContent, QualityIssue, SourceProduct } from '@content-pipeline/contracts';
import { LANGUAGE_PROFILES, measureLength } from '@content-pipeline/languages';
import { assessContentQuality } from '@content-pipeline/quality-rules';

/** Every text field's length in the language's unit (display width for Japanese: full-width counts 2). */
export type FieldLengths = Record<Exclude<keyof ProductContent, 'suggestedKeywords'>, number>;

export function fieldLengths(language: Language, content: ProductContent): FieldLengths {
  const unit = LANGUAGE_PROFILES[language].lengthUnit;
  return {
    translatedDescription: measureLength(content.translatedDescription, unit),
    seoTitle: measureLength(content.seoTitle, unit),
    metaDescription: measureLength(content.metaDescription, unit),
    h1: measureLength(content.h1, unit),
    marketingCopyA: measureLength(content.marketingCopyA, unit),
    marketingCopyB: measureLength(content.marketingCopyB, unit),
    marketingCopyC: measureLength(content.marketingCopyC, unit),
  };
}

export interface EditCheck {
  score: number;
  lengths: FieldLengths;
  issues: QualityIssue[];
  /** Critical issues still open: while any remains the edit cannot be approved. */
  criticalIssues: number;
}

/**
 * The gate's rules on a reviewer's edit, as the page types: the same library the quality gate runs (its
 * operator rules excepted — the gate applies those when the approved edit reaches it).
 */
export function checkEdit(language: Language, source: SourceProduct, content: ProductContent): EditCheck {
  const report = assessContentQuality(
    {
      language,
      source: {
        product_name: source.productName,
        product_description: source.productDescription,
        category: source.category,
        attributes: source.attributes,
      },
      content: {
        translated_description: content.translatedDescription,
        seo_title: content.seoTitle,
        meta_description: content.metaDescription,
        h1: content.h1,
        marketing_copy_a: content.marketingCopyA,
        marketing_copy_b: content.marketingCopyB,
        marketing_copy_c: content.marketingCopyC,
        suggested_keywords: content.suggestedKeywords,
      },
    },
    // A human edit is judged as the gate judges it: one attempt, no regeneration.
    { attempt: 1, maxAttempts: 1 },
  );
  // The contract's shape, as the version store answers: a rule without a span says null.
  const issues: QualityIssue[] = report.issues.map((issue) => ({
    rule: issue.rule,
    severity: issue.severity,
    field: issue.field,
    span: issue.span ?? null,
    message: issue.message,
    suggestion: issue.suggestion,
  }));
  return {
    score: report.score,
    lengths: fieldLengths(language, content),
    issues,
    criticalIssues: issues.filter((issue) => issue.severity === 'critical').length,
  };
}
