import { SKU_ID_FORMAT } from '@content-pipeline/contracts';
import { CATALOG_CATEGORIES, CatalogCategory, CatalogProblem, CatalogValidation } from './catalog-sku';
import { CATALOG_LIMITS } from './catalog-limits';

const KNOWN_FIELDS = new Set([
  'sku_id',
  'product_name',
  'product_description',
  'category',
  'brand',
  'attributes',
  'price_cny',
  'updated_at',
  'event_id',
]);
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;
const MARKUP_OR_SCRIPT =
  /<\s*\/?\s*(script|iframe|object|embed|style|img|svg|a)\b|javascript:|\bon[a-z]+\s*=/i;
const SQL_INJECTION =
  /['";]\s*;?\s*(drop|delete|truncate|alter|insert|update|grant|exec)\s+(table|from|into|database|\w+\s+set)\b|--\s*$|;\s*--/im;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireText(
  record: Record<string, unknown>,
  field: string,
  problems: CatalogProblem[],
  maxChars: number,
): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) {
    problems.push({ field, problem: 'is required' });
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push({ field, problem: `must be a string, got ${typeof value}` });
    return undefined;
  }
  if (!value.isWellFormed()) {
    problems.push({ field, problem: 'contains invalid Unicode (a lone surrogate)' });
    return undefined;
  }
  if (value.trim().length === 0) {
    problems.push({ field, problem: 'is empty or whitespace only' });
    return undefined;
  }
  if (value.length > maxChars) {
    problems.push({ field, problem: `is ${value.length} characters long; the limit is ${maxChars}` });
    return undefined;
  }
  return value;
}

/**
 * Validates one catalogue record (the catalogue's snake_case JSON) against what generation needs.
 * Returns every problem at once, so the dead-letter reason tells the catalogue team all that is wrong.
 * Unknown extra fields are accepted and ignored (the catalogue may grow fields before we use them).
 */
export function validateCatalogRecord(input: unknown, now: Date): CatalogValidation {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      problems: [
        {
          field: '(record)',
          problem: `must be a JSON object, got ${Array.isArray(input) ? 'an array' : typeof input}`,
        },
      ],
    };
  }
  const problems: CatalogProblem[] = [];

  const skuId = input['sku_id'];
  if (skuId === undefined || skuId === null) problems.push({ field: 'sku_id', problem: 'is required' });
  else if (typeof skuId !== 'string')
    problems.push({ field: 'sku_id', problem: `must be a string, got ${typeof skuId}` });
  else if (!CATALOG_LIMITS.skuIdPattern.test(skuId)) {
    problems.push({
      field: 'sku_id',
      problem: `must be ${SKU_ID_FORMAT}, got ${JSON.stringify(skuId.slice(0, 40))}${skuId.length > 40 ? '…' : ''}`,
    });
  }

  const productName = requireText(input, 'product_name', problems, CATALOG_LIMITS.productNameMaxChars);
  const description = requireText(input, 'product_description', problems, CATALOG_LIMITS.descriptionMaxChars);
  if (description !== undefined) {
    const letters = description.match(LETTER)?.length ?? 0;
    const han = description.match(HAN)?.length ?? 0;
    if (letters === 0 || description.trim().length < CATALOG_LIMITS.descriptionMinChars) {
      problems.push({ field: 'product_description', problem: 'has no product text (only symbols or emoji)' });
    } else if (han / letters < CATALOG_LIMITS.minHanShare) {
      problems.push({
        field: 'product_description',
        problem: `is not Chinese (${Math.round((100 * han) / letters)}% Han characters); the pipeline translates from Chinese`,
      });
    }
    if (MARKUP_OR_SCRIPT.test(description)) {
      problems.push({
        field: 'product_description',
        problem: 'contains HTML/script markup; send plain text',
      });
    }
    if (SQL_INJECTION.test(description)) {
      problems.push({
        field: 'product_description',
        problem: 'contains SQL statement text; looks like an injection attempt',
      });
    }
  }

  const category = input['category'];
  if (typeof category !== 'string' || !(CATALOG_CATEGORIES as readonly string[]).includes(category)) {
    problems.push({
      field: 'category',
      problem: `must be one of ${CATALOG_CATEGORIES.join(', ')}; got ${JSON.stringify(category)}`,
    });
  }

  const brand = input['brand'];
  if (brand !== undefined && brand !== null && typeof brand !== 'string') {
    problems.push({ field: 'brand', problem: 'must be a string' });
  }

  const attributes: Record<string, string> = {};
  const rawAttributes = input['attributes'];
  if (rawAttributes !== undefined && rawAttributes !== null) {
    if (!isPlainObject(rawAttributes)) {
      problems.push({
        field: 'attributes',
        problem: `must be an object of name → value, got ${Array.isArray(rawAttributes) ? 'an array' : typeof rawAttributes}`,
      });
    } else if (Object.keys(rawAttributes).length > CATALOG_LIMITS.attributeMaxEntries) {
      problems.push({
        field: 'attributes',
        problem: `has more than ${CATALOG_LIMITS.attributeMaxEntries} entries`,
      });
    } else {
      for (const [name, value] of Object.entries(rawAttributes)) {
        if (
          (typeof value !== 'string' && typeof value !== 'number') ||
          String(value).length > CATALOG_LIMITS.attributeValueMaxChars
        ) {
          problems.push({
            field: `attributes.${name}`,
            problem: 'must be a string or number of at most 500 characters',
          });
        } else attributes[name] = String(value);
      }
    }
  }

  const price = input['price_cny'];
  if (price !== undefined && price !== null) {
    if (typeof price !== 'number' || !Number.isFinite(price)) {
      problems.push({ field: 'price_cny', problem: `must be a number, got ${JSON.stringify(price)}` });
    } else if (price < 0)
      problems.push({ field: 'price_cny', problem: `must not be negative, got ${price}` });
  }

  const updatedAt = input['updated_at'];
  const updatedAtMs =
    typeof updatedAt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(updatedAt)
      ? Date.parse(updatedAt)
      : Number.NaN;
  if (Number.isNaN(updatedAtMs)) {
    problems.push({
      field: 'updated_at',
      problem: `must be an ISO 8601 date-time, got ${JSON.stringify(updatedAt)}`,
    });
  } else if (updatedAtMs > now.getTime() + CATALOG_LIMITS.maxFutureSkewMs) {
    problems.push({
      field: 'updated_at',
      problem: `${updatedAt} is in the future; a future timestamp would outrank every real later update of this SKU`,
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    ignoredFields: Object.keys(input).filter((field) => !KNOWN_FIELDS.has(field)),
    sku: {
      skuId: skuId as string,
      productName: (productName as string).trim(),
      productDescription: description as string,
      category: category as CatalogCategory,
      brand: typeof brand === 'string' ? brand : '',
      attributes,
      priceCny: typeof price === 'number' ? price : null,
      updatedAt: new Date(updatedAtMs).toISOString(),
    },
  };
}

/** One readable sentence for a dead-letter reason. */
export function describeProblems(problems: readonly CatalogProblem[]): string {
  return `Invalid catalogue record: ${problems.map(({ field, problem }) => `${field} ${problem}`).join('; ')}`;
}
