import { analyzeDocument, termWords } from '@suite/text';
import { type ChallengeFacts, createMatchIndex, type MatchIndex } from '../match-index';

/** A small bilingual corpus for domain tests: a few challenges and ideas that overlap in places. */
export const smallChallenges = [
  {
    id: 'c-water',
    title: 'Clean drinking water in rural villages',
    body: 'Families walk hours to fetch water. We need affordable water filters, wells and sanitation so children stay healthy and can go to school.',
  },
  {
    id: 'c-elderly',
    title: 'Loneliness among elderly people',
    body: 'Many older people live alone and feel isolated. How can neighbours, volunteers and digital tools reduce loneliness and improve wellbeing for seniors?',
  },
  {
    id: 'c-food',
    title: 'Minska matsvinnet i skolor',
    body: 'Skolkök slänger mycket mat varje dag. Vi söker idéer som minskar matsvinn, tar tillvara överbliven mat och lär elever om hållbar konsumtion.',
  },
];

export const smallIdeas = [
  {
    id: 'i-01',
    title: 'Solar water purifier',
    body: 'A cheap solar powered filter that makes river water safe to drink for rural families.',
  },
  {
    id: 'i-02',
    title: 'Village well repair teams',
    body: 'Train local mechanics to repair broken wells and hand pumps so villages keep clean water.',
  },
  {
    id: 'i-03',
    title: 'Handwashing stations at schools',
    body: 'Simple handwashing stations and sanitation lessons keep children healthy and in school.',
  },
  {
    id: 'i-04',
    title: 'Rainwater harvesting kits',
    body: 'Roof gutters and tanks collect rainwater; a filter makes it drinkable for the household.',
  },
  {
    id: 'i-05',
    title: 'Phone buddies for seniors',
    body: 'Volunteers call lonely older people every week to talk, reducing isolation and loneliness.',
  },
  {
    id: 'i-06',
    title: 'Intergenerational gardening',
    body: 'Elderly neighbours and students grow vegetables together, building friendships against loneliness.',
  },
  {
    id: 'i-07',
    title: 'Tablet lessons for the elderly',
    body: 'Digital skills courses help seniors video call family and join online communities.',
  },
  {
    id: 'i-08',
    title: 'Matsvinnsvåg i skolmatsalen',
    body: 'Eleverna väger sin överblivna mat varje dag och tävlar om att minska matsvinnet i skolan.',
  },
  {
    id: 'i-09',
    title: 'Leftover meals app',
    body: 'Restaurants and school kitchens sell surplus food cheaply through an app instead of throwing it away.',
  },
  {
    id: 'i-10',
    title: 'Compost for school gardens',
    body: 'Food waste from the school kitchen becomes compost for a garden where pupils learn sustainable consumption.',
  },
  {
    id: 'i-11',
    title: 'Community fridge',
    body: 'A shared fridge where neighbours leave surplus food for others, reducing waste and helping families.',
  },
  {
    id: 'i-12',
    title: 'Water quality sensors',
    body: 'Low cost sensors test well water for bacteria and send an alert to the village health worker.',
  },
];

/** Indexes the small corpus: every idea its own innovator's (`inn-` + idea number), all consenting. */
export function indexSmallCorpus(
  opts: { groups?: (i: number) => 'woman' | 'man' | 'non_binary' | 'undisclosed'; updatedAtMs?: number } = {},
): { index: MatchIndex; challenges: ChallengeFacts[] } {
  const index = createMatchIndex();
  smallIdeas.forEach((idea, i) => {
    const innovatorId = `inn-${idea.id.slice(2)}`;
    index.putInnovator({
      id: innovatorId,
      name: `Person ${i + 1}`,
      group: opts.groups?.(i) ?? (i % 2 === 0 ? 'woman' : 'man'),
      region: null,
      consentMatching: true,
      consentEmailRecommendations: true,
    });
    const analysis = analyzeDocument({ title: idea.title, body: idea.body });
    index.putIdea(
      {
        id: idea.id,
        innovatorId,
        title: idea.title,
        stage: 'idea',
        region: null,
        language: analysis.lang,
        sdgs: [],
        updatedAtMs: opts.updatedAtMs ?? Date.UTC(2026, 0, 1),
      },
      analysis,
    );
  });
  const challenges = smallChallenges.map((c): ChallengeFacts => {
    const analysis = analyzeDocument({ title: c.title, body: c.body });
    return {
      id: c.id,
      organisationId: 'org-1',
      title: c.title,
      status: 'open',
      region: null,
      language: analysis.lang,
      sdgs: [],
      analysis,
      words: termWords({ title: c.title, body: c.body }, analysis.lang),
      balancePolicy: null,
    };
  });
  for (const c of challenges) index.putChallenge(c);
  return { index, challenges };
}
