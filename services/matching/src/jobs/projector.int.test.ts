import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase, testDbDrivers } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMatchIndex, type MatchIndex } from '../domain/match-index';
import { rebuildIndex } from '../rebuild-index';
import { createProjectionRepository, type ProjectionRepository } from '../storage/projection.repository';
import { createReanalysisRepository, type ReanalysisRepository } from '../storage/reanalysis.repository';
import {
  challengeClosedEvent,
  challengeEvent,
  ideaDeletedEvent,
  ideaEvent,
  innovatorErasedEvent,
  innovatorEvent,
} from '../testing/events';
import { type ChangeListener, createProjector, type Projector } from './projector';

const migrations = fileURLToPath(new URL('../storage/migrations', import.meta.url));

describe.each(testDbDrivers)('projector on %s', (driver) => {
  let database: TestDatabase;
  let projection: ProjectionRepository;
  let reanalysis: ReanalysisRepository;
  let index: MatchIndex;
  let projector: Projector;
  let marks: string[];
  beforeAll(async () => {
    database = await openTestDatabase(driver, migrations);
    projection = createProjectionRepository(database.db);
    reanalysis = createReanalysisRepository(database.db);
  });
  afterAll(async () => {
    await database.cleanup();
  });
  beforeEach(async () => {
    // One database per driver (a fresh PGlite per test is slow); each test starts from empty tables.
    await database.db.execute(sql`truncate ideas, innovators, challenges`);
    index = createMatchIndex();
    marks = [];
    const listener: ChangeListener = {
      challengeOpened: (id) => marks.push(`opened:${id}`),
      ideaChanged: (id) => marks.push(`idea:${id}`),
      shortlistsMayChange: (id) => marks.push(`shortlists:${id ?? '*'}`),
    };
    projector = createProjector({ projection, index, listener });
  });

  it('applies only newer versions: replays, duplicates and older events change nothing', async () => {
    expect(
      await projector.ideaUpserted(ideaEvent(2, { id: 'i-1', innovatorId: 'p-1', title: 'Second title' })),
    ).toBe(true);
    expect(
      await projector.ideaUpserted(ideaEvent(1, { id: 'i-1', innovatorId: 'p-1', title: 'First title' })),
    ).toBe(false);
    expect(
      await projector.ideaUpserted(ideaEvent(2, { id: 'i-1', innovatorId: 'p-1', title: 'Replayed' })),
    ).toBe(false);
    expect((await projection.idea('i-1'))?.title).toBe('Second title');
    expect(index.idea('i-1')?.title).toBe('Second title');
    expect(await projector.challengeUpserted(challengeEvent(3, { id: 'c-1' }))).toBe(true);
    expect(await projector.challengeUpserted(challengeEvent(3, { id: 'c-1', title: 'Other' }))).toBe(false);
    expect(marks.filter((m) => m === 'opened:c-1')).toHaveLength(1);
  });

  it('stores the analysis with inferred SDGs apart from the chosen ones', async () => {
    await projector.ideaUpserted(ideaEvent(1, { id: 'i-1', innovatorId: 'p-1', sdgs: [3] }));
    const row = await projection.idea('i-1');
    expect(row?.sdgs).toEqual([3]);
    expect(row?.inferredSdgs).toContain(6);
    expect(
      Object.keys((row?.analysis as { terms: Record<string, number> } | null)?.terms ?? {}),
    ).not.toHaveLength(0);
  });

  it('keeps an idea that arrives before its innovator and counts it once the innovator arrives', async () => {
    await projector.ideaUpserted(ideaEvent(1, { id: 'i-1', innovatorId: 'p-1' }));
    expect(index.idea('i-1')).toBeDefined();
    expect(index.innovator('p-1')).toBeUndefined();
    marks.length = 0;
    await projector.innovatorUpserted(innovatorEvent(1, { id: 'p-1' }));
    expect(index.ideasOf('p-1').map((i) => i.id)).toEqual(['i-1']);
    expect(marks).toContain('idea:p-1');
  });

  it('erasure removes the person, their name and their ideas from tables and index, for good', async () => {
    await projector.innovatorUpserted(innovatorEvent(1, { id: 'p-1', name: 'Alva Svensson' }));
    await projector.ideaUpserted(ideaEvent(1, { id: 'i-1', innovatorId: 'p-1' }));
    expect(await projector.innovatorErased(innovatorErasedEvent(2, 'p-1'))).toBe(true);
    const person = await projection.innovator('p-1');
    expect(person).toMatchObject({ erased: true, name: null });
    expect(await projection.idea('i-1')).toMatchObject({
      deleted: true,
      analysis: null,
      indexEntry: null,
      description: null,
      title: '',
    });
    expect(index.innovator('p-1')).toBeUndefined();
    expect(index.matcher.index.has('i-1')).toBe(false);
    // Late replays of older events do not bring anything back.
    expect(await projector.innovatorUpserted(innovatorEvent(1, { id: 'p-1', name: 'Alva Svensson' }))).toBe(
      false,
    );
    await projector.ideaUpserted(ideaEvent(2, { id: 'i-1', innovatorId: 'p-1' }));
    expect(index.matcher.index.has('i-1')).toBe(false);
    expect(JSON.stringify(await projection.innovator('p-1'))).not.toContain('Alva');
  });

  it('idea.deleted removes the idea from the index and leaves a tombstone older events cannot lift', async () => {
    await projector.ideaUpserted(ideaEvent(1, { id: 'i-1', innovatorId: 'p-1' }));
    expect(await projector.ideaDeleted(ideaDeletedEvent(2, 'i-1', 'p-1'))).toBe(true);
    expect(index.matcher.index.has('i-1')).toBe(false);
    expect(await projector.ideaUpserted(ideaEvent(1, { id: 'i-1', innovatorId: 'p-1' }))).toBe(false);
    expect((await projection.counts()).idea).toEqual({ live: 0, deleted: 1 });
  });

  it('closes a challenge and rebuilds the same index from the stored analyses', async () => {
    await projector.challengeUpserted(challengeEvent(1, { id: 'c-1' }));
    await projector.challengeClosed(challengeClosedEvent(2, 'c-1'));
    expect(index.challenge('c-1')?.status).toBe('closed');
    await projector.innovatorUpserted(innovatorEvent(1, { id: 'p-1' }));
    await projector.ideaUpserted(ideaEvent(1, { id: 'i-1', innovatorId: 'p-1' }));
    await projector.ideaUpserted(ideaEvent(1, { id: 'i-2', innovatorId: 'p-1', title: 'Well repair teams' }));
    const rebuilt = createMatchIndex();
    const report = await rebuildIndex(projection, rebuilt, reanalysis);
    expect(report).toMatchObject({ ideas: 2, reanalysed: 0, outdated: 0 });
    expect(rebuilt.challenge('c-1')?.status).toBe('closed');
    expect(
      rebuilt
        .ideasOf('p-1')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['i-1', 'i-2']);
    const profile = index.profile(index.challenge('c-1')!);
    expect(rebuilt.matcher.rank(rebuilt.profile(rebuilt.challenge('c-1')!), 5)).toEqual(
      index.matcher.rank(profile, 5),
    );
    // Rows stored before index entries existed are rebuilt from their analysis, to the same index.
    await database.db.execute(sql`update ideas set index_entry = null where id = 'i-2'`);
    const fromAnalysis = createMatchIndex();
    expect((await rebuildIndex(projection, fromAnalysis, reanalysis)).ideas).toBe(2);
    expect(fromAnalysis.matcher.rank(fromAnalysis.profile(fromAnalysis.challenge('c-1')!), 5)).toEqual(
      index.matcher.rank(profile, 5),
    );
    expect(fromAnalysis.idea('i-2')).toEqual(index.idea('i-2'));
  });
});
