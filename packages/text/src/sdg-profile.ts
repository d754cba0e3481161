import { SDG_COUNT } from './sdg-tagger';

/**
 * Strength of a goal the author chose themselves in an SDG profile: as strong as the text's own main
 * goal (the tagger's scores are relative to the strongest goal, which scores near 1). A need owner who
 * picks goals 6 and 14 says the challenge is about them whatever words the text happens to use.
 */
export const CHOSEN_GOAL_STRENGTH = 1;

/**
 * The SDG profile a text is matched by: the goals inferred from its words, raised to
 * `CHOSEN_GOAL_STRENGTH` for the goals its author chose. The chosen goals are kept apart from the
 * inferred ones everywhere else (stored, shown and explained separately); only matching joins them.
 */
export function withChosenGoals(inferred: ArrayLike<number>, chosen: readonly number[]): number[] {
  const profile = Array.from({ length: SDG_COUNT }, (_, g) => inferred[g] ?? 0);
  for (const goal of chosen) {
    if (Number.isInteger(goal) && goal >= 1 && goal <= SDG_COUNT) {
      profile[goal - 1] = Math.max(profile[goal - 1] ?? 0, CHOSEN_GOAL_STRENGTH);
    }
  }
  return profile;
}
