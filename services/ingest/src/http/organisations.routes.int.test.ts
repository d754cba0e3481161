import { signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';

describe.each(testDbDrivers)('organisation routes on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  let admin: string;
  beforeAll(async () => {
    service = await start();
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    admin = await signToken({ secret, issuer, role: 'admin' });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('rejects an invalid organisation with field paths', async () => {
    const res = await request(service.app)
      .put('/v1/organisations/org-1')
      .set('authorization', `Bearer ${admin}`)
      .send({ name: '', kind: 'kingdom', contactEmail: 'not-an-email' })
      .expect(400);
    const paths = JSON.parse(res.text).errors.map((e: { path: string }) => e.path);
    expect(paths.sort()).toEqual(['body.contactEmail', 'body.kind', 'body.name']);
  });

  it('refuses an unpaired surrogate (which Postgres cannot store) and a blank name with the field path', async () => {
    const put = (body: string) =>
      request(service.app)
        .put('/v1/organisations/org-text')
        .set('authorization', `Bearer ${admin}`)
        .set('content-type', 'application/json')
        .send(body);
    for (const [name, message] of [
      ['bad \\ud800 x', 'must not contain unpaired surrogate characters'],
      [' \\u200b\\t ', 'must not be blank'],
    ]) {
      const res = await put(`{"name":"${name}","kind":"municipality"}`);
      expect(res.status, res.text).toBe(400);
      expect(JSON.parse(res.text).errors).toEqual([{ path: 'body.name', message }]);
    }
    await request(service.app)
      .get('/v1/organisations/org-text')
      .set('authorization', `Bearer ${admin}`)
      .expect(404);
  });

  it('refuses the ids . and .. and says when a path cannot be decoded', async () => {
    for (const id of ['%2E', '%2E%2E']) {
      const res = await request(service.app)
        .put(`/v1/organisations/${id}`)
        .set('authorization', `Bearer ${admin}`)
        .send({ name: 'Malmö stad', kind: 'municipality' });
      expect(res.status, res.text).toBe(400);
      expect(JSON.parse(res.text).errors.map((e: { path: string }) => e.path)).toEqual(['params.id']);
    }
    const res = await request(service.app)
      .get('/v1/organisations/%')
      .set('authorization', `Bearer ${admin}`)
      .expect(400);
    expect(JSON.parse(res.text).detail).toMatch(/URL path could not be decoded/);
  });

  it('answers 401 to a need owner token bound to no organisation', async () => {
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    const unbound = await signToken({ secret, issuer, role: 'need_owner' });
    const res = await request(service.app)
      .get('/v1/organisations')
      .set('authorization', `Bearer ${unbound}`)
      .expect(401);
    expect(JSON.parse(res.text).code).toBe('UNAUTHENTICATED');
  });

  it('answers 409, not 500, when an external id is already taken', async () => {
    const put = (id: string) =>
      request(service.app)
        .put(`/v1/organisations/${id}`)
        .set('authorization', `Bearer ${admin}`)
        .send({ name: 'Malmö stad', kind: 'municipality', externalId: 'se-1280' });
    await put('org-a').expect(200);
    const res = await put('org-b').expect(409);
    expect(JSON.parse(res.text).code).toBe('CONFLICT');
    expect(JSON.parse(res.text).errors).toEqual([
      { path: 'body.externalId', message: 'already belongs to another record' },
    ]);
  });

  it('shows a need owner their own organisation and no other', async () => {
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    await request(service.app)
      .put('/v1/organisations/org-b')
      .set('authorization', `Bearer ${admin}`)
      .send({ name: 'Lunds kommun', kind: 'municipality' })
      .expect(200);
    const owner = await signToken({ secret, issuer, role: 'need_owner', organisationId: 'org-a' });
    await request(service.app)
      .get('/v1/organisations/org-a')
      .set('authorization', `Bearer ${owner}`)
      .expect(200);
    await request(service.app)
      .get('/v1/organisations/org-b')
      .set('authorization', `Bearer ${owner}`)
      .expect(403);
    await request(service.app)
      .get('/v1/organisations/org-x')
      .set('authorization', `Bearer ${admin}`)
      .expect(404);
    const list = await request(service.app)
      .get('/v1/organisations')
      .set('authorization', `Bearer ${owner}`)
      .expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual(['org-a']);
  });
});
