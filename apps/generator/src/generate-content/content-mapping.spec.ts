import type { GenerationRequested } from '@content-pipeline/contracts';
import { toContractContent, toGenerationInput, toProviderContent } from './content-mapping';

const providerContent = {
  translated_description: 'd',
  seo_title: 't',
  meta_description: 'm',
  h1: 'h',
  marketing_copy_a: 'a',
  marketing_copy_b: 'b',
  marketing_copy_c: 'c',
  suggested_keywords: ['k'],
};

describe('content mapping', () => {
  it('round-trips provider content through the contract shape', () => {
    expect(toProviderContent(toContractContent(providerContent))).toEqual(providerContent);
  });

  it('hands the English master and the feedback to the provider', () => {
    const request = {
      skuId: 'SKU-1',
      jobId: 'job',
      language: 'de',
      attempt: 2,
      promptVersion: 'v1',
      source: {
        productName: 'n',
        productDescription: 'd',
        category: 'kitchen',
        brand: '',
        attributes: {},
        sourceHash: 'h',
      },
      masterContent: toContractContent(providerContent),
      feedback: 'fix the title',
      regenerateFields: [],
      previousContent: null,
    } as unknown as GenerationRequested;
    expect(toGenerationInput(request)).toMatchObject({
      targetLanguage: 'de',
      attempt: 2,
      brand: undefined,
      sourceContent: providerContent,
      feedback: 'fix the title',
      user: 'job',
    });
  });

  it('hands a field-only regeneration its fields and the previous content, dropping unknown field names', () => {
    const request = {
      skuId: 'SKU-1',
      jobId: 'job',
      language: 'en',
      attempt: 2,
      promptVersion: 'v2',
      source: { productName: 'n', productDescription: 'd', category: 'c', brand: '', attributes: {} },
      masterContent: null,
      feedback: 'fix the title',
      regenerateFields: ['seo_title', 'warranty_note', 'h1'],
      previousContent: toContractContent(providerContent),
    } as unknown as GenerationRequested;
    expect(toGenerationInput(request)).toMatchObject({
      regenerateFields: ['seo_title', 'h1'],
      previousContent: providerContent,
    });
  });
});
