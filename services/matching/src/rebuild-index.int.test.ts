import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase, testDbDrivers } from '@suite/testing';
import { analyzeDocument, analyzerVersion, tagSdgs } from '@suite/text';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeIndexEntry } from './domain/index-entry';
import { createMatchIndex } from './domain/match-index';
import { createProjector } from './jobs/projector';
import { rebuildIndex } from './rebuild-index';
import { createProjectionRepository } from './storage/projection.repository';
import { createReanalysisRepository } from './storage/reanalysis.repository';
import { challengeEvent, ideaEvent, innovatorEvent } from './testing/events';

const migrations = fileURLToPath(new URL('./storage/migrations', import.meta.url));
const noChanges = { challengeOpened: () => {}, ideaChanged: () => {}, shortlistsMayChange: () => {} };
const rows = (result: unknown) => (result as { rows: Array<Record<string, unknown>> }).rows;

describe.each(testDbDrivers)('index rebuild after an analyser upgrade on %s', (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(driver, migrations);
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it('analyses rows an older analyser stored again from their text, writes them back, and ranks as live', async () => {
    const projection = createProjectionRepository(database.db);
    const live = createMatchIndex();
    const projector = createProjector({ projection, index: live, listener: noChanges });
    await projector.challengeUpserted(challengeEvent(1, { id: 'c-1' }));
    await projector.innovatorUpserted(innovatorEvent(1, { id: 'p-1' }));
    await projector.innovatorUpserted(innovatorEvent(1, { id: 'p-2' }));
    await projector.ideaUpserted(ideaEvent(1, { id: 'i-1', innovatorId: 'p-1' }));
    await projector.ideaUpserted(ideaEvent(3, { id: 'i-2', innovatorId: 'p-2', title: 'Well repair teams' }));
    await projector.ideaUpserted(ideaEvent(1, { id: 'i-3', innovatorId: 'p-2', title: 'Bike repair cafe' }));

    // What an older lexicon might have made of them: another text's analysis, no goals, another stamp.
    const older = analyzeDocument({ title: 'Street football league' });
    const olderEntry = encodeIndexEntry(older, tagSdgs(older).scores);
    await database.db.execute(sql`update ideas set analyzer = 'old', inferred_sdgs = '[]',
      index_entry = ${olderEntry} where id in ('i-1', 'i-2')`);
    await database.db.execute(
      sql`update challenges set analyzer = 'old', inferred_sdgs = '[]', words = null`,
    );
    // A row stored before texts were kept cannot be analysed again: it keeps what it has.
    await database.db.execute(sql`update ideas set analyzer = null, description = null where id = 'i-3'`);

    const rebuilt = createMatchIndex();
    const reanalysis = createReanalysisRepository(database.db);
    const report = await rebuildIndex(projection, rebuilt, reanalysis);
    expect(report).toMatchObject({ ideas: 3, reanalysed: 3, outdated: 1 });

    const stored = rows(
      await database.db.execute(sql`select id, analyzer, inferred_sdgs from ideas order by id`),
    );
    expect(stored.map((row) => row.analyzer)).toEqual([analyzerVersion(), analyzerVersion(), null]);
    expect(stored[0]?.inferred_sdgs).toEqual((await projection.idea('i-1'))?.inferredSdgs);
    expect(stored[0]?.inferred_sdgs).not.toEqual([]);
    expect((await projection.challenge('c-1'))?.analyzer).toBe(analyzerVersion());
    expect(rebuilt.challenge('c-1')?.words.villag).toBe('villages');
    const profile = live.profile(live.challenge('c-1')!);
    expect(rebuilt.matcher.rank(rebuilt.profile(rebuilt.challenge('c-1')!), 5)).toEqual(
      live.matcher.rank(profile, 5),
    );

    // Once up to date, the next start analyses nothing.
    expect(await rebuildIndex(projection, createMatchIndex(), reanalysis)).toMatchObject({
      reanalysed: 0,
      outdated: 1,
    });
  });

  it('never writes over a newer version that landed while the old one was being analysed', async () => {
    const projection = createProjectionRepository(database.db);
    const reanalysis = createReanalysisRepository(database.db);
    const projector = createProjector({ projection, index: createMatchIndex(), listener: noChanges });
    await projector.ideaUpserted(ideaEvent(3, { id: 'i-9', innovatorId: 'p-1', title: 'Well repair teams' }));
    const [text] = await reanalysis.ideaTexts(['i-9']);
    expect(text).toMatchObject({ id: 'i-9', version: 3, title: 'Well repair teams' });
    await database.db.execute(sql`update ideas set version = 4, analyzer = 'newer' where id = 'i-9'`);
    const analysis = analyzeDocument({ title: 'x' });
    await reanalysis.saveIdeas([
      { id: 'i-9', version: 3, analysis, indexEntry: 'stale', inferredSdgs: [], analyzer: analyzerVersion() },
    ]);
    expect((await projection.idea('i-9'))?.analyzer).toBe('newer');
  });
});
