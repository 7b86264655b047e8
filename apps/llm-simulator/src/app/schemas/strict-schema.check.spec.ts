import { CORE_EXTRACTION_OUTPUT, PRODUCT_CONTENT_OUTPUT } from '@content-pipeline/llm-providers';
import { conformToSchema, strictSchemaProblem } from './strict-schema.check';

describe('strict schema rules', () => {
  it('accept the schemas the pipeline sends', () => {
    expect(strictSchemaProblem(PRODUCT_CONTENT_OUTPUT.schema)).toBeUndefined();
    expect(strictSchemaProblem(CORE_EXTRACTION_OUTPUT.schema)).toBeUndefined();
  });

  it('refuse a root that is not an object, an open object and an unsupported keyword', () => {
    expect(strictSchemaProblem({ type: 'array', items: { type: 'string' } })).toMatch(
      /must be a JSON Schema of 'type: "object"'/,
    );
    expect(
      strictSchemaProblem({
        type: 'object',
        properties: { specs: { type: 'object', additionalProperties: { type: 'string' } } },
        required: ['specs'],
        additionalProperties: false,
      }),
    ).toBe(
      "In context=('properties', 'specs'), 'additionalProperties' is required to be supplied and to be false.",
    );
    expect(
      strictSchemaProblem({
        type: 'object',
        properties: {},
        required: [],
        additionalProperties: false,
        minProperties: 1,
      }),
    ).toMatch(/'minProperties' is not permitted/);
  });

  it('reshape an answer as constrained decoding would: named fields only, a name → value object as pairs', () => {
    expect(
      conformToSchema(
        { core_features: ['a'], technical_specs: { Battery: '5,000 mAh' }, extra: 1 },
        CORE_EXTRACTION_OUTPUT.schema,
      ),
    ).toEqual({
      core_features: ['a'],
      target_audience: '',
      key_benefits: [],
      technical_specs: [{ name: 'Battery', value: '5,000 mAh' }],
      unique_selling_point: '',
    });
  });
});
