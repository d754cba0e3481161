import { type Role, signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';
import { createPreferenceChangeApplier } from '../jobs/ingest-inbox.consumer';

const person = (consents: { matching: boolean; emailRecommendations: boolean }) => ({
  name: 'Alva Lind',
  email: 'alva@example.org',
  consents,
});
const both = { matching: true, emailRecommendations: true };

describe.each(testDbDrivers)('who may give an innovator consent on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  let token: (role: Role, innovatorId?: string) => Promise<string>;
  const put = async (id: string, auth: string, body: object) =>
    request(service.app).put(`/v1/innovators/${id}`).set('authorization', `Bearer ${auth}`).send(body);
  const get = async (path: string, auth: string) =>
    request(service.app).get(path).set('authorization', `Bearer ${auth}`);
  beforeAll(async () => {
    service = await start();
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    token = (role, innovatorId) => signToken({ secret, issuer, role, innovatorId });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('refuses an admin or service PUT that gives back a consent the person withdrew with their own token, writing nothing', async () => {
    const admin = await token('admin');
    const me = await token('innovator', 'inn-own');
    expect((await put('inn-own', admin, person(both))).status).toBe(200);
    const withdrawn = await put('inn-own', me, person({ matching: false, emailRecommendations: false }));
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.consentsChangedBy).toEqual({ matching: 'person', emailRecommendations: 'person' });
    const events = await service.deps.outbox.unpublishedCount();

    for (const caller of [admin, await token('service')]) {
      const regiven = await put('inn-own', caller, { ...person(both), name: 'Alva L.' });
      expect(regiven.status, regiven.text).toBe(409);
      expect(regiven.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(regiven.body).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_WITHDRAWN_BY_PERSON' });
      expect(regiven.body.errors).toEqual([
        { path: 'body.consents.matching', message: expect.stringMatching(/only they can give it again/) },
        {
          path: 'body.consents.emailRecommendations',
          message: expect.stringMatching(/^the person withdrew this consent on \d{4}-/),
        },
      ]);
    }
    const stored = await service.deps.store.get('innovators', 'inn-own');
    expect(stored).toMatchObject({ name: 'Alva Lind', version: 2, consents: { matching: false } });
    expect(await service.deps.outbox.unpublishedCount()).toBe(events);
    // Everything else a programme write may still change, the consents kept as the person left them.
    const renamed = await put('inn-own', admin, {
      ...person({ matching: false, emailRecommendations: false }),
      name: 'Alva L.',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.consentsChangedBy).toEqual({ matching: 'person', emailRecommendations: 'person' });
  });

  it('lets the person give it again, after which the programme may withdraw and give it as before', async () => {
    const admin = await token('admin');
    const me = await token('innovator', 'inn-back');
    expect((await put('inn-back', admin, person(both))).status).toBe(200);
    expect((await put('inn-back', me, person({ matching: true, emailRecommendations: false }))).status).toBe(
      200,
    );
    const regiven = await put('inn-back', me, person(both));
    expect(regiven.status).toBe(200);
    expect(regiven.body.consentsChangedBy.emailRecommendations).toBe('person');
    const withdrawnByAdmin = await put(
      'inn-back',
      admin,
      person({ matching: true, emailRecommendations: false }),
    );
    expect(withdrawnByAdmin.body.consentsChangedBy).toEqual({
      matching: 'programme',
      emailRecommendations: 'programme',
    });
    const givenByAdmin = await put('inn-back', admin, person(both));
    expect(givenByAdmin.status).toBe(200);
    expect(givenByAdmin.body).toMatchObject({
      consents: both,
      consentsChangedBy: { emailRecommendations: 'programme' },
    });
  });

  it('treats an unsubscribe reported by notification as the person withdrawing, and shows who changed what in the export', async () => {
    const admin = await token('admin');
    expect((await put('inn-unsub', admin, person(both))).status).toBe(200);
    const apply = createPreferenceChangeApplier({ ...service.deps, db: service.deps.database.db });
    const changedAt = new Date(Date.now() + 1_000).toISOString();
    expect(
      await apply({ innovatorId: 'inn-unsub', changedAt, preferences: { emailRecommendations: false } }),
    ).toBe(true);

    const regiven = await put('inn-unsub', admin, person(both));
    expect(regiven.status).toBe(409);
    expect(regiven.body.errors).toEqual([
      {
        path: 'body.consents.emailRecommendations',
        message: `the person withdrew this consent on ${changedAt}; only they can give it again`,
      },
    ]);
    const exported = await get('/v1/innovators/inn-unsub/export', await token('innovator', 'inn-unsub'));
    expect(exported.body.innovator).toMatchObject({
      consents: { matching: true, emailRecommendations: false },
      consentsChangedAt: { emailRecommendations: changedAt },
      consentsChangedBy: { matching: 'programme', emailRecommendations: 'person' },
    });
  });

  it('lets the programme set the consents of a new innovator and give one the person never withdrew', async () => {
    const admin = await token('admin');
    const created = await put('inn-new', admin, person({ matching: false, emailRecommendations: false }));
    expect(created.body.consentsChangedBy).toEqual({ matching: null, emailRecommendations: null });
    const given = await put('inn-new', admin, person(both));
    expect(given.status).toBe(200);
    expect(given.body.consentsChangedBy).toEqual({
      matching: 'programme',
      emailRecommendations: 'programme',
    });
  });
});
