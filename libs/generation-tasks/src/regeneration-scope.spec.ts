import type { QualityIssue } from '@content-pipeline/contracts';
import { fieldsToRegenerate } from './regeneration-scope';

const issueOn = (field: string, rule = 'seo_title_length', severity = 'critical'): QualityIssue =>
  ({ rule, severity, field, span: null, message: 'm', suggestion: 's' }) as QualityIssue;

describe('fieldsToRegenerate', () => {
  it('asks for the fields of the blocking issues, in content order, each once', () => {
    expect(
      fieldsToRegenerate([
        issueOn('marketing_copy_b', 'missing_cta'),
        issueOn('seo_title'),
        issueOn('marketing_copy_b', 'forbidden_word', 'warning'),
      ]),
    ).toEqual(['seo_title', 'marketing_copy_b']);
  });

  it('fixes a figure dropped or invented in the description in the description alone', () => {
    expect(
      fieldsToRegenerate([
        issueOn('translated_description', 'number_dropped'),
        issueOn('translated_description', 'number_invented'),
      ]),
    ).toEqual(['translated_description']);
  });

  it('leaves out fields that only carry advice', () => {
    expect(
      fieldsToRegenerate([issueOn('h1', 'h1_same_as_title'), issueOn('meta_description', 'markup', 'info')]),
    ).toEqual(['h1']);
  });

  it.each(['wrong_language', 'prompt_injection_obeyed', 'prompt_injection_echo'])(
    'regenerates the whole set when %s discredits the answer',
    (rule) => {
      expect(fieldsToRegenerate([issueOn('seo_title'), issueOn('translated_description', rule)])).toEqual([]);
    },
  );

  it('regenerates the whole set for an issue on a field it does not know, or with no field-level issue', () => {
    expect(fieldsToRegenerate([issueOn('seo_title'), issueOn('warranty_note', 'operator_rule')])).toEqual([]);
    expect(fieldsToRegenerate([issueOn('h1', 'markup', 'info')])).toEqual([]);
    expect(fieldsToRegenerate([])).toEqual([]);
  });

  it('says "every field" as an empty list when every field fails anyway', () => {
    const all = [
      'translated_description',
      'seo_title',
      'meta_description',
      'h1',
      'marketing_copy_a',
      'marketing_copy_b',
      'marketing_copy_c',
      'suggested_keywords',
    ];
    expect(fieldsToRegenerate(all.map((field) => issueOn(field, 'empty_field')))).toEqual([]);
  });
});
