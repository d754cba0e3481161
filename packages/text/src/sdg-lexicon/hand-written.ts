import { goal01, goal02 } from './goals-01-02';
import { goal03, goal04 } from './goals-03-04';
import { goal05, goal06, goal07, goal08 } from './goals-05-08';
import { goal09, goal10 } from './goals-09-10';
import { goal11, goal12 } from './goals-11-12';
import { goal13, goal14, goal15 } from './goals-13-15';
import { goal16, goal17 } from './goals-16-17';
import type { GoalLexicon } from './types';

export type { GoalLexicon } from './types';

/** The hand-written bilingual SDG lexicon, goal 1 to 17 in order. */
export const HAND_WRITTEN_LEXICON: readonly GoalLexicon[] = [
  goal01,
  goal02,
  goal03,
  goal04,
  goal05,
  goal06,
  goal07,
  goal08,
  goal09,
  goal10,
  goal11,
  goal12,
  goal13,
  goal14,
  goal15,
  goal16,
  goal17,
];
