/**
 * English ideas composed from parts when the OpenIDEO data is absent, one theme per English demo
 * challenge: who runs it, what it does, for whom, and what it should change. Ten hand-written
 * templates (`english-fallback-ideas.ts`) shared by some three hundred English ideas filled a
 * challenge's shortlist with one idea twenty times; composed ideas make each innovator's idea their
 * own. `{actor}` is who runs it, `{group}` the people it is for and `{place}` a town in Skåne.
 */
export interface EnglishIdeaTheme {
  /** The English demo challenge (`challenges-en.ts`) the theme answers; its SDGs are the theme's. */
  readonly challengeId: string;
  readonly sdgs: number[];
  readonly actors: readonly string[];
  readonly groups: readonly string[];
  readonly activities: ReadonlyArray<{ readonly title: string; readonly sentence: string }>;
  readonly outcomes: readonly string[];
}

/** How the innovator means to go about it: one of these ends every composed description. */
export const englishApproaches: readonly string[] = [
  'We have tried the idea on a small scale and now want to test it with a need owner.',
  'The idea builds on cooperation between civil society, the municipality and local businesses.',
  'We want a business model that keeps it running after the pilot.',
  'The people it is for help shape it from the start, in workshops and tests.',
  'We will follow up the results with researchers at a university in the region.',
  'Once it works, it is simple to spread to more towns in Skåne.',
];
