import type { IdeaStage } from '@suite/contracts';

/*
 * The score components the text package does not compute: how well the idea's context fits the
 * challenge. Each is in [0,1]. An unknown side scores in the middle (0.5): missing data neither
 * helps nor sinks a pair.
 */

const UNKNOWN = 0.5;

// Locale-aware lowercasing costs about a microsecond, and a shortlist compares hundreds of ideas'
// regions with the challenge's: the few distinct region names are normalised once (bounded, should
// a column hold free text).
const normalisedRegions = new Map<string, string>();
const normaliseRegion = (region: string): string => {
  const known = normalisedRegions.get(region);
  if (known !== undefined) return known;
  const normalised = region.trim().toLocaleLowerCase('sv');
  if (normalisedRegions.size < 10_000) normalisedRegions.set(region, normalised);
  return normalised;
};

/**
 * A challenge without a region is open to anyone (1). Otherwise the idea's region (or else its
 * innovator's) must match: same 1, unknown 0.5, different 0.
 */
export function regionComponent(challengeRegion: string | null, ideaRegion: string | null): number {
  if (!challengeRegion) return 1;
  if (!ideaRegion) return UNKNOWN;
  return normaliseRegion(challengeRegion) === normaliseRegion(ideaRegion) ? 1 : 0;
}

/**
 * Same language 1; different 0.5 (the analysis bridges Swedish and English through concepts, so a
 * cross-language pair is workable, just more effort for the need owner); unknown 0.5.
 */
export function languageComponent(challengeLanguage: string, ideaLanguage: string): number {
  const known = (lang: string) => lang === 'sv' || lang === 'en';
  if (!known(challengeLanguage) || !known(ideaLanguage)) return UNKNOWN;
  return challengeLanguage === ideaLanguage ? 1 : UNKNOWN;
}

/** Need owners recruit ideas to test in their own setting: the riper the idea, the readier. */
const STAGE_READINESS: Record<IdeaStage, number> = {
  idea: 0.25,
  prototype: 0.5,
  pilot: 0.75,
  scaling: 1,
};

export function stageComponent(stage: string): number {
  return STAGE_READINESS[stage as IdeaStage] ?? UNKNOWN;
}

const DAY_MS = 86_400_000;
/** An idea untouched for half a year counts half as fresh: programmes run in yearly rounds. */
export const FRESHNESS_HALF_LIFE_DAYS = 182;

/**
 * Exponential decay with the idea's age in whole days, so ideas written on the same day are equally
 * fresh (a bulk import does not reorder by seconds).
 */
export function freshnessComponent(ideaUpdatedAtMs: number, nowMs: number): number {
  const ageDays = Math.max(0, Math.floor((nowMs - ideaUpdatedAtMs) / DAY_MS));
  return 2 ** (-ageDays / FRESHNESS_HALF_LIFE_DAYS);
}
