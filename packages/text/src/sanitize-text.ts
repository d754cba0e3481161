/**
 * Longest text we analyse. Longer input is cut (not rejected) so a pasted book cannot stall the
 * matching worker; 200k characters is far beyond any real challenge or idea.
 */
export const MAX_ANALYSED_CHARS = 200_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes any input safe to analyse: non-strings become empty, unpaired surrogates become U+FFFD
 * (they would otherwise survive into index keys and JSON), and å/ä/ö are composed (NFC) so a
 * decomposed "a + ring" from a Mac clipboard matches the precomposed letter.
 */
export function sanitizeText(input: unknown): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  let text = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  text = text.replace(LONE_SURROGATE, '\uFFFD');
  return text.normalize('NFC');
}
