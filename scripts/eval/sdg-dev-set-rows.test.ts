import type { UnSdgText } from '@suite/text/un-sdg-texts';
import { describe, expect, it } from 'vitest';
import { firstClause, hardRows, paragraphRows } from './sdg-dev-set-rows';
import { seededRandom } from './seeded-random';

// Small stand-ins for UN texts, written here: two goals' worth is enough to check the row logic.
const texts: UnSdgText[] = [
  { id: '6-1', goal: 6, kind: 'target', text: 'Safe drinking water and sanitation for every household' },
  { id: '6-2', goal: 6, kind: 'target', text: 'Treat wastewater before it reaches rivers and lakes' },
  {
    id: '3-1',
    goal: 3,
    kind: 'target',
    text: 'Vaccinate children against measles, and treat cholera from unsafe water',
  },
  { id: '3-2', goal: 3, kind: 'target', text: 'Train nurses and midwives for rural clinics' },
  {
    id: '4-1',
    goal: 4,
    kind: 'target',
    text: 'Every child completes primary school with qualified teachers',
  },
];

describe('binary SDG dev-set rows', () => {
  it('uses texts of other goals that carry the goal’s vocabulary as near-miss negatives', () => {
    const rows = hardRows(texts, seededRandom(1)).filter((r) => r.sdg === 6);
    expect(rows.filter((r) => r.label).map((r) => r.id)).toEqual(['6-1@6', '6-2@6']);
    expect(rows.some((r) => r.id === '3-1@6~near' && !r.label)).toBe(true);
    expect(rows.some((r) => r.id === '4-1@6~near')).toBe(false);
  });

  it('composes paragraphs deterministically: dominant goal True, incidental goal False', () => {
    const a = paragraphRows(texts, seededRandom(7), 2);
    expect(a).toEqual(paragraphRows(texts, seededRandom(7), 2));
    for (let i = 0; i < a.length; i += 2) {
      expect(a[i]?.label).toBe(true);
      expect(a[i + 1]?.label).toBe(false);
      expect(a[i + 1]?.text).toBe(a[i]?.text);
      expect(a[i + 1]?.sdg).not.toBe(a[i]?.sdg);
    }
  });

  it('cuts a passing mention at the first clause', () => {
    expect(firstClause('Vaccinate children against measles, and treat cholera')).toBe(
      'Vaccinate children against measles',
    );
  });
});
