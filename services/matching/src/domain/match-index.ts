import type { Gender } from '@suite/contracts';
import type { BalancePolicySetting } from '@suite/fairness';
import {
  type AnalyzedDocument,
  type ChallengeProfile,
  createMatcher,
  type IndexableDocument,
  type Matcher,
  tagSdgs,
  withChosenGoals,
} from '@suite/text';
import { createOwnedIds } from './owned-ids';

/** What scoring needs to know about an idea besides its text (which lives in the matcher). */
export interface IdeaFacts {
  id: string;
  innovatorId: string;
  title: string;
  stage: string;
  region: string | null;
  /** Detected language of the analysed text. */
  language: string;
  /** Goals the innovator chose for the idea. */
  sdgs: number[];
  updatedAtMs: number;
}

export interface InnovatorFacts {
  id: string;
  name: string;
  group: Gender;
  region: string | null;
  consentMatching: boolean;
  consentEmailRecommendations: boolean;
}

export interface ChallengeFacts {
  id: string;
  organisationId: string;
  title: string;
  status: string;
  region: string | null;
  language: string;
  sdgs: number[];
  analysis: AnalyzedDocument;
  /** The word the challenge's text used for each index term (see `termWords`). */
  words: Readonly<Record<string, string>>;
  balancePolicy: BalancePolicySetting | null;
}

/**
 * Below this many ideas a challenge profile is rebuilt after every change to the ideas, so small
 * corpora rank exactly as the text package does. Above it the profile (query expansion over the
 * ideas, text-score scale) is refreshed when the index drifted by PROFILE_DRIFT or after
 * PROFILE_MAX_AGE_MS: a burst of imports must not re-profile 1,000 challenges per idea.
 */
const EXACT_PROFILE_BELOW = 20_000;
const PROFILE_DRIFT = 0.01;
const PROFILE_MAX_AGE_MS = 30_000;

interface CachedProfile {
  profile: ChallengeProfile;
  generation: number;
  indexSize: number;
  builtAtMs: number;
}

/**
 * The in-memory side of the projection: the text matcher (BM25 index of every stored idea) and the
 * facts scoring needs. Pure: the caller feeds it from the database and events. `generation` counts
 * changes to ideas and innovators, so caches of shortlists know when to recompute.
 */
export function createMatchIndex(clock: () => number = Date.now) {
  const matcher: Matcher = createMatcher();
  const ideas = new Map<string, IdeaFacts>();
  const ideasByInnovator = createOwnedIds();
  const innovators = new Map<string, InnovatorFacts>();
  const challenges = new Map<string, ChallengeFacts>();
  const profiles = new Map<string, CachedProfile>();
  let generation = 0;
  // Changes to the indexed texts only: what a profile depends on.
  let textGeneration = 0;

  const unlinkIdea = (idea: IdeaFacts) => {
    ideasByInnovator.remove(idea.innovatorId, idea.id);
  };

  const replaceText = (facts: IdeaFacts, addText: () => void) => {
    const previous = ideas.get(facts.id);
    if (previous) unlinkIdea(previous);
    matcher.removeIdea(facts.id);
    addText();
    ideas.set(facts.id, facts);
    ideasByInnovator.add(facts.innovatorId, facts.id);
    generation++;
    textGeneration++;
  };

  const profileIsFresh = (cached: CachedProfile): boolean => {
    if (cached.generation === textGeneration) return true;
    const size = matcher.index.size;
    if (size < EXACT_PROFILE_BELOW) return false;
    const drift = Math.abs(size - cached.indexSize) / Math.max(1, cached.indexSize);
    return drift < PROFILE_DRIFT && clock() - cached.builtAtMs < PROFILE_MAX_AGE_MS;
  };

  return {
    matcher,
    get generation() {
      return generation;
    },
    get ideaCount() {
      return ideas.size;
    },
    /** Adds or replaces an idea from its stored analysis (no re-analysis). */
    putIdea(facts: IdeaFacts, analysis: AnalyzedDocument) {
      const sdg = withChosenGoals(tagSdgs(analysis).scores, facts.sdgs);
      replaceText(facts, () => matcher.addIdea(facts.id, analysis, sdg));
    },
    /**
     * Adds or replaces an idea from its stored index entry: terms and the SDG profile tagged when it
     * was stored (the rebuild at start neither re-analyses nor re-tags), with the goals chosen now.
     */
    putStoredIdea(facts: IdeaFacts, entry: IndexableDocument & { sdg: ArrayLike<number> }) {
      replaceText(facts, () => matcher.addIdea(facts.id, entry, withChosenGoals(entry.sdg, facts.sdgs)));
    },
    removeIdea(id: string): boolean {
      const previous = ideas.get(id);
      if (!previous) return false;
      unlinkIdea(previous);
      ideas.delete(id);
      matcher.removeIdea(id);
      generation++;
      textGeneration++;
      return true;
    },
    idea: (id: string) => ideas.get(id),
    ideasOf: (innovatorId: string): IdeaFacts[] =>
      ideasByInnovator.of(innovatorId).flatMap((id) => ideas.get(id) ?? []),
    putInnovator(facts: InnovatorFacts) {
      innovators.set(facts.id, facts);
      generation++;
    },
    /** Removes the person and every idea of theirs from the index. */
    eraseInnovator(id: string): string[] {
      const removed = ideasByInnovator.of(id);
      for (const ideaId of removed) {
        ideas.delete(ideaId);
        matcher.removeIdea(ideaId);
      }
      ideasByInnovator.drop(id);
      innovators.delete(id);
      generation++;
      if (removed.length > 0) textGeneration++;
      return removed;
    },
    innovator: (id: string) => innovators.get(id),
    putChallenge(facts: ChallengeFacts) {
      challenges.set(facts.id, facts);
      profiles.delete(facts.id);
      generation++;
    },
    challenge: (id: string) => challenges.get(id),
    openChallenges: (): ChallengeFacts[] => [...challenges.values()].filter((c) => c.status === 'open'),
    /**
     * The challenge's matcher profile, rebuilt when the ideas changed enough (see above). Its SDG
     * profile, like each idea's, joins the goals the text addresses and those its author chose.
     */
    profile(challenge: ChallengeFacts): ChallengeProfile {
      const cached = profiles.get(challenge.id);
      if (cached && profileIsFresh(cached)) return cached.profile;
      const inferred = matcher.profile(challenge.analysis);
      const profile = { ...inferred, sdg: withChosenGoals(inferred.sdg, challenge.sdgs) };
      profiles.set(challenge.id, {
        profile,
        generation: textGeneration,
        indexSize: matcher.index.size,
        builtAtMs: clock(),
      });
      return profile;
    },
  };
}

export type MatchIndex = ReturnType<typeof createMatchIndex>;
