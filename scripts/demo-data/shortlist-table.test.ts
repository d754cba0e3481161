import type { Shortlist } from '@suite/contracts';
import { describe, expect, it } from 'vitest';
import { messageLanguage } from './mail-inbox';
import { renderShortlist } from './shortlist-table';

const components = { text: 0.8, sdg: 0.5, region: 1, language: 1, stage: 0.5, freshness: 1 };
const shortlist: Shortlist = {
  challengeId: 'ch-1',
  k: 2,
  configVersion: 3,
  generatedAt: '2026-11-30T10:00:00Z',
  relaxed: true,
  entries: [
    {
      rank: 1,
      innovator: { id: 'inn-1', name: 'Anna Holm' },
      idea: { id: 'idea-1', title: 'Fikavänner - äldre och unga möts varje vecka och pratar länge' },
      group: 'woman',
      score: 0.81234,
      components,
      explanation: { terms: ['ensamhet', 'äldre', 'möte', 'fika'], sdgs: [3, 10] },
    },
    {
      rank: 2,
      innovator: { id: 'inn-2', name: 'Erik Lund' },
      idea: { id: 'idea-2', title: 'Telefonkedjan' },
      group: 'man',
      score: 0.5,
      components,
      explanation: { terms: [], sdgs: [] },
    },
  ],
  balance: {
    policy: { mode: 'relax', groups: { woman: { min: 0.4 }, man: { min: 0.4 } } },
    pool: { woman: 12, man: 9, non_binary: 1 },
    list: { woman: 1, man: 1 },
    ndcgLoss: 0.01234,
    infeasiblePrefixes: 1,
    binding: [{ group: 'man', bound: 'min' }],
    shortfall: { man: 1 },
  },
};

describe('renderShortlist', () => {
  const text = renderShortlist(shortlist, 'Minska ensamhet');

  it('prints one row per entry with rank, innovator, idea, score, why and group', () => {
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('rank'));
    expect(header).toMatch(/rank\s+innovator\s+idea\s+score\s+why\s+group/);
    const first = lines.find((l) => l.startsWith('1 '));
    expect(first).toMatch(
      /^1\s+Anna Holm\s+Fikavänner.*… länge\s+0\.812\s+SDG 3,10; ensamhet, äldre, möte\s+woman$/,
    );
    expect(lines.find((l) => l.startsWith('2 '))).toMatch(/Erik Lund\s+Telefonkedjan\s+0\.500\s+-\s+man$/);
  });

  it('reports the balance: policy, pool and list counts, loss, binding bounds and shortfall', () => {
    expect(text).toContain('relax: woman >= 40 %, man >= 40 % of every prefix (relaxed');
    expect(text).toMatch(/pool\s+woman 12, man 9, non_binary 1/);
    expect(text).toMatch(/shortlist\s+woman 1, man 1/);
    expect(text).toMatch(/nDCG loss\s+0\.0123/);
    expect(text).toMatch(/binding\s+man min/);
    expect(text).toMatch(/shortfall\s+man 1/);
  });
});

describe('messageLanguage', () => {
  const message = (subject: string, text: string, headers = {}) => ({ subject, text, headers, to: [] });

  it('trusts Content-Language, else counts Swedish and English words', () => {
    expect(messageLanguage(message('x', 'the and your', { 'content-language': 'sv-SE' }))).toBe('sv');
    expect(messageLanguage(message('Nya utmaningar för dig', 'Hej! Här är dina utmaningar och idéer'))).toBe(
      'sv',
    );
    expect(
      messageLanguage(message('New challenges for you', 'Hello! Here are challenges for your idea')),
    ).toBe('en');
    expect(messageLanguage(message('', ''))).toBe('unknown');
  });
});
