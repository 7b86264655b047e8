/** A JSON Schema node as a request carries it. */
type SchemaNode = { [key: string]: unknown };

// Keywords OpenAI's guide lists as not supported in strict mode.
const UNSUPPORTED_KEYWORDS = [
  'patternProperties',
  'unevaluatedProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
];

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function context(path: readonly string[]): string {
  return `(${path.map((p) => `'${p}'`).join(', ')}${path.length === 1 ? ',' : ''})`;
}

/**
 * What OpenAI's strict Structured Outputs would refuse in `schema`, worded like its 400 answers
 * (`In context=('properties', 'x'), 'additionalProperties' is required to be supplied and to be false.`), or
 * undefined when the schema is acceptable: the root is an object (not `anyOf`), every object sets
 * `additionalProperties: false` and lists every property as required, and no unsupported keyword is used.
 */
export function strictSchemaProblem(schema: unknown): string | undefined {
  if (!isNode(schema)) return 'In context=(), schema must be a JSON Schema object.';
  if (schema['type'] !== 'object' || 'anyOf' in schema) {
    return (
      'In context=(), schema must be a JSON Schema of \'type: "object"\', got ' +
      `'type: ${JSON.stringify(schema['type'] ?? 'anyOf')}'.`
    );
  }
  return nodeProblem(schema, []);
}

function nodeProblem(node: SchemaNode, path: string[]): string | undefined {
  for (const keyword of UNSUPPORTED_KEYWORDS) {
    if (keyword in node) return `In context=${context(path)}, '${keyword}' is not permitted.`;
  }
  if (node['type'] === 'object' || 'properties' in node) {
    if (node['additionalProperties'] !== false) {
      return `In context=${context(path)}, 'additionalProperties' is required to be supplied and to be false.`;
    }
    const properties = isNode(node['properties']) ? node['properties'] : {};
    const required = Array.isArray(node['required']) ? node['required'] : [];
    const missing = Object.keys(properties).filter((key) => !required.includes(key));
    if (missing.length > 0) {
      return `In context=${context(path)}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0]}'.`;
    }
    for (const [key, child] of Object.entries(properties)) {
      if (!isNode(child))
        return `In context=${context([...path, 'properties', key])}, schema must be an object.`;
      const problem = nodeProblem(child, [...path, 'properties', key]);
      if (problem) return problem;
    }
  }
  if (isNode(node['items'])) {
    const problem = nodeProblem(node['items'], [...path, 'items']);
    if (problem) return problem;
  }
  if (Array.isArray(node['anyOf'])) {
    for (const [index, option] of node['anyOf'].entries()) {
      if (!isNode(option)) continue;
      const problem = nodeProblem(option, [...path, 'anyOf', String(index)]);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * `value` reshaped to `schema`, as constrained decoding would have produced it: object properties the schema
 * names (missing ones empty), nothing else; a name → value object where a list of two-field objects is asked
 * for becomes that list; scalars converted. The simulator's model writes its usual content, and this is what a
 * schema-enforcing provider would let through.
 */
export function conformToSchema(value: unknown, schema: unknown): unknown {
  if (!isNode(schema)) return value;
  if (Array.isArray(schema['anyOf'])) return conformToSchema(value, schema['anyOf'][0]);
  switch (schema['type']) {
    case 'object': {
      const properties = isNode(schema['properties']) ? schema['properties'] : {};
      const source = isNode(value) ? value : {};
      return Object.fromEntries(
        Object.entries(properties).map(([key, child]) => [key, conformToSchema(source[key], child)]),
      );
    }
    case 'array': {
      const items = schema['items'];
      if (Array.isArray(value)) return value.map((item) => conformToSchema(item, items));
      const itemKeys = isNode(items) && isNode(items['properties']) ? Object.keys(items['properties']) : [];
      if (isNode(value) && itemKeys.length === 2) {
        return Object.entries(value).map(([name, entry]) =>
          conformToSchema({ [itemKeys[0]]: name, [itemKeys[1]]: entry }, items),
        );
      }
      return [];
    }
    case 'string':
      return value === undefined || value === null
        ? ''
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
    case 'number':
    case 'integer':
      return Number.isFinite(Number(value)) ? Number(value) : 0;
    case 'boolean':
      return Boolean(value);
    default:
      return value;
  }
}
