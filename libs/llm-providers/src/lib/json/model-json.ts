/**
 * Parses the JSON object a model was asked to return. Tolerates what sits around the object (a code fence, a
 * lead-in line) because that text is outside every field; anything inside the fields is left for the quality gate.
 * Throws an Error whose message is fit to send back to the model in a repair turn.
 */
export function parseModelJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('the answer contains no JSON object');
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    throw new Error(
      `the JSON object does not parse (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
