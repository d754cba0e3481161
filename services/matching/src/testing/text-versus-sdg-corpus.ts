import type { MatchingDeps } from '../deps';
import { challengeEvent, ideaEvent, innovatorEvent } from './events';

// Text and SDG profile disagree on purpose: the first three ideas share the challenge's words, the
// last three are about water and sanitation (SDG 6, the challenge's goal) in other words.
const textVersusSdgIdeas = [
  [
    'Tablets for village schools',
    'Tablets for children in rural villages so they stay in school, learn to read and stay healthy.',
  ],
  [
    'Village health visits',
    'Nurses visit rural villages and vaccinate children so families stay healthy and affordable care reaches them.',
  ],
  [
    'Affordable village shops',
    'Affordable shops in rural villages sell food so children and families stay healthy.',
  ],
  [
    'Toilets and sanitation',
    'Toilets, sanitation and hygiene for communities, safe wastewater disposal and drinking water access.',
  ],
  [
    'Wastewater treatment',
    'Treating wastewater, protecting freshwater, water-use efficiency and safe drinking water supply.',
  ],
  [
    'Handwashing and hygiene',
    'Handwashing stations, soap and sanitation so water-borne disease falls; hygiene education.',
  ],
] as const;

/**
 * Challenges c-1 and c-2 (org-1, the default water challenge, SDG 6) and the six ideas i-0..i-5 of
 * innovators p-0..p-5, women at even and men at odd positions.
 */
export async function seedTextVersusSdgCorpus(deps: MatchingDeps): Promise<void> {
  const p = deps.projector;
  await p.challengeUpserted(challengeEvent(1, { id: 'c-1', organisationId: 'org-1' }));
  await p.challengeUpserted(challengeEvent(1, { id: 'c-2', organisationId: 'org-1' }));
  for (const [i, [title, description]] of textVersusSdgIdeas.entries()) {
    await p.innovatorUpserted(innovatorEvent(1, { id: `p-${i}`, gender: i % 2 === 0 ? 'woman' : 'man' }));
    await p.ideaUpserted(ideaEvent(1, { id: `i-${i}`, innovatorId: `p-${i}`, title, description }));
  }
}
