import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@content-pipeline/languages';
import { buildExtractionMessages, buildLocalizationMessages } from '../prompts/prompt-builder';
import { DIFY_KNOWN_INPUTS } from './dify-contract';

// The v2 workflow renders its prompts from constants in its code node: they must be the pipeline's v2 prompts, or
// the Dify path would bill and write something else than the chat paths and the estimate assume.
const DSL = readFileSync(join(__dirname, '../../../../../deploy/dify/content-generation-v2.yml'), 'utf8');

const base = {
  skuId: 'SKU',
  productName: 'n',
  productDescription: 'd',
  category: 'c',
  attributes: {},
  attempt: 1,
  promptVersion: 'v2',
} as const;

function pythonString(pattern: RegExp): string {
  const match = DSL.match(pattern);
  if (!match) throw new Error(`not in the DSL: ${pattern}`);
  // The constants are written as JSON string literals (which Python reads the same way).
  return JSON.parse(match[1]) as string;
}

describe('deploy/dify/content-generation-v2.yml', () => {
  it.each(LANGUAGES)('holds the v2 localisation system prompt for %s', (language) => {
    const expected = buildLocalizationMessages({ ...base, targetLanguage: language })[0].content;
    expect(pythonString(new RegExp(`^ +"${language}": (".*"),$`, 'm'))).toBe(expected);
  });

  it.each(LANGUAGES)('holds the v2 field-only regeneration system prompt for %s', (language) => {
    const expected = buildLocalizationMessages({
      ...base,
      targetLanguage: language,
      regenerateFields: ['h1'],
    })[0].content;
    const fieldPrompts = DSL.slice(DSL.indexOf('FIELD_SYSTEM_PROMPTS = {'));
    const match = fieldPrompts.match(new RegExp(`^ +"${language}": (".*"),$`, 'm'));
    expect(match && JSON.parse(match[1])).toBe(expected);
  });

  it('holds the v2 extraction system prompt', () => {
    expect(pythonString(/^ +EXTRACTION_SYSTEM = (".*")$/m)).toBe(
      buildExtractionMessages({ ...base, targetLanguage: 'en' })[0].content,
    );
  });

  it('declares every input the pipeline fills, regenerate_fields included', () => {
    const start = DSL.slice(DSL.indexOf('type: start'), DSL.indexOf("- id: '1002'"));
    const declared = [...start.matchAll(/variable: (\w+)/g)].map((match) => match[1]);
    expect(declared).toEqual([...DIFY_KNOWN_INPUTS]);
  });
});
