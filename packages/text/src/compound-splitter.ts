import { stem } from './stem';

const MIN_WORD = 7;
const MIN_PART = 3;
// A head found without a full segmentation must be longer: short words hide inside many others.
const MIN_HEAD = 5;
// Swedish joins compound parts with a linking letter: samhälle-s-utmaning, kvinn-o-jour, skol-a-...
const LINKING = new Set(['s', 'e', 'a', 'o', 'u']);
const CACHE_LIMIT = 50_000;

/** Splits a Swedish compound into the stems of its known parts, or `[]` when it is not one. */
export type CompoundSplitter = (word: string) => readonly string[];

/**
 * Builds a splitter over a vocabulary of Swedish words. A word is split when it can be segmented
 * entirely into known parts (each at least three letters, inner parts optionally followed by a
 * linking letter); the segmentation with the fewest parts wins, so "samhällsutmaningar" gives
 * `samhäll` + `utmaning`, the same stems `samhälle` and `utmaningar` give on their own. A word
 * with an unknown part still yields its known head and s-linked modifier ("mikroplaster" -> `plast`).
 */
export function createCompoundSplitter(vocabulary: Iterable<string>): CompoundSplitter {
  const known = new Set<string>();
  for (const word of vocabulary) {
    if (word.length < MIN_PART) continue;
    known.add(stem(word, 'sv'));
  }
  const cache = new Map<string, readonly string[]>();

  // Returns the stem a part stands for, or undefined when the part is not a known word.
  const partStem = (part: string, inner: boolean): string | undefined => {
    if (part.length < MIN_PART) return undefined;
    const direct = stem(part, 'sv');
    if (known.has(direct)) return direct;
    if (known.has(part)) return part;
    if (inner && part.length > MIN_PART && LINKING.has(part[part.length - 1] ?? '')) {
      const bare = part.slice(0, -1);
      if (known.has(bare)) return bare;
      const bareStem = stem(bare, 'sv');
      if (known.has(bareStem)) return bareStem;
    }
    return undefined;
  };

  const segment = (word: string): readonly string[] => {
    const n = word.length;
    // best[i] = fewest-part segmentation of word.slice(i), or undefined when there is none.
    const best: Array<string[] | undefined> = new Array(n + 1);
    best[n] = [];
    for (let i = n - MIN_PART; i >= 0; i--) {
      let choice: string[] | undefined;
      // The whole word as one part is not a split, even when the word itself is known.
      for (let j = i === 0 ? n - MIN_PART : n; j >= i + MIN_PART; j--) {
        const rest = best[j];
        if (rest === undefined) continue;
        const head = partStem(word.slice(i, j), j < n);
        if (head === undefined) continue;
        if (choice === undefined || rest.length + 1 < choice.length) choice = [head, ...rest];
      }
      best[i] = choice;
    }
    const parts = best[0];
    if (parts !== undefined) return parts.length >= 2 ? parts : [];
    // A known word is not a compound with an unknown part ("förebygga" is not about building).
    if (known.has(stem(word, 'sv'))) return [];
    return partialParts(word);
  };

  // When a compound has an unknown part, its known head (Swedish compounds are head-final:
  // "mikroplast" is plastic) and a known modifier marked by a linking s ("skogs|brandberedskap")
  // still say what it is about. Without the s, a known prefix is too often a false friend
  // ("kommun|ikation"), so only the head is taken then.
  const partialParts = (word: string): readonly string[] => {
    const n = word.length;
    const found: string[] = [];
    for (let i = MIN_PART + 1; i <= n - MIN_PART; i++) {
      if (word[i - 1] !== 's') continue;
      const modifier = partStem(word.slice(0, i - 1), false);
      if (modifier !== undefined) {
        found.push(modifier);
        break;
      }
    }
    for (let j = MIN_PART; j <= n - MIN_HEAD; j++) {
      const head = partStem(word.slice(j), false);
      if (head !== undefined && head.length >= MIN_HEAD - 1) {
        found.push(head);
        break;
      }
    }
    return found;
  };

  return (word: string) => {
    if (word.length < MIN_WORD || !/^[a-zåäöéü]+$/.test(word)) return [];
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const parts = segment(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, parts);
    return parts;
  };
}
