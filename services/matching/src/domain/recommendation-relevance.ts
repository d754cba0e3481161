/**
 * Least `text` component (an idea's BM25 for the challenge relative to the best idea's) at which a
 * challenge is recommended to the idea's innovator, whatever the total score. Region, language,
 * stage, freshness and goals alone do not make a challenge fit an idea, and neither does one shared
 * everyday word: "reduce" shared by a loneliness idea and a food-waste challenge scores 0.02. A tenth
 * of the best idea's match is a shared topic word or more.
 */
export const MIN_RECOMMENDED_TEXT = 0.1;

/** Whether an idea's text match with a challenge is enough to tell its innovator about it. */
export const worthRecommending = (text: number): boolean => text >= MIN_RECOMMENDED_TEXT;
