import { type Role, signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadMatchingConfig } from '../config';
import { createDeps, type MatchingDeps } from '../deps';
import {
  type MatchingUnderTest,
  startMatchingUnderTest,
  type TokenScope,
} from '../testing/matching-under-test';
import { seedTextVersusSdgCorpus as seed } from '../testing/text-versus-sdg-corpus';

const proposal = (weights: Record<string, number>, extra: Record<string, unknown> = {}) => ({
  weights: { text: 56, sdg: 14, region: 10, language: 8, stage: 4, freshness: 8, ...weights },
  minScore: 0.25,
  balance: { mode: 'relax', groups: { woman: { min: 0.4 }, man: { min: 0.4 } } },
  reason: 'weigh SDG fit higher',
  ...extra,
});
const sdgHeavy = { text: 10, sdg: 60 };

describe.each(testDbDrivers)('matching config, preview and audit on %s', (driver) => {
  let app: MatchingUnderTest['app'];
  let deps: MatchingDeps;
  let close: () => Promise<void>;
  let token: MatchingUnderTest['token'];

  beforeAll(async () => {
    ({ app, deps, close, token } = await startMatchingUnderTest(driver));
    await seed(deps);
    // Starting a service and indexing on PGlite takes a while on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await close?.();
  });

  const as = async (role: Role, scope?: TokenScope) => `Bearer ${await token(role, scope)}`;
  const preview = async (body: unknown) =>
    request(app)
      .post('/v1/admin/matching-config/preview')
      .set('authorization', await as('admin'))
      .send(body as object);

  it('answers the current config, version 1 with the defaults', async () => {
    const res = await request(app)
      .get('/v1/admin/matching-config')
      .set('authorization', await as('admin'));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ version: 1, updatedBy: 'system', minScore: 0.25 });
  });

  it('previews with no decisions yet, says so, and saves nothing', async () => {
    const res = await preview({ config: proposal(sdgHeavy), challengeId: 'c-1', k: 5 });
    expect(res.status, res.text).toBe(200);
    expect(res.body.current.configVersion).toBe(1);
    expect(res.body.proposed.configVersion).toBe(0);
    expect(res.body.evaluation).toMatchObject({
      k: 5,
      challenges: 0,
      current: { ndcg: null },
      proposed: { ndcg: null },
    });
    expect(res.body.evaluation.note).toMatch(/no decisions yet/);
    // The SDG-heavy config lifts the water ideas: someone moved or entered, with from/to ranks.
    const { entered, left, moved } = res.body.changes;
    expect(entered.length + left.length + moved.length).toBeGreaterThan(0);
    for (const m of moved) expect(m.from).not.toBe(m.to);
    expect(res.body.current.balance.list).toBeDefined();
    expect(res.body.proposed.balance.policy).toMatchObject({ mode: 'relax' });
    const audit = await request(app)
      .get('/v1/admin/audit')
      .set('authorization', await as('admin'));
    expect(audit.body.items.map((i: { version: number }) => i.version)).toEqual([1]);
  });

  it('rates an SDG-heavier config higher offline once owners invite SDG-similar innovators', async () => {
    const owner = await as('need_owner', { organisationId: 'org-1' });
    for (const challengeId of ['c-1', 'c-2']) {
      const shown = await request(app)
        .get(`/v1/challenges/${challengeId}/shortlist?k=5`)
        .set('authorization', owner);
      expect(shown.status, shown.text).toBe(200);
    }
    // The served lists are recorded in the background.
    await expect
      .poll(async () => (await deps.decisions.shownAppearances()).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(10);
    // Owners pick the water and sanitation ideas (p-3, p-4) and pass over the best text match.
    const decide = (challengeId: string, innovatorId: string, stage: string) =>
      request(app)
        .put(`/v1/challenges/${challengeId}/decisions/${innovatorId}`)
        .set('authorization', owner)
        .send({ stage });
    for (const challengeId of ['c-1', 'c-2']) {
      expect((await decide(challengeId, 'p-3', 'invited')).status).toBe(200);
      expect((await decide(challengeId, 'p-4', 'accepted')).status).toBe(200);
      expect((await decide(challengeId, 'p-0', 'declined')).status).toBe(200);
    }

    const res = await preview({ config: proposal(sdgHeavy), challengeId: 'c-1', k: 5 });
    expect(res.status, res.text).toBe(200);
    const { evaluation } = res.body;
    expect(evaluation.challenges).toBe(2);
    expect(evaluation.note).toBeUndefined();
    expect(evaluation.proposed.ndcg).toBeGreaterThan(evaluation.current.ndcg);
    expect(evaluation.proposed.recall).toBeGreaterThanOrEqual(evaluation.current.recall);

    // A config without SDG weight is judged no better than the current one, and worse than the SDG-heavy one.
    const textOnly = await preview({ config: proposal({ text: 80, sdg: 0 }), challengeId: 'c-1', k: 5 });
    expect(textOnly.body.evaluation.proposed.ndcg).toBeLessThanOrEqual(textOnly.body.evaluation.current.ndcg);
    expect(textOnly.body.evaluation.proposed.ndcg).toBeLessThan(evaluation.proposed.ndcg);
  });

  it('shows what the minimum score changes: how many innovators the challenge would be recommended to', async () => {
    const reach = async (minScore: number) => {
      const res = await preview({ config: { ...proposal({}), minScore }, challengeId: 'c-1', k: 5 });
      expect(res.status, res.text).toBe(200);
      return res.body.recommendations as { current: number; proposed: number };
    };
    const everyone = await reach(0);
    const nobody = await reach(1);
    expect(everyone.proposed).toBeGreaterThan(0);
    expect(everyone.proposed).toBeGreaterThanOrEqual(everyone.current);
    expect(nobody.proposed).toBe(0);
    expect(nobody.current).toBe(everyone.current);
  });

  it('answers 404 for a preview of an unknown challenge', async () => {
    expect((await preview({ config: proposal({}), challengeId: 'c-nope' })).status).toBe(404);
  });

  it('refuses invalid configs with 400 and the field path', async () => {
    const cases: Array<[unknown, string]> = [
      [proposal({ sdg: -1 }), 'body.weights.sdg'],
      [proposal({ text: 0, sdg: 0, region: 0, language: 0, stage: 0, freshness: 0 }), 'body.weights'],
      [
        proposal({}, { balance: { groups: { woman: { min: 0.6 }, man: { min: 0.6 } } } }),
        'body.balance.groups',
      ],
      [proposal({}, { balance: { groups: { robot: { min: 0.1 } } } }), 'body.balance.groups'],
      [proposal({}, { reason: undefined }), 'body.reason'],
      [proposal({}, { reason: '   ' }), 'body.reason'],
    ];
    for (const [body, path] of cases) {
      const res = await request(app)
        .put('/v1/admin/matching-config')
        .set('authorization', await as('admin'))
        .send(body as object);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const badPreview = await preview({ config: proposal({ sdg: -1 }), challengeId: 'c-1' });
    expect(badPreview.status).toBe(400);
    expect(badPreview.body.errors[0].path).toBe('body.config.weights.sdg');
  });

  it('answers 403 to a need owner or an innovator on every admin route', async () => {
    for (const auth of [
      await as('need_owner', { organisationId: 'org-1' }),
      await as('innovator', { innovatorId: 'p-0' }),
    ]) {
      expect((await request(app).get('/v1/admin/matching-config').set('authorization', auth)).status).toBe(
        403,
      );
      expect(
        (await request(app).put('/v1/admin/matching-config').set('authorization', auth).send(proposal({})))
          .status,
      ).toBe(403);
      expect(
        (
          await request(app)
            .post('/v1/admin/matching-config/preview')
            .set('authorization', auth)
            .send({ config: proposal({}), challengeId: 'c-1' })
        ).status,
      ).toBe(403);
      expect((await request(app).get('/v1/admin/audit').set('authorization', auth)).status).toBe(403);
    }
  });

  it('saves a version with who, when, why and the diff; shortlists use it at once; audit pages newest first', async () => {
    const owner = await as('need_owner', { organisationId: 'org-1' });
    const before = await request(app).get('/v1/challenges/c-1/shortlist?k=5').set('authorization', owner);
    expect(before.body.configVersion).toBe(1);
    const saved = await request(app)
      .put('/v1/admin/matching-config')
      .set('authorization', await as('admin', { subject: 'admin-astrid' }))
      .send(proposal(sdgHeavy));
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({
      version: 2,
      updatedBy: 'admin-astrid',
      reason: 'weigh SDG fit higher',
    });
    expect(Date.now() - Date.parse(saved.body.updatedAt)).toBeLessThan(60_000);
    const after = await request(app).get('/v1/challenges/c-1/shortlist?k=5').set('authorization', owner);
    expect(after.body.configVersion).toBe(2);
    expect(after.body.entries[0].innovator.id).not.toBe(before.body.entries[0].innovator.id);

    await request(app)
      .put('/v1/admin/matching-config')
      .set('authorization', await as('admin', { subject: 'admin-bo' }))
      .send(proposal(sdgHeavy, { minScore: 0.3, reason: 'fewer weak matches' }));
    const page1 = await request(app)
      .get('/v1/admin/audit?limit=2')
      .set('authorization', await as('admin'));
    expect(page1.status, page1.text).toBe(200);
    expect(page1.body.items.map((i: { version: number }) => i.version)).toEqual([3, 2]);
    expect(page1.body.items[0]).toMatchObject({
      by: 'admin-bo',
      reason: 'fewer weak matches',
      diff: [{ field: 'minScore', from: 0.25, to: 0.3 }],
    });
    expect(page1.body.items[1].diff).toEqual([
      { field: 'weights.text', from: 56, to: 10 },
      { field: 'weights.sdg', from: 14, to: 60 },
    ]);
    const page2 = await request(app)
      .get(`/v1/admin/audit?limit=2&cursor=${page1.body.nextCursor}`)
      .set('authorization', await as('admin'));
    expect(page2.body).toMatchObject({ items: [{ version: 1, by: 'system' }], nextCursor: null });
    const bad = await request(app)
      .get('/v1/admin/audit?cursor=nonsense')
      .set('authorization', await as('admin'));
    expect(bad.status).toBe(400);
  });

  it('refuses a save based on a version another admin has replaced (If-Match), 409 not a silent overwrite', async () => {
    const admin = await as('admin');
    const current = await request(app).get('/v1/admin/matching-config').set('authorization', admin);
    const etag = current.headers.etag as string;
    expect(etag).toBe(`"${current.body.version}"`);
    const first = await request(app)
      .put('/v1/admin/matching-config')
      .set('authorization', admin)
      .set('if-match', etag)
      .send(proposal({}, { reason: 'first edit' }));
    expect(first.status, first.text).toBe(200);
    const stale = await request(app)
      .put('/v1/admin/matching-config')
      .set('authorization', admin)
      .set('if-match', etag)
      .send(proposal(sdgHeavy, { reason: 'edit on an old version' }));
    expect(stale.status, stale.text).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    const malformed = await request(app)
      .put('/v1/admin/matching-config')
      .set('authorization', admin)
      .set('if-match', 'yesterday')
      .send(proposal({}));
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].path).toBe('headers.if-match');
    const latest = await request(app).get('/v1/admin/matching-config').set('authorization', admin);
    expect(latest.body).toMatchObject({ version: first.body.version, reason: 'first edit' });
  });
});

// PGlite is one process's database (memory or a locked folder): replicas share a Postgres server.
describe.runIf(testDbDrivers.includes('postgres'))('two matching replicas on one Postgres and Redis', () => {
  it('a config saved through one replica is in force in the other at once', async () => {
    const started = await startServiceForTest('postgres', {
      loadConfig: loadMatchingConfig,
      createDeps,
      createApp,
    })();
    await seed(started.deps);
    // B starts on the same database and Redis and rebuilds its index from the stored projection.
    const replicaB = await createDeps(started.config);
    try {
      const appB = createApp(replicaB);
      const auth = (role: Role, subject?: string) =>
        signToken({ secret: started.config.JWT_SECRET, issuer: started.config.JWT_ISSUER, role, subject });
      const owner = `Bearer ${await signToken({ secret: started.config.JWT_SECRET, issuer: started.config.JWT_ISSUER, role: 'need_owner', organisationId: 'org-1' })}`;
      const before = await request(appB).get('/v1/challenges/c-1/shortlist?k=5').set('authorization', owner);
      expect(before.body.configVersion).toBe(1);
      const saved = await request(started.app)
        .put('/v1/admin/matching-config')
        .set('authorization', `Bearer ${await auth('admin', 'admin-a')}`)
        .send(proposal(sdgHeavy));
      expect(saved.body.version).toBe(2);
      const after = await request(appB).get('/v1/challenges/c-1/shortlist?k=5').set('authorization', owner);
      expect(after.body.configVersion).toBe(2);
      expect(after.body.entries.map((e: { innovator: { id: string } }) => e.innovator.id)).not.toEqual(
        before.body.entries.map((e: { innovator: { id: string } }) => e.innovator.id),
      );
      const config = await request(appB)
        .get('/v1/admin/matching-config')
        .set('authorization', `Bearer ${await auth('admin')}`);
      expect(config.body).toMatchObject({ version: 2, updatedBy: 'admin-a', weights: { sdg: 60 } });
    } finally {
      await replicaB.shutdown.shutdown('test over');
      await started.close();
    }
  });
});
