// Letters and digits of any script, joined by inner hyphens or apostrophes ("e-health", "don't").
// Unicode classes keep å, ä, ö (and Cyrillic, Greek ...) whole; emoji and punctuation separate tokens.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Longest token we keep: longer runs are base64, URLs or keyboard mashing, not words. */
const MAX_TOKEN_LENGTH = 40;

/**
 * Splits text into lowercased word tokens in reading order. Hyphenated words yield their parts
 * (both "e-health" halves are useful terms); possessive 's and apostrophes are dropped.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length > MAX_TOKEN_LENGTH) continue;
    if (word.includes('-') || word.includes("'") || word.includes('’')) {
      for (const part of word.split(/['’-]/)) {
        if (part.length > 0 && part !== 's') tokens.push(part);
      }
    } else {
      tokens.push(word);
    }
  }
  return tokens;
}
