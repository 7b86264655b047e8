import { getMetadataStorage } from 'class-validator';

/**
 * Copies the constraints a DTO's class-validator decorators enforce into its OpenAPI property metadata, before the
 * document is built: the validators are the rule that answers 400, so the document states the same rule instead of a
 * second, hand-kept copy in `@ApiProperty` that drifts (a pattern, an enum, a minimum the API enforces but does not
 * declare makes a generated client send requests the API refuses). Constraints written in `@ApiProperty` win.
 */

/** Where `@nestjs/swagger` keeps a property's `@ApiProperty` options (`DECORATORS.API_MODEL_PROPERTIES`)… */
const SWAGGER_PROPERTY_METADATA = 'swagger/apiModelProperties';
/** …and the list of a class's documented properties, as `:name` (`DECORATORS.API_MODEL_PROPERTIES_ARRAY`). */
const SWAGGER_PROPERTY_LIST_METADATA = 'swagger/apiModelPropertiesArray';

/** The part of a class-validator metadata entry read here (its storage is not typed as public API). */
interface ValidatorEntry {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

type Constraints = Record<string, unknown>;

/** A class class-validator holds rules for (a DTO). */
type ValidatedClass = abstract new (...args: never[]) => unknown;

/** The OpenAPI keywords one validator stands for, or null when it has none (custom rules, nested checks). */
export function openApiConstraints(entry: ValidatorEntry): Constraints | null {
  if (entry.type !== 'customValidation' || entry.each) return null;
  const [first, second] = entry.constraints ?? [];
  switch (entry.name) {
    case 'matches':
      return first instanceof RegExp ? { pattern: first.source } : null;
    case 'isIn':
      return Array.isArray(first) ? { enum: first } : null;
    case 'isEnum':
      return first && typeof first === 'object' ? { enum: Object.values(first as object) } : null;
    case 'min':
      return { minimum: first };
    case 'max':
      return { maximum: first };
    case 'isPositive':
      return { minimum: 0, exclusiveMinimum: true };
    case 'minLength':
      return { minLength: first };
    case 'maxLength':
      return { maxLength: first };
    case 'isLength':
      return second === undefined ? { minLength: first } : { minLength: first, maxLength: second };
    case 'isNotEmpty':
      return { minLength: 1 };
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    case 'isUuid':
      return { format: 'uuid' };
    case 'isInt':
      return { type: 'integer' };
    default:
      return null;
  }
}

/**
 * Writes each validated property's constraints into its `@ApiProperty` metadata; a validated property without
 * `@ApiProperty` is documented from its validators and its declared type (the API accepts it, so the document names
 * it). A property the validators make conditional (`@ValidateIf`) keeps only what it documents itself.
 */
export function documentValidationConstraints(): void {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<ValidatedClass, ValidatorEntry[]>;
  };
  for (const [target, entries] of storage.validationMetadatas) {
    const byProperty = new Map<string, ValidatorEntry[]>();
    for (const entry of entries)
      byProperty.set(entry.propertyName, [...(byProperty.get(entry.propertyName) ?? []), entry]);
    for (const [property, propertyEntries] of byProperty) {
      const conditional = propertyEntries.some(
        (entry) => entry.type === 'conditionalValidation' && entry.name !== 'isOptional',
      );
      if (conditional) continue;
      const optional = propertyEntries.some((entry) => entry.name === 'isOptional');
      const documented =
        (Reflect.getMetadata(SWAGGER_PROPERTY_METADATA, target.prototype, property) as
          | Constraints
          | undefined) ?? undocumentedProperty(target, property, propertyEntries);
      if (!documented) continue;
      const derived = Object.assign(
        {},
        ...propertyEntries.map((entry) => openApiConstraints(entry) ?? {}),
      ) as Constraints;
      const declaredType =
        documented['type'] ?? Reflect.getMetadata('design:type', target.prototype, property);
      const isArray =
        documented['isArray'] === true || Array.isArray(documented['type']) || declaredType === Array;
      const isString = !isArray && (declaredType === String || declaredType === 'string');
      const isNumber = !isArray && (declaredType === Number || declaredType === 'number');
      if (!isString) for (const keyword of ['minLength', 'maxLength', 'pattern']) delete derived[keyword];
      if (!isArray) for (const keyword of ['minItems', 'maxItems']) delete derived[keyword];
      if (!isNumber)
        for (const keyword of ['minimum', 'maximum', 'exclusiveMinimum', 'type']) delete derived[keyword];
      const merged: Constraints = { ...derived, ...(optional ? { nullable: true } : {}), ...documented };
      if (derived['type'] === 'integer') merged['type'] = 'integer';
      Reflect.defineMetadata(SWAGGER_PROPERTY_METADATA, merged, target.prototype, property);
    }
  }
}

/** Swagger metadata for a validated property that has none, or null when its type cannot be told. */
function undocumentedProperty(
  target: ValidatedClass,
  property: string,
  entries: ValidatorEntry[],
): Constraints | null {
  const declared = Reflect.getMetadata('design:type', target.prototype, property) as unknown;
  const designType = [String, Number, Boolean].includes(declared as never) ? declared : impliedType(entries);
  if (designType !== String && designType !== Number && designType !== Boolean) return null;
  const listed =
    (Reflect.getMetadata(SWAGGER_PROPERTY_LIST_METADATA, target.prototype) as string[] | undefined) ?? [];
  Reflect.defineMetadata(SWAGGER_PROPERTY_LIST_METADATA, [...listed, `:${property}`], target.prototype);
  const optional = entries.some(
    (entry) => entry.type === 'conditionalValidation' && entry.name === 'isOptional',
  );
  return { type: designType, required: !optional };
}

/** The type the validators imply when the declared one is lost (a union type from another module reads as Object). */
function impliedType(entries: ValidatorEntry[]): unknown {
  const names = new Set(entries.map((entry) => entry.name));
  const isIn = entries.find((entry) => entry.name === 'isIn');
  const stringChoices =
    Array.isArray(isIn?.constraints?.[0]) &&
    (isIn.constraints[0] as unknown[]).every((v) => typeof v === 'string');
  if (names.has('isString') || names.has('matches') || names.has('isLength') || stringChoices) return String;
  if (names.has('isInt') || names.has('isNumber')) return Number;
  return undefined;
}
