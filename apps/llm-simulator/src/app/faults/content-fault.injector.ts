import type { ProductContent, TargetLanguage } from '@content-pipeline/llm-providers';
import { LANGUAGE_PROFILES, measureLength } from '@content-pipeline/languages';
import { unitDraw } from '../content/deterministic-random';
import { PHRASEBOOKS } from '../content/phrasebook';
import { CONTENT_FAULTS, type ContentFault, type ContentFaultRates } from './content-fault';

/**
 * Decides and applies content faults. Each fault is drawn independently from a key of (SKU, language, attempt,
 * seed, fault), so the same request always gets the same faults, and a new attempt gets a fresh draw.
 */
export class ContentFaultInjector {
  /** The faults drawn for `variantKey` under `rates`. */
  draw(variantKey: string, rates: ContentFaultRates): ContentFault[] {
    return CONTENT_FAULTS.filter(
      (fault) => rates[fault] > 0 && unitDraw(`${variantKey}|${fault}`) < rates[fault],
    );
  }

  /** `content` with the content-level faults applied (broken_json is applied to the serialised text instead). */
  apply(
    content: ProductContent,
    faults: readonly ContentFault[],
    language: TargetLanguage,
    sourceDescription: string,
  ): ProductContent {
    const book = PHRASEBOOKS[language];
    const out: ProductContent = { ...content, suggested_keywords: [...content.suggested_keywords] };
    for (const fault of faults) {
      switch (fault) {
        case 'dropped_number': {
          // Remove the first sentence that carries a digit (a spec sentence).
          const parts = splitSentences(out.translated_description, language);
          const index = parts.findIndex((p) => /\d/.test(p));
          if (index >= 0) parts.splice(index, 1);
          out.translated_description = parts.join(book.sentenceJoiner);
          break;
        }
        case 'changed_number':
          out.translated_description = out.translated_description.replace(/\d+/, (n) =>
            String(Number(n) + 7),
          );
          break;
        case 'forbidden_word':
          out.marketing_copy_c = `${book.forbiddenSentence}${book.sentenceJoiner}${out.marketing_copy_c}`;
          break;
        case 'long_title': {
          const { seoTitleLength: limit, lengthUnit } = LANGUAGE_PROFILES[language];
          while (measureLength(out.seo_title, lengthUnit) <= limit.max) {
            out.seo_title = `${out.seo_title}${book.titleSeparator}${book.taglines[0]}`;
          }
          break;
        }
        case 'missing_cta':
          out.marketing_copy_b = book.ctaFreeCopy;
          break;
        case 'untranslated_chinese': {
          const line = sourceDescription.split('\n').find((l) => l.trim().length > 0) ?? sourceDescription;
          out.translated_description = `${out.translated_description}${book.sentenceJoiner}${line.trim()}`;
          break;
        }
        case 'chatter':
          out.translated_description = `Here is the translation: ${out.translated_description}`;
          break;
        case 'broken_json':
        case 'foreign_shape':
          break;
      }
    }
    return out;
  }

  /**
   * Valid JSON of another shape, as a model asked for "JSON" without a schema may write: its own field names, the
   * keywords as one string, the marketing copies as a list.
   */
  foreignShape(content: ProductContent): string {
    return JSON.stringify({
      title: content.seo_title,
      description: content.translated_description,
      meta: content.meta_description,
      heading: content.h1,
      marketing: [content.marketing_copy_a, content.marketing_copy_b, content.marketing_copy_c],
      keywords: content.suggested_keywords.join(', '),
    });
  }

  /** Cuts a serialised JSON answer short, as a model hitting a stop or a length limit would. */
  breakJson(text: string): string {
    return text.slice(0, Math.max(1, Math.floor(text.length * 0.6)));
  }
}

function splitSentences(text: string, language: TargetLanguage): string[] {
  return language === 'ja' ? text.split(/(?<=。)/).filter((s) => s) : text.split(/(?<=\.)\s+/);
}
