import { type AnalyzedDocument, type Language, SDG_COUNT } from '@suite/text';

/**
 * What the index needs of an idea, stored beside its analysis so the rebuild at start reads about
 * half the bytes and tags nothing: the language, the weighted term frequencies and the SDG profile
 * as the index keeps it (one byte per goal). Like the analysis and the inferred goals, the profile
 * is as of when the idea was stored; a new lexicon reaches stored ideas when they are re-projected.
 * JSON text, so the database prints it cheaply and parsing it is native.
 */
interface IndexEntry {
  lang: Language;
  terms: Record<string, number>;
  /** SDG scores in [0,1], decoded from the stored bytes (0-255), which the index stores as is. */
  sdg: number[];
}

// The index quantises vectors the same way, so the stored bytes are exactly the indexed ones.
const toByte = (value: number) =>
  Number.isFinite(value) ? Math.round(Math.min(1, Math.max(0, value)) * 255) : 0;

/** The stored entry of an analysed idea whose SDG scores (`tagSdgs(analysis).scores`) are `scores`. */
export function encodeIndexEntry(analysis: AnalyzedDocument, scores: readonly number[]): string {
  const sdg = Array.from({ length: SDG_COUNT }, (_, goal) => toByte(scores[goal] ?? 0));
  return JSON.stringify({ lang: analysis.lang, terms: analysis.terms, sdg });
}

/** Decodes a stored entry; undefined when the text is not one (the caller reads the analysis). */
export function decodeIndexEntry(stored: string): IndexEntry | undefined {
  const entry = JSON.parse(stored) as Partial<IndexEntry> | null;
  const { terms, sdg } = entry ?? {};
  if (typeof terms !== 'object' || terms === null || !Array.isArray(sdg) || sdg.length !== SDG_COUNT)
    return undefined;
  // Scaled in place: the parsed array is ours, and a rebuild decodes a million of them.
  for (let goal = 0; goal < SDG_COUNT; goal++) sdg[goal] = (sdg[goal] as number) / 255;
  return { lang: entry?.lang ?? 'unknown', terms, sdg };
}
