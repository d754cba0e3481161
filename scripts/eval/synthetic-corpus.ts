import { seededRandom } from './seeded-random';

// Used only when the OpenIDEO folder is absent: idea-like texts from a small topical vocabulary,
// so the benchmark still runs anywhere (its relevance is meaningless; its cost profile is realistic).
const TOPICS = [
  'fresh food children school lunch vegetables nutrition healthy eating garden cooking family',
  'clean water sanitation toilet hygiene waste community village health disease',
  'mobile phone maternal health pregnant mothers clinic nurse text message rural care',
  'students learning tools teachers classroom books affordable education online course',
  'bone marrow donor registry blood transplant patients awareness campaign university drive',
  'election voting accessible ballot voters disability polling station information democracy',
  'social business health entrepreneurs microfinance income low-income communities jobs',
  'climate energy solar renewable emissions recycling waste city transport cycling',
];
const FILLER = 'idea project people local help use make new simple design test support network'.split(' ');

export function syntheticCorpus(docs: number, queries: number) {
  const random = seededRandom(99);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)] as string;
  const text = (words: number) => {
    const topic = (TOPICS[Math.floor(random() * TOPICS.length)] as string).split(' ');
    return Array.from({ length: words }, () => (random() < 0.7 ? pick(topic) : pick(FILLER))).join(' ');
  };
  return {
    docs: Array.from({ length: docs }, () => ({ title: text(5), body: text(35) })),
    queries: Array.from({ length: queries }, () => ({ title: text(10), body: '' })),
  };
}
