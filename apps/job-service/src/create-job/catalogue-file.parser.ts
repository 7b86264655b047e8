/** One catalogue record ready to publish: the SKU id (the message key) and the bytes of its JSON line. */
export interface CatalogueLine {
  skuId: string;
  line: string;
}

export interface RejectedLine {
  /** 1-based line (JSONL) or row (CSV, header excluded) number. */
  line: number;
  reason: string;
}

export interface ParsedCatalogue {
  lines: CatalogueLine[];
  rejected: RejectedLine[];
  /** Earlier records of a SKU listed again later in the file: only its last record is published. */
  duplicatesCollapsed: number;
}

export type CatalogueFormat = 'jsonl' | 'csv';

const SKU_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** CSV columns whose text becomes a number / an object in the catalogue's JSON record. */
const NUMBER_COLUMNS = new Set(['price_cny']);
const OBJECT_COLUMNS = new Set(['attributes']);

/**
 * Splits a catalogue file into records to publish. Only what the job ledger needs is checked here — each
 * record is a JSON object with a usable `sku_id` — because the ingester owns the catalogue rules: a record
 * it finds invalid is dead-lettered there and leaves the job's total (`rejected`).
 */
export function parseCatalogueFile(text: string, format: CatalogueFormat): ParsedCatalogue {
  const records = format === 'csv' ? csvRecords(text) : jsonlRecords(text);
  const rejected: RejectedLine[] = [];
  const bySku = new Map<string, CatalogueLine>();
  let duplicatesCollapsed = 0;
  for (const record of records) {
    if ('reason' in record) {
      rejected.push(record);
      continue;
    }
    const skuId = (record.value as { sku_id?: unknown }).sku_id;
    if (typeof skuId !== 'string' || !SKU_ID.test(skuId)) {
      rejected.push({
        line: record.line,
        reason: `sku_id must be 1–64 letters, digits, '-' or '_', got ${JSON.stringify(skuId ?? null)?.slice(0, 80)}`,
      });
      continue;
    }
    if (bySku.has(skuId)) {
      duplicatesCollapsed += 1;
      bySku.delete(skuId);
    }
    bySku.set(skuId, { skuId, line: record.text });
  }
  return { lines: [...bySku.values()], rejected, duplicatesCollapsed };
}

/** Guesses the format from a content type or file name: CSV when it says so, else JSON lines. */
export function catalogueFormatOf(hint: string | undefined): CatalogueFormat {
  return hint && /csv/i.test(hint) ? 'csv' : 'jsonl';
}

type RawRecord = { line: number; value: object; text: string } | RejectedLine;

function jsonlRecords(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0) return;
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        records.push({ line: index + 1, reason: 'not a JSON object' });
      else records.push({ line: index + 1, value, text: line });
    } catch (error) {
      records.push({ line: index + 1, reason: `not valid JSON: ${(error as Error).message.slice(0, 120)}` });
    }
  });
  return records;
}

function csvRecords(text: string): RawRecord[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (rows.length === 0) return [];
  const header = rows[0].map((name) => name.trim().toLowerCase());
  if (!header.includes('sku_id')) return [{ line: 1, reason: 'the CSV header has no sku_id column' }];
  return rows.slice(1).flatMap((cells, index): RawRecord[] => {
    const line = index + 1;
    if (cells.every((cell) => cell.trim() === '')) return [];
    if (cells.length !== header.length)
      return [{ line, reason: `has ${cells.length} columns, the header ${header.length}` }];
    const record: Record<string, unknown> = {};
    for (let column = 0; column < header.length; column += 1) {
      const name = header[column];
      const cell = cells[column];
      if (cell === '' && (NUMBER_COLUMNS.has(name) || OBJECT_COLUMNS.has(name))) continue;
      if (NUMBER_COLUMNS.has(name)) {
        const value = Number(cell);
        if (!Number.isFinite(value))
          return [{ line, reason: `${name} is not a number: "${cell.slice(0, 40)}"` }];
        record[name] = value;
      } else if (OBJECT_COLUMNS.has(name)) {
        const value = attributesOf(cell);
        if (value === null)
          return [
            {
              line,
              reason: `${name} must be a JSON object or key=value;key=value, got "${cell.slice(0, 40)}"`,
            },
          ];
        record[name] = value;
      } else record[name] = cell;
    }
    return [{ line, value: record, text: JSON.stringify(record) }];
  });
}

function attributesOf(cell: string): Record<string, string> | null {
  const trimmed = cell.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      return value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, string>)
        : null;
    } catch {
      return null;
    }
  }
  const entries = trimmed
    .split(';')
    .filter(Boolean)
    .map((pair) => pair.split('='));
  if (entries.some((pair) => pair.length !== 2 || pair[0].trim() === '')) return null;
  return Object.fromEntries(entries.map(([key, value]) => [key.trim(), value.trim()]));
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
