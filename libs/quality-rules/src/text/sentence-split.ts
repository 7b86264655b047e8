/**
 * Splits text into sentence-like chunks. Colons and semicolons also end a chunk: a call to action
 * often follows one ("Profitez-en : ajoutez-la à votre panier").
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？:;：；…])\s*|\n+|\s[–—]\s/u)
    .map((sentence) => sentence.replace(/^[\s"'«»“”„‚‘’¿¡([\-–—*•]+/u, '').trim())
    .filter((sentence) => sentence.length > 0);
}
