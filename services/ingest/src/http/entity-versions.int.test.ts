import { signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';

/** One record of each kind with a field to change; the challenge and idea need the first two. */
const kinds = [
  ['organisations', 'org-v', { name: 'Lund', kind: 'municipality' }, { name: 'Lunds kommun' }],
  ['innovators', 'inn-v', { name: 'Alva Lind', email: 'alva@example.org' }, { name: 'Alva L.' }],
  [
    'challenges',
    'c-v',
    { organisationId: 'org-v', title: 'Ensamhet', description: 'Äldre som bor ensamma', locale: 'sv' },
    { title: 'Ensamhet bland äldre' },
  ],
  [
    'ideas',
    'idea-v',
    { innovatorId: 'inn-v', title: 'Cykelkök', description: 'Mobila kök' },
    { title: 'Lånecykel' },
  ],
] as const;

describe.each(testDbDrivers)('entity versions, ETag and If-Match on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  let admin: string;
  const put = (path: string, body: object, ifMatch?: string) => {
    const pending = request(service.app).put(path).set('authorization', `Bearer ${admin}`);
    return (ifMatch === undefined ? pending : pending.set('if-match', ifMatch)).send(body);
  };
  const get = (path: string) => request(service.app).get(path).set('authorization', `Bearer ${admin}`);
  beforeAll(async () => {
    service = await start();
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    admin = await signToken({ secret, issuer, role: 'admin' });
  });
  afterAll(async () => {
    await service?.close();
  });

  it.each(kinds)(
    '%s: GET and PUT give the version as ETag; a PUT on a replaced version is a 409',
    async (kind, id, body, change) => {
      const path = `/v1/${kind}/${id}`;
      const created = await put(path, body);
      expect(created.status, created.text).toBe(200);
      expect(created.headers.etag).toBe('"1"');
      // Ten more versions, so the stored one is 11.
      for (let i = 0; i < 10; i++) {
        const res = await put(path, {
          ...body,
          ...change,
          ...('title' in change ? { title: `${change.title} ${i}` } : { name: `${change.name} ${i}` }),
        });
        expect(res.status).toBe(200);
      }
      const read = await get(path);
      expect(read.body.version).toBe(11);
      expect(read.headers.etag).toBe('"11"');
      const events = await service.deps.outbox.unpublishedCount();

      const stale = await put(path, { ...body, ...change }, '"1"');
      expect(stale.status, stale.text).toBe(409);
      expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(stale.body).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT', currentVersion: 11 });
      expect(stale.body.detail).toMatch(/is at version 11, not "1"/);
      expect((await get(path)).body.version).toBe(11);
      expect(await service.deps.outbox.unpublishedCount()).toBe(events);

      const current = await put(path, { ...body, ...change }, read.headers.etag);
      expect(current.status).toBe(200);
      expect(current.body.version).toBe(12);
      expect(current.headers.etag).toBe('"12"');
      // `*`: any version of a record that exists; no If-Match: as before, unconditional.
      expect((await put(path, body, '*')).headers.etag).toBe('"13"');
      expect((await put(path, { ...body, ...change })).headers.etag).toBe('"14"');
    },
  );

  it('refuses If-Match on a record that does not exist, which a PUT without it creates', async () => {
    for (const ifMatch of ['*', '"1"']) {
      const res = await put('/v1/organisations/org-none', { name: 'Ystad', kind: 'municipality' }, ifMatch);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ reason: 'VERSION_CONFLICT', currentVersion: null });
    }
    expect((await get('/v1/organisations/org-none')).status).toBe(404);
  });

  it('takes a list of ETags and the forms the matching service takes', async () => {
    const path = '/v1/organisations/org-forms';
    await put(path, { name: 'Malmö', kind: 'municipality' });
    expect((await put(path, { name: 'Malmö stad', kind: 'municipality' }, '"7", "1"')).status).toBe(200);
    expect((await put(path, { name: 'Malmö', kind: 'municipality' }, 'W/"2"')).status).toBe(200);
    expect((await put(path, { name: 'Malmö stad', kind: 'municipality' }, '3')).status).toBe(200);
  });

  it('answers a malformed If-Match with 400 at headers.if-match', async () => {
    for (const ifMatch of ['yesterday', '"1" "2"', '""', ',']) {
      const res = await put('/v1/organisations/org-v', { name: 'Lund', kind: 'municipality' }, ifMatch);
      expect(res.status, ifMatch).toBe(400);
      expect(res.body.errors).toEqual([
        { path: 'headers.if-match', message: 'expected "*" or a version such as "3"' },
      ]);
    }
  });

  it('gives the new ETag on an idempotent replay and on closing a challenge', async () => {
    const path = '/v1/organisations/org-replay';
    const send = () =>
      request(service.app)
        .put(path)
        .set('authorization', `Bearer ${admin}`)
        .set('idempotency-key', 'v-replay')
        .send({ name: 'Ystad', kind: 'municipality' });
    expect((await send()).headers.etag).toBe('"1"');
    const replayed = await send();
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.headers.etag).toBe('"1"');
    const closed = await request(service.app)
      .post('/v1/challenges/c-v/close')
      .set('authorization', `Bearer ${admin}`);
    expect(closed.headers.etag).toBe(`"${closed.body.version}"`);
  });
});
