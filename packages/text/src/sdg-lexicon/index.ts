import { DOMAIN_LEXICON } from './goals-domain';
import { HAND_WRITTEN_LEXICON } from './hand-written';
import type { GoalLexicon } from './types';

export type { GoalLexicon } from './types';

/**
 * The bilingual SDG lexicon, goal 1 to 17 in order: the policy vocabulary of each goal and its targets
 * (`goals-01-02.ts` ...) followed by the field vocabulary of its subject (`goals-domain.ts`).
 */
export const SDG_LEXICON: readonly GoalLexicon[] = HAND_WRITTEN_LEXICON.map((lexicon) => ({
  goal: lexicon.goal,
  entries: [
    ...lexicon.entries,
    ...DOMAIN_LEXICON.filter((d) => d.goal === lexicon.goal).flatMap((d) => d.entries),
  ],
}));
