/**
 * Generates the TypeScript side of the Avro contracts from the `.avsc` files, which are the source of truth:
 * - `generated/types.ts`: one interface per record, one string union per enum;
 * - `generated/schemas.ts`: every record schema resolved into a self-contained document (named types it
 *   references are inlined at first use), ready to register as a subject in the schema registry.
 *
 * `--check` regenerates in memory and fails when the committed files differ, so a schema edit without
 * regeneration cannot land.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

type AvroSchema = string | AvroSchema[] | AvroComplex;
interface AvroComplex {
  type: string | AvroSchema;
  name?: string;
  namespace?: string;
  doc?: string;
  fields?: AvroField[];
  symbols?: string[];
  items?: AvroSchema;
  values?: AvroSchema;
  logicalType?: string;
}
interface AvroField {
  name: string;
  type: AvroSchema;
  doc?: string;
  default?: unknown;
}

const contractsRoot = resolve(__dirname, '../../libs/contracts/src');
const schemaDir = join(contractsRoot, 'schemas');
const generatedDir = join(contractsRoot, 'generated');
const DEFAULT_NAMESPACE = 'com.contentpipeline';
const PRIMITIVES: Record<string, string> = {
  null: 'null',
  boolean: 'boolean',
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bytes: 'Buffer',
  string: 'string',
};

function fullName(name: string, namespace = DEFAULT_NAMESPACE): string {
  return name.includes('.') ? name : `${namespace}.${name}`;
}

function shortName(name: string): string {
  return name.split('.').pop() as string;
}

/** Collects every named type (top-level and nested) so references can be resolved across files. */
function collectNamedTypes(schema: AvroSchema, into: Map<string, AvroComplex>): void {
  if (typeof schema === 'string') return;
  if (Array.isArray(schema)) {
    schema.forEach((branch) => collectNamedTypes(branch, into));
    return;
  }
  if ((schema.type === 'record' || schema.type === 'enum') && schema.name) {
    const key = fullName(schema.name, schema.namespace);
    if (into.has(key)) throw new Error(`Avro type ${key} is defined twice`);
    into.set(key, schema);
  }
  if (typeof schema.type !== 'string') collectNamedTypes(schema.type, into);
  schema.fields?.forEach((field) => collectNamedTypes(field.type, into));
  if (schema.items) collectNamedTypes(schema.items, into);
  if (schema.values) collectNamedTypes(schema.values, into);
}

function tsType(schema: AvroSchema, named: Map<string, AvroComplex>): string {
  if (typeof schema === 'string') {
    if (PRIMITIVES[schema]) return PRIMITIVES[schema];
    const target = named.get(fullName(schema));
    if (!target) throw new Error(`Unknown Avro type reference: ${schema}`);
    return shortName(target.name as string);
  }
  if (Array.isArray(schema)) return schema.map((branch) => tsType(branch, named)).join(' | ');
  switch (schema.type) {
    case 'record':
    case 'enum':
      return shortName(schema.name as string);
    case 'array':
      return `${wrap(tsType(schema.items as AvroSchema, named))}[]`;
    case 'map':
      return `Record<string, ${tsType(schema.values as AvroSchema, named)}>`;
    default:
      return tsType(schema.type as AvroSchema, named);
  }
}

function wrap(type: string): string {
  return type.includes('|') ? `(${type})` : type;
}

function docComment(doc: string | undefined, indent: string): string {
  return doc ? `${indent}/** ${doc} */\n` : '';
}

function renderTypes(named: Map<string, AvroComplex>): string {
  const blocks: string[] = [];
  for (const schema of [...named.values()].sort((a, b) =>
    (a.name as string).localeCompare(b.name as string),
  )) {
    const name = shortName(schema.name as string);
    if (schema.type === 'enum') {
      const symbols = (schema.symbols as string[]).map((symbol) => `'${symbol}'`);
      blocks.push(
        `${docComment(schema.doc, '')}export type ${name} = ${symbols.join(' | ')};\n` +
          `export const ${name}Values = [${symbols.join(', ')}] as const;`,
      );
      continue;
    }
    const fields = (schema.fields as AvroField[])
      .map((field) => `${docComment(field.doc, '  ')}  ${field.name}: ${tsType(field.type, named)};`)
      .join('\n');
    blocks.push(`${docComment(schema.doc, '')}export interface ${name} {\n${fields}\n}`);
  }
  return `${HEADER}\n${blocks.join('\n\n')}\n`;
}

/** Inlines referenced named types at their first use so each subject's schema stands alone. */
function resolveSchema(schema: AvroSchema, named: Map<string, AvroComplex>, seen: Set<string>): AvroSchema {
  if (typeof schema === 'string') {
    if (PRIMITIVES[schema]) return schema;
    const key = fullName(schema);
    if (seen.has(key)) return key;
    const target = named.get(key);
    if (!target) throw new Error(`Unknown Avro type reference: ${schema}`);
    return resolveSchema(target, named, seen);
  }
  if (Array.isArray(schema)) return schema.map((branch) => resolveSchema(branch, named, seen));
  if ((schema.type === 'record' || schema.type === 'enum') && schema.name) {
    const key = fullName(schema.name, schema.namespace);
    if (seen.has(key)) return key;
    seen.add(key);
  }
  const resolved: AvroComplex = { ...schema };
  if (schema.type === 'record' || schema.type === 'enum') {
    resolved.namespace = schema.namespace ?? DEFAULT_NAMESPACE;
  }
  if (typeof schema.type !== 'string') resolved.type = resolveSchema(schema.type, named, seen);
  if (schema.fields) {
    resolved.fields = schema.fields.map((field) => ({
      ...field,
      type: resolveSchema(field.type, named, seen),
    }));
  }
  if (schema.items) resolved.items = resolveSchema(schema.items, named, seen);
  if (schema.values) resolved.values = resolveSchema(schema.values, named, seen);
  return resolved;
}

function renderSchemas(topLevel: AvroComplex[], named: Map<string, AvroComplex>): string {
  const entries = topLevel
    .filter((schema) => schema.type === 'record')
    .sort((a, b) => (a.name as string).localeCompare(b.name as string))
    .map((schema) => {
      const resolved = resolveSchema(schema, named, new Set());
      return `export const ${shortName(schema.name as string)}Schema = ${JSON.stringify(resolved, null, 2)} as const;`;
    });
  return `${HEADER}\n${entries.join('\n\n')}\n`;
}

const HEADER =
  '// Generated from libs/contracts/src/schemas/*.avsc by tools/avro-codegen. Do not edit: run `npm run contracts:generate`.\n';

function main(): void {
  const check = process.argv.includes('--check');
  const files = readdirSync(schemaDir).filter((file) => file.endsWith('.avsc'));
  const topLevel = files.map(
    (file) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as AvroComplex,
  );
  const named = new Map<string, AvroComplex>();
  topLevel.forEach((schema) => collectNamedTypes(schema, named));

  const outputs: Record<string, string> = {
    'types.ts': renderTypes(named),
    'schemas.ts': renderSchemas(topLevel, named),
  };

  if (check) {
    const drifted = Object.entries(outputs).filter(([file, content]) => {
      try {
        return readFileSync(join(generatedDir, file), 'utf8') !== content;
      } catch {
        return true;
      }
    });
    if (drifted.length > 0) {
      console.error(
        `Contracts drift: ${drifted.map(([file]) => `libs/contracts/src/generated/${file}`).join(', ')} ` +
          'no longer match the .avsc files. Run `npm run contracts:generate` and commit the result.',
      );
      process.exit(1);
    }
    console.log(`Contracts in sync: ${files.length} schema files, ${named.size} named types.`);
    return;
  }
  mkdirSync(generatedDir, { recursive: true });
  for (const [file, content] of Object.entries(outputs)) writeFileSync(join(generatedDir, file), content);
  console.log(
    `Generated ${Object.keys(outputs).length} files from ${files.length} schema files (${named.size} named types).`,
  );
}

main();
