import { Schema, Type, types } from 'avsc';

/**
 * Why a new schema cannot replace a released one under the registry's BACKWARD rule (a consumer on the new
 * schema must read every message written with the released one), one message per problem naming the subject
 * and the field; empty when the change is compatible.
 *
 * The resolver `avsc` decodes with (`Type.createResolver`, the same one the codec uses for older writers)
 * decides what can be read. One rule goes further than the registry, which compares with the latest version
 * only: a field that had a default keeps one, because retained topics (the catalogue is replayed from the
 * start) still hold messages written before the field existed, which only the default lets a reader read.
 */
export function backwardIncompatibilities(
  subject: string,
  newSchema: object,
  releasedSchema: object,
): string[] {
  const reader = Type.forSchema(newSchema as Schema);
  const writer = Type.forSchema(releasedSchema as Schema);
  return incompatibilities(reader, writer, '').map((problem) => `${subject}: ${problem}`);
}

function incompatibilities(reader: Type, writer: Type, path: string): string[] {
  if (!(reader instanceof types.RecordType && writer instanceof types.RecordType)) {
    return unreadable(reader, writer, path);
  }
  const problems: string[] = [];
  for (const field of reader.fields) {
    const fieldPath = path ? `${path}.${field.name}` : field.name;
    const released = writer.fields.find(
      (candidate) => candidate.name === field.name || field.aliases.includes(candidate.name),
    );
    if (!released) {
      if (field.defaultValue() === undefined) {
        problems.push(
          `field ${fieldPath} is new and has no default: messages written with the released schema have no value for it`,
        );
      }
      continue;
    }
    if (released.defaultValue() !== undefined && field.defaultValue() === undefined) {
      problems.push(
        `field ${fieldPath} lost its default: messages written before the field existed can no longer be read`,
      );
    }
    problems.push(...incompatibilities(field.type, released.type, fieldPath));
  }
  // Field by field everything reads; the record itself may still not (a rename without an alias).
  return problems.length > 0 ? problems : unreadable(reader, writer, path);
}

function unreadable(reader: Type, writer: Type, path: string): string[] {
  try {
    reader.createResolver(writer);
    return [];
  } catch (error) {
    const where = path ? `field ${path}` : 'the record';
    return [
      `${where} changed type: ${schemaText(writer)} (released) cannot be read as ${schemaText(reader)} ` +
        `(${(error as Error).message})`,
    ];
  }
}

function schemaText(type: Type): string {
  const text = JSON.stringify(type.schema());
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
