import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document';
import { createMatcher } from './matcher';

const ideas = [
  {
    id: 'toilets',
    title: 'Composting toilets for urban slums',
    body: 'Low-cost sanitation that turns human waste into fertiliser.',
  },
  {
    id: 'marrow',
    title: 'Swab parties on campus',
    body: 'Students join the bone marrow donor registry together.',
  },
  {
    id: 'veggies',
    title: 'Kids cook their own lunch',
    body: 'Children grow vegetables and learn about fresh food at school.',
  },
  {
    id: 'ballot',
    title: 'Accessible voting booth',
    body: 'A ballot design that blind voters can use without help.',
  },
  {
    id: 'sms',
    title: 'SMS reminders for pregnant women',
    body: 'Mobile phone messages remind mothers of antenatal visits.',
  },
];

function matcherWithIdeas() {
  const matcher = createMatcher();
  for (const idea of ideas) matcher.addIdea(idea.id, analyzeDocument({ title: idea.title, body: idea.body }));
  return matcher;
}

describe('createMatcher', () => {
  it('ranks the idea that answers a challenge first, with components and explanation', () => {
    const matcher = matcherWithIdeas();
    const profile = matcher.profile(
      analyzeDocument({ title: 'How can we improve sanitation in low-income urban communities?' }),
    );
    const [best] = matcher.rank(profile, 3);
    expect(best?.id).toBe('toilets');
    expect(best?.score).toBeGreaterThan(0);
    expect(best?.score).toBeLessThanOrEqual(1);
    expect(best?.components.text).toBeGreaterThan(0);
    expect(best?.terms.length).toBeGreaterThan(0);
    expect(best?.sharedSdgs).toContain(6);
  });

  it('lets a Swedish challenge find an English idea through shared concepts', () => {
    const matcher = matcherWithIdeas();
    const challenge = analyzeDocument({
      title: 'Hur kan vi förbättra sanitet och toaletter i utsatta stadsdelar?',
    });
    expect(challenge.lang).toBe('sv');
    const [best] = matcher.rank(matcher.profile(challenge), 3);
    expect(best?.id).toBe('toilets');
    expect(best?.terms.some((t) => t.term.startsWith('~'))).toBe(true);
  });

  it('shows which words bridged a Swedish challenge to an English idea', () => {
    const matcher = matcherWithIdeas();
    const profile = matcher.profile(
      analyzeDocument({ title: 'Hur kan barn lära sig om färska grönsaker i skolan?' }),
    );
    const [best] = matcher.rank(profile, 3);
    expect(best?.id).toBe('veggies');
    expect(best?.bridgedTerms).toEqual(expect.arrayContaining([{ term: 'fresh', from: 'färsk' }]));
    expect(matcher.score(profile, 'veggies')?.bridgedTerms?.length).toBeGreaterThan(0);
  });

  it('lets an English challenge find a Swedish idea through the dictionary', () => {
    const matcher = matcherWithIdeas();
    matcher.addIdea(
      'cykel',
      analyzeDocument({ title: 'Cykelkök', body: 'En cykel med kök som lagar billig mat på torget.' }),
    );
    const [best] = matcher.rank(matcher.profile(analyzeDocument({ title: 'Bicycle kitchen' })), 3);
    expect(best?.id).toBe('cykel');
    expect(best?.bridgedTerms?.some((b) => b.from === 'bicycl')).toBe(true);
  });

  it('adds no bridges when the challenge words match literally', () => {
    const matcher = matcherWithIdeas();
    const [best] = matcher.rank(matcher.profile(analyzeDocument({ title: 'Swab parties' })), 1);
    expect(best?.id).toBe('marrow');
    expect(best?.bridgedTerms).toEqual([]);
  });

  it('explains with the terms the challenge gave, and names expansion terms apart as related', () => {
    const matcher = createMatcher();
    // Ideas that answer the challenge share "rollator", which the challenge never writes: feedback
    // expansion adds it to the query, and it raises those ideas, but it is not a shared term.
    const rollators = [
      'Walking friends with rollators for lonely elderly',
      'Rollator walks that end loneliness for the elderly',
      'Rollator repair café where elderly meet',
    ];
    for (const [i, title] of rollators.entries())
      matcher.addIdea(`r-${i}`, analyzeDocument({ title, body: 'A rollator group meets every week.' }));
    for (const idea of ideas)
      matcher.addIdea(idea.id, analyzeDocument({ title: idea.title, body: idea.body }));
    const profile = matcher.profile(analyzeDocument({ title: 'Less loneliness among the elderly' }));
    expect(profile.query.some((t) => t.term === 'rollat')).toBe(true);
    const hits = matcher.rank(profile, 3);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      for (const t of hit.terms) expect(profile.ownTerms?.has(t.term), t.term).toBe(true);
      for (const t of hit.relatedTerms ?? []) expect(profile.ownTerms?.has(t.term), t.term).toBe(false);
    }
    expect(hits.some((hit) => hit.relatedTerms?.some((t) => t.term === 'rollat'))).toBe(true);
  });

  it('scores a single pair the same way it ranks', () => {
    const matcher = matcherWithIdeas();
    const profile = matcher.profile(analyzeDocument({ title: 'Healthier school food for kids' }));
    const ranked = matcher.rank(profile, 5);
    const single = matcher.score(profile, ranked[0]!.id);
    expect(single?.score).toBeCloseTo(ranked[0]!.score, 6);
    expect(matcher.score(profile, 'missing')).toBeUndefined();
  });

  it('explains a batch of hits exactly as it explains each one it scores', () => {
    const matcher = matcherWithIdeas();
    const profile = matcher.profile(analyzeDocument({ title: 'Fresh vegetables and sanitation at school' }));
    const ranked = matcher.rank(profile, 5);
    const bare = ranked.map((hit) => ({ ...hit, terms: [], sharedSdgs: [], bridgedTerms: [] }));
    expect(matcher.explain(profile, bare)).toEqual(ranked);
    for (const hit of matcher.explain(profile, bare)) {
      const single = matcher.score(profile, hit.id);
      expect(hit.terms).toEqual(single?.terms);
      expect(hit.sharedSdgs).toEqual(single?.sharedSdgs);
    }
  });

  it('forgets removed ideas', () => {
    const matcher = matcherWithIdeas();
    matcher.removeIdea('marrow');
    const profile = matcher.profile(analyzeDocument({ title: 'More bone marrow donors' }));
    expect(matcher.rank(profile, 5).map((h) => h.id)).not.toContain('marrow');
  });

  it.each([
    ['empty text', ''],
    ['only stop words', 'how can we do it'],
    ['emoji', '🙂🙂🙂'],
    ['unpaired surrogates', '\uD800 \uDC00'],
  ])('gives an empty ranking for %s', (_name, text) => {
    const matcher = matcherWithIdeas();
    expect(matcher.rank(matcher.profile(analyzeDocument({ title: text })), 10)).toEqual([]);
  });

  it('ranks mixed-script and 1 MB challenges without throwing', () => {
    const matcher = matcherWithIdeas();
    const mixed = matcher.rank(
      matcher.profile(analyzeDocument({ title: 'Вода 水 toilets ماء sanitation' })),
      3,
    );
    expect(mixed[0]?.id).toBe('toilets');
    const huge = analyzeDocument({ body: 'Voting booths for blind voters. '.repeat(40_000) });
    expect(matcher.rank(matcher.profile(huge), 3)[0]?.id).toBe('ballot');
  });

  it('gives an empty ranking on an empty index and for k <= 0', () => {
    const matcher = createMatcher();
    const profile = matcher.profile(analyzeDocument({ title: 'water' }));
    expect(matcher.rank(profile, 10)).toEqual([]);
    expect(matcherWithIdeas().rank(profile, 0)).toEqual([]);
  });
});
