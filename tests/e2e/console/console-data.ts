import { randomUUID } from 'node:crypto';
import { type Gender, matchingInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import type { Redis } from '@suite/platform';

export const organisationId = 'org-console-malmo';
export const challengeId = 'ch-console-food-waste';
export const challengeTitle = 'Less food waste in school meals';

const envelope = () => ({ eventId: randomUUID(), version: 1, occurredAt: new Date().toISOString() });

// Two kinds of candidates, so moving a weight visibly reorders the list: close text matches from
// another region, and weaker text matches from the challenge's own region.
const strongText =
  'Reduce food waste in school kitchens: measure leftovers, plan school meals from the waste data, share surplus food with local food banks.';
const weakText = 'A neighbourhood app that connects local volunteers in the region with food initiatives.';

const people: Array<{ gender: Gender; strong: boolean }> = [
  { gender: 'woman', strong: true },
  { gender: 'man', strong: true },
  { gender: 'non_binary', strong: true },
  { gender: 'undisclosed', strong: true },
  { gender: 'man', strong: true },
  { gender: 'woman', strong: true },
  { gender: 'woman', strong: false },
  { gender: 'man', strong: false },
  { gender: 'non_binary', strong: false },
  { gender: 'undisclosed', strong: false },
  { gender: 'man', strong: false },
  { gender: 'woman', strong: false },
];

/** Puts one open challenge (of `organisationId`) and twelve consenting innovators with an idea each on matching's queue. */
export async function publishConsoleData(redis: Redis, prefix: string): Promise<{ innovators: number }> {
  const producer = createProducer(matchingInbox, { connection: redis, prefix });
  await producer.add('challenge.upserted', {
    ...envelope(),
    challenge: {
      id: challengeId,
      organisationId,
      title: challengeTitle,
      description:
        'Our schools throw away a lot of food. We look for ways to reduce food waste in school kitchens and school meals, and to share surplus food.',
      locale: 'en',
      sdgs: [12, 2],
      sdgTargets: ['12.3'],
      region: 'Skåne',
      status: 'open',
    },
  });
  for (const [i, person] of people.entries()) {
    const innovatorId = `inn-console-${i + 1}`;
    const region = person.strong ? 'Norrbotten' : 'Skåne';
    await producer.add('innovator.upserted', {
      ...envelope(),
      innovator: {
        id: innovatorId,
        name: `Innovator ${i + 1}`,
        email: `innovator${i + 1}@example.org`,
        gender: person.gender,
        locale: 'en',
        region,
        sdgs: [12],
        digest: 'never',
        consents: { matching: true, emailRecommendations: false },
      },
    });
    await producer.add('idea.upserted', {
      ...envelope(),
      idea: {
        id: `idea-console-${i + 1}`,
        innovatorId,
        title: person.strong ? `School food waste tracker ${i + 1}` : `Local volunteer app ${i + 1}`,
        description: `${person.strong ? strongText : weakText} Variant ${i + 1}.`,
        locale: 'en',
        stage: i % 2 === 0 ? 'pilot' : 'idea',
        sdgs: person.strong ? [12, 2] : [11],
        sdgTargets: [],
        region,
      },
    });
  }
  await producer.close();
  return { innovators: people.length };
}
