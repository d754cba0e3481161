/**
 * One lexicon concept: `[id, weight, english forms, swedish forms, key target?]`.
 * Forms are separated by `|`; a form with spaces is a phrase that must appear in that order.
 * Weight says how specific the concept is for the goal: 3 = hardly ever used for anything else,
 * 2 = a typical marker, 1 = supportive context only. Forms are written as dictionary words and are
 * stemmed when the lexicon is compiled, so inflected and compound forms in texts still match.
 */
export type LexiconEntry = readonly [id: string, weight: number, en: string, sv: string, target?: string];

/** The concepts that signal one Sustainable Development Goal. */
export interface GoalLexicon {
  readonly goal: number;
  readonly entries: readonly LexiconEntry[];
}
