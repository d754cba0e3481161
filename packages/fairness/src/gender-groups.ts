/** Self-declared gender groups, in the canonical order used for reports and tie-breaks. */
export const GENDER_GROUPS = ['woman', 'man', 'non_binary', 'undisclosed'] as const;

/** One of the four self-declared gender groups (never inferred). */
export type GenderGroup = (typeof GENDER_GROUPS)[number];

// The four names have distinct lengths, so the length picks the candidate group and a single,
// nearly always true, equality confirms it. A chain of string comparisons instead mispredicts a
// branch per candidate on shuffled pools, which doubled the cost of scanning 100k candidates.
const INDEX_BY_LENGTH = new Int8Array([-1, -1, -1, 1, -1, 0, -1, -1, -1, -1, 2, 3]);

/** Index of a group in {@link GENDER_GROUPS}, or -1 for anything else. */
export function genderGroupIndex(group: unknown): number {
  if (typeof group !== 'string' || group.length >= INDEX_BY_LENGTH.length) return -1;
  const g = INDEX_BY_LENGTH[group.length]!;
  return g >= 0 && group === GENDER_GROUPS[g] ? g : -1;
}
