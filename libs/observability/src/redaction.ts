const SECRET_KEY =
  /(^|[_-])(authorization|api[_-]?key|apikey|password|passwd|secret|x-api-key|access[_-]?token|bearer)$/i;
const SECRET_IN_TEXT: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/g, '$1 [REDACTED]'],
  [/\b(sk|app|key|sk-ant|dataset)-[A-Za-z0-9_-]{8,}/g, '$1-[REDACTED]'],
  [/(postgres(?:ql)?:\/\/[^:/\s]+:)[^@\s]+@/g, '$1[REDACTED]@'],
];

/** Replaces secrets in free text: bearer tokens, provider keys, passwords inside connection URLs. */
export function redactText(text: string): string {
  return SECRET_IN_TEXT.reduce(
    (current, [pattern, replacement]) => current.replace(pattern, replacement),
    text,
  );
}

/**
 * Deep-copies a log context with secret-looking keys masked and secrets inside strings redacted,
 * so provider keys never reach a log line whatever a caller passes.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) && item !== undefined && item !== null ? '[REDACTED]' : redact(item, depth + 1),
    ]),
  );
}
