import { backwardIncompatibilities } from './backward-compatibility';
import { UsageRecordedSchema } from './generated/schemas';

const released = {
  type: 'record',
  name: 'Priced',
  namespace: 'com.contentpipeline',
  fields: [
    { name: 'eventId', type: 'string' },
    { name: 'tokens', type: 'int' },
    { name: 'currency', type: 'string', default: 'USD' },
    {
      name: 'usage',
      type: {
        type: 'record',
        name: 'Usage',
        fields: [{ name: 'promptTokens', type: 'int' }],
      },
    },
  ],
};

type Field = { name: string; type: unknown; default?: unknown };

function evolved(change: (fields: Field[]) => Field[]): object {
  return { ...released, fields: change(structuredClone(released.fields) as Field[]) };
}

describe('backwardIncompatibilities', () => {
  it('accepts the released schema unchanged, and every released subject of the catalogue against itself', () => {
    expect(backwardIncompatibilities('priced-value', released, released)).toEqual([]);
    expect(backwardIncompatibilities('usage-value', UsageRecordedSchema, UsageRecordedSchema)).toEqual([]);
  });

  it('accepts an added field with a default, a removed field and a widened number', () => {
    const next = evolved((fields) => [
      ...fields.filter((field) => field.name !== 'currency'),
      { name: 'note', type: ['null', 'string'], default: null },
    ]);
    const widened = evolved((fields) =>
      fields.map((field) => (field.name === 'tokens' ? { ...field, type: 'long' } : field)),
    );
    expect(backwardIncompatibilities('priced-value', next, released)).toEqual([]);
    expect(backwardIncompatibilities('priced-value', widened, released)).toEqual([]);
  });

  it('refuses a new field without a default, naming the subject and the field', () => {
    const next = evolved((fields) => [...fields, { name: 'model', type: 'string' }]);
    expect(backwardIncompatibilities('priced-value', next, released)).toEqual([
      'priced-value: field model is new and has no default: messages written with the released schema have no value for it',
    ]);
  });

  it('refuses a nested record field added without a default, with its path', () => {
    const next = evolved((fields) =>
      fields.map((field) =>
        field.name === 'usage'
          ? {
              ...field,
              type: {
                type: 'record',
                name: 'Usage',
                fields: [
                  { name: 'promptTokens', type: 'int' },
                  { name: 'completionTokens', type: 'int' },
                ],
              },
            }
          : field,
      ),
    );
    expect(backwardIncompatibilities('priced-value', next, released)).toEqual([
      'priced-value: field usage.completionTokens is new and has no default: messages written with the released schema have no value for it',
    ]);
  });

  it('refuses a changed type the resolver cannot read, naming both types', () => {
    const next = evolved((fields) =>
      fields.map((field) => (field.name === 'tokens' ? { ...field, type: 'string' } : field)),
    );
    const [problem, ...others] = backwardIncompatibilities('priced-value', next, released);
    expect(others).toEqual([]);
    expect(problem).toMatch(
      /^priced-value: field tokens changed type: "int" \(released\) cannot be read as "string"/,
    );
  });

  it('refuses a removed default, which older messages on retained topics need', () => {
    const next = evolved((fields) =>
      fields.map((field) => (field.name === 'currency' ? { name: 'currency', type: 'string' } : field)),
    );
    expect(backwardIncompatibilities('priced-value', next, released)).toEqual([
      'priced-value: field currency lost its default: messages written before the field existed can no longer be read',
    ]);
  });

  it('refuses a renamed record unless the new name keeps the old one as an alias', () => {
    const renamed = { ...released, name: 'PricedUsage' };
    expect(backwardIncompatibilities('priced-value', renamed, released)).toEqual([
      expect.stringMatching(/^priced-value: the record changed type/),
    ]);
    expect(backwardIncompatibilities('priced-value', { ...renamed, aliases: ['Priced'] }, released)).toEqual(
      [],
    );
  });

  it('accepts a renamed field that keeps the released name as an alias', () => {
    const next = evolved((fields) =>
      fields.map((field) =>
        field.name === 'tokens' ? { ...field, name: 'tokenCount', aliases: ['tokens'] } : field,
      ),
    );
    expect(backwardIncompatibilities('priced-value', next, released)).toEqual([]);
  });
});
