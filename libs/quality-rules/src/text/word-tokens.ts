/** Lower-cased word tokens (letters and digits, apostrophes split off), after NFKC. */
export function wordTokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Character bigrams of the letters and digits of a text: the token unit for Japanese. */
export function characterBigrams(text: string): string[] {
  const chars = [...text.normalize('NFKC').toLowerCase()].filter((char) => /[\p{L}\p{N}]/u.test(char));
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + chars[i + 1]);
  return bigrams;
}
