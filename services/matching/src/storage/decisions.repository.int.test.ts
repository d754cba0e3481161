import { fileURLToPath } from 'node:url';
import type { Db } from '@suite/platform';
import { databaseTest, testDbDrivers } from '@suite/testing';
import { describe, expect } from 'vitest';
import { createDecisionsRepository } from './decisions.repository';
import { innovators, shownShortlists } from './schema';

const migrations = fileURLToPath(new URL('./migrations', import.meta.url));

async function showList(
  db: Db,
  challengeId: string,
  ids: Array<[string, string]>,
  at: string,
  hash: string,
  shownToOwner = true,
) {
  await db.insert(shownShortlists).values({
    shownToOwner,
    challengeId,
    configVersion: 1,
    k: ids.length,
    generatedAt: new Date(at),
    contentHash: hash,
    entries: ids.map(([innovatorId, group], i) => ({
      innovatorId,
      ideaId: `idea-${innovatorId}`,
      rank: i + 1,
      group,
      score: 0.5,
    })),
  });
}

describe.each(testDbDrivers)('decisions repository on %s', (driver) => {
  const test = databaseTest(driver, migrations);

  test('knows who was shortlisted for which challenge', async ({ database }) => {
    const repo = createDecisionsRepository(database.db);
    await showList(
      database.db,
      'c1',
      [
        ['w1', 'woman'],
        ['m1', 'man'],
      ],
      '2026-03-01T10:00:00Z',
      'h1',
    );
    expect(await repo.shortlistedGroup('c1', 'm1')).toBe('man');
    expect(await repo.shortlistedGroup('c1', 'x')).toBeUndefined();
    expect(await repo.shortlistedGroup('c2', 'm1')).toBeUndefined();
  });

  test('keeps the latest stage and every change with its time', async ({ database }) => {
    const repo = createDecisionsRepository(database.db);
    const first = { challengeId: 'c1', innovatorId: 'w1', listedGroup: 'woman' as const, by: 'owner-1' };
    await repo.record({ ...first, stage: 'invited', at: new Date('2026-03-02T10:00:00Z') });
    const second = await repo.record({ ...first, stage: 'accepted', at: new Date('2026-03-05T10:00:00Z') });
    expect(second).toMatchObject({ stage: 'accepted', group: 'woman', decidedBy: 'owner-1' });
    expect(second.history.map((h) => [h.stage, h.at.toISOString()])).toEqual([
      ['invited', '2026-03-02T10:00:00.000Z'],
      ['accepted', '2026-03-05T10:00:00.000Z'],
    ]);
    expect(await repo.current('c1')).toEqual([
      expect.objectContaining({ innovatorId: 'w1', stage: 'accepted' }),
    ]);
    expect((await repo.history()).map((h) => h.stage)).toEqual(['invited', 'accepted']);
  });

  test('records the group the innovator declares now over the one once listed', async ({ database }) => {
    await database.db.insert(innovators).values({
      id: 'p1',
      version: 2,
      name: 'P',
      genderGroup: 'non_binary',
      locale: 'sv',
      sdgs: [],
      consentMatching: true,
      consentEmailRecommendations: false,
      updatedAt: new Date(),
    });
    const repo = createDecisionsRepository(database.db);
    const decided = await repo.record({
      challengeId: 'c1',
      innovatorId: 'p1',
      stage: 'invited',
      listedGroup: 'woman',
      by: 'o',
    });
    expect(decided.group).toBe('non_binary');
  });

  test('lists each innovator on each shortlist shown to its need owner, with when it was shown', async ({
    database,
  }) => {
    const repo = createDecisionsRepository(database.db);
    await showList(database.db, 'c1', [['w1', 'woman']], '2026-03-01T10:00:00Z', 'h1');
    await showList(
      database.db,
      'c1',
      [
        ['m1', 'man'],
        ['w1', 'woman'],
      ],
      '2026-04-01T10:00:00Z',
      'h2',
    );
    await showList(database.db, 'c2', [['m1', 'man']], '2026-04-02T10:00:00Z', 'h3');
    // Only an admin saw this one: not a listing.
    await showList(database.db, 'c1', [['x1', 'man']], '2026-04-03T10:00:00Z', 'h4', false);
    const c1 = await repo.shownAppearances('c1');
    expect(c1.map((a) => [a.innovatorId, a.shownAt.toISOString().slice(0, 7)])).toEqual([
      ['w1', '2026-03'],
      ['m1', '2026-04'],
      ['w1', '2026-04'],
    ]);
    expect(await repo.shownAppearances()).toHaveLength(4);
  });
});
