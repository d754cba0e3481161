import { resolve } from 'node:path';
import { sharedDataPresent } from '@suite/testing';
import { describe, expect, it } from 'vitest';
import { loadUnSdgTexts } from './un-sdg-texts';

// The UN texts live outside the repository (../shared/data/sdg from the repo root).
const dir = resolve(import.meta.dirname, '../../../../shared/data/sdg');
const present = sharedDataPresent(dir, 'the UN SDG text tests');

describe.skipIf(!present)('loadUnSdgTexts (needs ../shared/data/sdg)', () => {
  it('reads goals, targets and indicators labelled with their goal', () => {
    const texts = loadUnSdgTexts(dir);
    expect(texts.filter((t) => t.kind === 'goal')).toHaveLength(17);
    expect(texts.filter((t) => t.kind === 'target').length).toBeGreaterThan(160);
    expect(texts.find((t) => t.id === '6-2')?.goal).toBe(6);
  });
});
