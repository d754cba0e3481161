/** Small generated populations for the fault tests: varied enough text to rank, cheap to import. */

const topics = [
  ['matsvinn', 'skolkök', 'överbliven mat'],
  ['cykelvägar', 'pendling', 'trafiksäkerhet'],
  ['solceller', 'energi', 'bostadsrättsföreningar'],
  ['ensamhet', 'äldre', 'digitala möten'],
  ['rent vatten', 'dagvatten', 'våtmarker'],
  ['läxhjälp', 'skola', 'nyanlända'],
];
const genders = ['woman', 'man', 'non_binary', 'undisclosed'] as const;

export const organisationRow = (id: string, contactEmail?: string) => ({
  id,
  name: `Kommun ${id}`,
  kind: 'municipality',
  region: 'Skåne',
  locale: 'sv',
  ...(contactEmail ? { contactEmail } : {}),
});

export const challengeRow = (id: string, organisationId: string, topic = 0) => {
  const words = topics[topic % topics.length] ?? [];
  return {
    id,
    organisationId,
    title: `Utmaning om ${words[0]}`,
    description: `Vi söker idéer om ${words.join(', ')} i vår kommun.`,
    locale: 'sv',
    sdgs: [11, 12],
    region: 'Skåne',
    status: 'open',
  };
};

export const innovatorRow = (i: number, consents = { matching: true, emailRecommendations: false }) => ({
  id: `inn-${i}`,
  name: `Innovatör Nummer${i}`,
  email: `innovator-${i}@example.org`,
  gender: genders[i % genders.length],
  locale: i % 3 === 0 ? 'en' : 'sv',
  region: 'Skåne',
  sdgs: [11],
  digest: 'immediate',
  consents,
});

/** Idea `i` of innovator `i % innovators`; the topic shifts per round, so each innovator covers several. */
export const ideaRow = (i: number, innovators: number, topic = i + Math.floor(i / innovators)) => {
  const words = topics[topic % topics.length] ?? [];
  return {
    id: `idea-${i}`,
    innovatorId: `inn-${i % innovators}`,
    title: `Idé ${i} om ${words[i % words.length]}`,
    description: `Ett förslag nummer ${i} för ${words.join(' och ')} med variant ${i % 97}.`,
    locale: 'sv',
    stage: (['idea', 'prototype', 'pilot', 'scaling'] as const)[i % 4],
    sdgs: [11 + (i % 2)],
    region: 'Skåne',
  };
};

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
