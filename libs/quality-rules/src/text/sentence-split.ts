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

/**
 * Splits a sentence-like chunk further into clauses, at commas and before a coordinating conjunction: a call to
 * action often closes a sentence after one ("correa gratis esta semana, ¡aprovecha!", "Roll it out and discover…").
 * The conjunction stays at the clause's start, where call-to-action patterns may expect it.
 */
export function splitClauses(sentence: string): string[] {
  return (
    sentence
      // An arrow hands over to a call to action (`Free shipping this weekend → Order yours now`).
      .split(
        /,\s*|\s*(?:\u2192|->|=>|\u21d2|\u279c|\u25b6|\p{Extended_Pictographic}\uFE0F?)\s*|\s(?=(?:and|or|y|o|et|ou|und|oder)\s)/u,
      )
      // An emoji may lead a call to action (`👉 Shop the X5 now.`, `✨ Order yours.`).
      .map((clause) =>
        clause.replace(/^[\s"'«»“”„‚‘’¿¡([\-–—*•\p{Extended_Pictographic}\uFE0F]+/u, '').trim(),
      )
      .filter((clause) => clause.length > 0)
  );
}
