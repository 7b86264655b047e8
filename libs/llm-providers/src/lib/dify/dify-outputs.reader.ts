import { coreExtractionSchema, productContentSchema } from '../content/content.schema';
import { asNumber, asRecord } from '../http/json-body';
import type { CoreExtraction, ProductContent } from '../port/content-generation.port';
import { ProviderError } from '../port/provider.error';

function fromJsonString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

// Dify end nodes expose strings, numbers, objects or arrays; a keyword list may arrive as any of these.
function readKeywords(value: unknown): unknown {
  const parsed = fromJsonString(value);
  if (typeof parsed === 'string') {
    return parsed
      .split(/[,，、;\n]/)
      .map((k) => k.trim())
      .filter((k) => k.length > 0);
  }
  return parsed;
}

/**
 * Reads the product content from workflow outputs. Two layouts are accepted:
 * one output variable per field (what deploy/dify/content-generation.yml produces), or a single `content`
 * variable holding the JSON object (string or object). Anything else is a content failure.
 */
export function readDifyContent(outputs: unknown): ProductContent {
  const record = asRecord(outputs);
  if (!record)
    throw new ProviderError('content_failure', 'invalid_output', 'dify: workflow finished without outputs');
  const packed = asRecord(fromJsonString(record['content']));
  const source = packed ?? record;
  const result = productContentSchema.safeParse({
    ...source,
    suggested_keywords: readKeywords(source['suggested_keywords']),
  });
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ProviderError(
      'content_failure',
      'invalid_output',
      `dify: outputs do not hold valid content (${issues})`,
    );
  }
  return result.data;
}

/** The core extraction, when the workflow exposes it (`core_extraction`); a malformed one is ignored. */
export function readDifyExtraction(outputs: unknown): CoreExtraction | undefined {
  const raw = fromJsonString(asRecord(outputs)?.['core_extraction']);
  const result = coreExtractionSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Token split the workflow's checks node reports in its `usage` output (prompt/completion summed over LLM nodes). */
export function readDifyOutputUsage(
  outputs: unknown,
): { promptTokens: number; completionTokens: number } | undefined {
  const usage = asRecord(fromJsonString(asRecord(outputs)?.['usage']));
  const promptTokens = asNumber(usage?.['prompt_tokens']);
  const completionTokens = asNumber(usage?.['completion_tokens']);
  return promptTokens !== undefined && completionTokens !== undefined
    ? { promptTokens, completionTokens }
    : undefined;
}
