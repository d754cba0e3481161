import { type Role, signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';

const challenge = (organisationId: string, status = 'open') => ({
  organisationId,
  title: 'Ensamhet bland äldre',
  description: 'Hur når vi äldre som bor ensamma?',
  locale: 'sv',
  sdgs: [3, 10],
  sdgTargets: ['3.4'],
  status,
});

describe.each(testDbDrivers)('challenge routes on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  let token: (role: Role, bound?: { organisationId?: string; innovatorId?: string }) => Promise<string>;
  const call = async (method: 'get' | 'put' | 'post', path: string, auth: string, body?: object) => {
    const pending = request(service.app)[method](path).set('authorization', `Bearer ${auth}`);
    return body ? pending.send(body) : pending;
  };
  beforeAll(async () => {
    service = await start();
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    token = (role, bound = {}) => signToken({ secret, issuer, role, ...bound });
    const admin = await token('admin');
    for (const id of ['org-1', 'org-2']) {
      await call('put', `/v1/organisations/${id}`, admin, { name: id, kind: 'municipality' }).then((r) =>
        expect(r.status).toBe(200),
      );
    }
  });
  afterAll(async () => {
    await service?.close();
  });

  it('lets a need owner write challenges of its own organisation only, and never move another one', async () => {
    const owner1 = await token('need_owner', { organisationId: 'org-1' });
    const owner2 = await token('need_owner', { organisationId: 'org-2' });
    const created = await call('put', '/v1/challenges/c-1', owner1, challenge('org-1'));
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ id: 'c-1', version: 1, status: 'open', sdgs: [3, 10] });
    // Creating for another organisation, or taking org-1's challenge over, is forbidden.
    expect((await call('put', '/v1/challenges/c-2', owner1, challenge('org-2'))).status).toBe(403);
    expect((await call('put', '/v1/challenges/c-1', owner2, challenge('org-2'))).status).toBe(403);
    expect((await call('put', '/v1/challenges/c-1', owner1, challenge('org-2'))).status).toBe(403);
    const stored = await call('get', '/v1/challenges/c-1', await token('admin'));
    expect(stored.body).toMatchObject({ organisationId: 'org-1', version: 1 });
  });

  it('shows drafts to their owner and admins only, in reads and in lists', async () => {
    const owner1 = await token('need_owner', { organisationId: 'org-1' });
    const owner2 = await token('need_owner', { organisationId: 'org-2' });
    const innovator = await token('innovator', { innovatorId: 'inn-1' });
    expect((await call('put', '/v1/challenges/c-draft', owner1, challenge('org-1', 'draft'))).status).toBe(
      200,
    );
    expect((await call('get', '/v1/challenges/c-draft', owner1)).status).toBe(200);
    expect((await call('get', '/v1/challenges/c-draft', await token('admin'))).status).toBe(200);
    expect((await call('get', '/v1/challenges/c-draft', owner2)).status).toBe(404);
    expect((await call('get', '/v1/challenges/c-draft', innovator)).status).toBe(404);
    expect((await call('get', '/v1/challenges/c-1', innovator)).status).toBe(200);
    const ids = async (auth: string, query = '') =>
      (await call('get', `/v1/challenges${query}`, auth)).body.items.map((c: { id: string }) => c.id);
    expect(await ids(innovator)).toEqual(['c-1']);
    expect(await ids(owner2)).toEqual(['c-1']);
    expect(await ids(owner1)).toEqual(['c-1', 'c-draft']);
    expect(await ids(owner1, '?status=draft')).toEqual(['c-draft']);
    expect(await ids(await token('admin'), '?organisationId=org-2')).toEqual([]);
  });

  it('pages with an opaque cursor and refuses a cursor it did not issue', async () => {
    const admin = await token('admin');
    for (const id of ['c-p1', 'c-p2', 'c-p3'])
      await call('put', `/v1/challenges/${id}`, admin, challenge('org-2'));
    const first = await call('get', '/v1/challenges?organisationId=org-2&limit=2', admin);
    expect(first.body.items.map((c: { id: string }) => c.id)).toEqual(['c-p1', 'c-p2']);
    const second = await call(
      'get',
      `/v1/challenges?organisationId=org-2&limit=2&cursor=${first.body.nextCursor}`,
      admin,
    );
    expect(second.body).toMatchObject({ items: [{ id: 'c-p3' }], nextCursor: null });
    const bad = await call('get', '/v1/challenges?cursor=bm9wZQ', admin);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.cursor');
  });

  it('closes a challenge once: the owner may, another organisation may not', async () => {
    const owner1 = await token('need_owner', { organisationId: 'org-1' });
    const owner2 = await token('need_owner', { organisationId: 'org-2' });
    expect((await call('post', '/v1/challenges/c-1/close', owner2)).status).toBe(403);
    const before = await service.deps.outbox.unpublishedCount();
    const closed = await call('post', '/v1/challenges/c-1/close', owner1);
    expect(closed.body).toMatchObject({ status: 'closed', version: 2 });
    const again = await call('post', '/v1/challenges/c-1/close', owner1);
    expect(again.body).toMatchObject({ status: 'closed', version: 2 });
    expect(await service.deps.outbox.unpublishedCount()).toBe(before + 1);
    expect((await call('post', '/v1/challenges/c-none/close', owner1)).status).toBe(404);
  });

  it('refuses SDG targets the UN does not define, naming each, and takes real ones', async () => {
    const admin = await token('admin');
    const res = await call('put', '/v1/challenges/c-targets', admin, {
      ...challenge('org-1'),
      sdgTargets: ['3.4', '3.99', '18.1', '1.z'],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'body.sdgTargets.1', message: 'no such SDG target: goal 3 has targets 3.1-3.9, 3.a-3.d' },
      { path: 'body.sdgTargets.2', message: 'an SDG target code such as 5.5 or 16.b' },
      { path: 'body.sdgTargets.3', message: 'no such SDG target: goal 1 has targets 1.1-1.5, 1.a-1.b' },
    ]);
    expect((await call('get', '/v1/challenges/c-targets', admin)).status).toBe(404);
    const real = { ...challenge('org-1'), sdgTargets: ['1.b', '3.d', '8.10', '16.b', '17.19'] };
    expect((await call('put', '/v1/challenges/c-targets', admin, real)).body.sdgTargets).toEqual(
      real.sdgTargets,
    );
  });

  it('refuses a challenge of an organisation that does not exist, writing nothing', async () => {
    const res = await call('put', '/v1/challenges/c-orphan', await token('admin'), challenge('org-none'));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'body.organisationId', message: 'organisation org-none does not exist' },
    ]);
    expect((await call('get', '/v1/challenges/c-orphan', await token('admin'))).status).toBe(404);
  });
});
