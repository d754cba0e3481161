import { testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { challengeEvent } from '../testing/events';
import { type MatchingUnderTest, startMatchingUnderTest } from '../testing/matching-under-test';
import { seedTextVersusSdgCorpus as seed } from '../testing/text-versus-sdg-corpus';

const config = (minScore: number, reason = 'try another minimum score') => ({
  weights: { text: 56, sdg: 14, region: 10, language: 8, stage: 4, freshness: 8 },
  minScore,
  balance: { mode: 'relax', groups: { woman: { min: 0.4 }, man: { min: 0.4 } } },
  reason,
});

describe.each(testDbDrivers)('matching config versions and ETags on %s', (driver) => {
  let service: MatchingUnderTest;
  let admin: string;

  beforeAll(async () => {
    service = await startMatchingUnderTest(driver);
    await seed(service.deps);
    const p = service.deps.projector;
    await p.challengeUpserted(challengeEvent(1, { id: 'c-draft', organisationId: 'org-1', status: 'draft' }));
    await p.challengeUpserted(
      challengeEvent(1, { id: 'c-closed', organisationId: 'org-1', status: 'closed' }),
    );
    admin = `Bearer ${await service.token('admin')}`;
    // Starting a service and indexing on PGlite takes a while on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await service?.close();
  });

  const save = (body: object, ifMatch?: string) => {
    const req = request(service.app).put('/v1/admin/matching-config').set('authorization', admin);
    return (ifMatch === undefined ? req : req.set('if-match', ifMatch)).send(body);
  };
  const versions = async () => {
    const audit = await request(service.app).get('/v1/admin/audit').set('authorization', admin);
    return audit.body.items.map((i: { version: number }) => i.version) as number[];
  };

  it("answers a save with the new version's ETag, which the next save can name in If-Match", async () => {
    const first = await save(config(0.3));
    expect(first.status, first.text).toBe(200);
    expect(first.headers.etag).toBe(`"${first.body.version}"`);
    const next = await save(config(0.35), first.headers.etag);
    expect(next.status, next.text).toBe(200);
    expect(next.headers.etag).toBe(`"${first.body.version + 1}"`);
    expect((await save(config(0.4), first.headers.etag)).status).toBe(409);
  });

  it('saves nothing for a config equal to the current one: 200 with the current version and its ETag', async () => {
    const current = await request(service.app).get('/v1/admin/matching-config').set('authorization', admin);
    const before = await versions();
    const again = await save(config(current.body.minScore, 'saved again by mistake'), current.headers.etag);
    expect(again.status, again.text).toBe(200);
    expect(again.headers.etag).toBe(current.headers.etag);
    expect(again.body).toEqual(current.body);
    expect(await versions()).toEqual(before);
    // Balance written out in full (the defaults spelt) and keys in another order are the same config.
    const reordered = {
      reason: 'same again',
      balance: { groups: { man: { min: 0.4 }, woman: { min: 0.4 } }, mode: 'relax' },
      minScore: current.body.minScore,
      weights: current.body.weights,
    };
    expect((await save(reordered)).body.version).toBe(current.body.version);
    // Naming a replaced version changes nothing either: what it asks for is in force already.
    const retried = await save(config(current.body.minScore), '"1"');
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body.version).toBe(current.body.version);
    expect(await versions()).toEqual(before);
  });

  it("reports a previewed challenge's own status: closed as closed, a draft as draft", async () => {
    const preview = (challengeId: string) =>
      request(service.app)
        .post('/v1/admin/matching-config/preview')
        .set('authorization', admin)
        .send({ config: config(0.2), challengeId, k: 3 });
    const draft = await preview('c-draft');
    expect(draft.status, draft.text).toBe(200);
    expect(draft.body.current.challengeStatus).toBe('draft');
    expect(draft.body.proposed.challengeStatus).toBe('draft');
    expect((await preview('c-closed')).body.current.challengeStatus).toBe('closed');
    expect((await preview('c-1')).body.proposed.challengeStatus).toBe('open');
  });
});
