import { type Role, signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';

const person = {
  name: 'Alva Lind',
  email: 'alva@example.org',
  consents: { matching: true, emailRecommendations: true },
};
const idea = { innovatorId: 'inn-1', title: 'Cykelkök', description: 'Mobila kök' };

describe.each(testDbDrivers)('GDPR export and erasure on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  let token: (role: Role, innovatorId?: string) => Promise<string>;
  const call = async (
    method: 'get' | 'put' | 'delete',
    path: string,
    auth: string,
    body?: object,
    key?: string,
  ) => {
    let pending = request(service.app)[method](path).set('authorization', `Bearer ${auth}`);
    if (key) pending = pending.set('idempotency-key', key);
    return body ? pending.send(body) : pending;
  };
  beforeAll(async () => {
    service = await start();
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    token = (role, innovatorId) => signToken({ secret, issuer, role, innovatorId });
    const admin = await token('admin');
    await call('put', '/v1/innovators/inn-1', admin, person, 'k-person');
    await call('put', '/v1/innovators/inn-2', admin, { ...person, email: 'sam@example.org' });
    await call('put', '/v1/ideas/idea-1', admin, idea, 'k-idea');
    await call('put', '/v1/ideas/idea-2', admin, { ...idea, innovatorId: 'inn-2' });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('exports everything held about a person to that person and admins only', async () => {
    const me = await token('innovator', 'inn-1');
    const res = await call('get', '/v1/innovators/inn-1/export', me);
    expect(res.status).toBe(200);
    expect(res.body.innovator).toMatchObject({
      id: 'inn-1',
      email: 'alva@example.org',
      consents: person.consents,
    });
    expect(res.body.innovator.consentsChangedAt.emailRecommendations).toEqual(expect.any(String));
    expect(res.body.ideas.map((i: { id: string }) => i.id)).toEqual(['idea-1']);
    expect((await call('get', '/v1/innovators/inn-2/export', me)).status).toBe(403);
    expect((await call('get', '/v1/innovators/inn-1/export', await token('service'))).status).toBe(403);
  });

  it('erases the person, their ideas, their unpublished events and stored answers, and emits innovator.erased', async () => {
    const me = await token('innovator', 'inn-1');
    expect((await call('delete', '/v1/innovators/inn-2', me)).status).toBe(403);
    expect((await call('delete', '/v1/innovators/inn-1', me)).status).toBe(204);
    const admin = await token('admin');
    expect((await call('get', '/v1/innovators/inn-1', admin)).status).toBe(404);
    expect((await call('get', '/v1/ideas/idea-1', admin)).status).toBe(404);
    expect((await call('get', '/v1/ideas/idea-2', admin)).status).toBe(200);
    const events = await service.deps.outbox.unpublished(1_000);
    const text = JSON.stringify(events.map((e) => e.payload));
    expect(text).not.toContain('alva@example.org');
    expect(text).toContain('sam@example.org');
    expect(events.at(-1)).toMatchObject({
      eventName: 'innovator.erased',
      payload: { innovatorId: 'inn-1', version: 2 },
    });
    // A replayed key answers nothing about the erased person; it now writes anew.
    expect(await service.deps.idempotency.find('admin:local', 'k-person')).toBeUndefined();
    expect(await service.deps.idempotency.find('admin:local', 'k-idea')).toBeUndefined();
    expect((await call('delete', '/v1/innovators/inn-1', me)).status).toBe(404);
  });

  it('re-creates an erased person and their idea above the versions their erasure left', async () => {
    const admin = await token('admin');
    await call('put', '/v1/innovators/inn-3', admin, person);
    await call('put', '/v1/ideas/idea-3', admin, { ...idea, innovatorId: 'inn-3' });
    await call('put', '/v1/ideas/idea-3', admin, { ...idea, innovatorId: 'inn-3', title: 'Ny' });
    expect((await call('delete', '/v1/innovators/inn-3', admin, undefined, 'erase-3')).status).toBe(204);
    // A retry of the same erasure answers what the first did.
    const retried = await call('delete', '/v1/innovators/inn-3', admin, undefined, 'erase-3');
    expect(retried.status).toBe(204);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const erased = (await service.deps.outbox.unpublished(1_000)).at(-1);
    expect(erased).toMatchObject({
      eventName: 'innovator.erased',
      payload: { innovatorId: 'inn-3', version: 2 },
    });
    const again = await call('put', '/v1/innovators/inn-3', admin, person);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(3);
    // The idea went with the person at version 2; it comes back above it (subscribers keep 2).
    const ideaAgain = await call('put', '/v1/ideas/idea-3', admin, { ...idea, innovatorId: 'inn-3' });
    expect(ideaAgain.status).toBe(200);
    expect(ideaAgain.body.version).toBe(4);
    const events = await service.deps.outbox.unpublished(1_000);
    expect(events.at(-1)).toMatchObject({ eventName: 'idea.upserted', payload: { version: 4 } });
  });
});
