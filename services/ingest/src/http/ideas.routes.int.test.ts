import { type Role, signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';

const innovator = {
  name: 'Alva Lind',
  email: 'alva@example.org',
  gender: 'woman',
  consents: { matching: true },
};
const idea = (innovatorId: string) => ({
  innovatorId,
  title: 'Cykelkök',
  description: 'Mobila kök som lagar mat av överskott',
  stage: 'pilot',
  sdgs: [2, 12],
  sdgTargets: ['12.3'],
});

describe.each(testDbDrivers)('innovator and idea routes on %s', (driver) => {
  const start = startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp });
  let service: Awaited<ReturnType<typeof start>>;
  let token: (role: Role, innovatorId?: string) => Promise<string>;
  let admin: string;
  type Method = 'get' | 'put' | 'delete';
  const call = async (method: Method, path: string, auth: string, body?: object | string, key?: string) => {
    let pending = request(service.app)[method](path).set('authorization', `Bearer ${auth}`);
    if (key) pending = pending.set('idempotency-key', key);
    if (typeof body === 'string') pending = pending.set('content-type', 'application/json');
    return body === undefined ? pending : pending.send(body);
  };
  beforeAll(async () => {
    service = await start();
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    token = (role, innovatorId) => signToken({ secret, issuer, role, innovatorId });
    admin = await token('admin');
    for (const id of ['inn-1', 'inn-2']) {
      expect((await call('put', `/v1/innovators/${id}`, admin, innovator)).status).toBe(200);
    }
    expect((await call('put', '/v1/ideas/idea-2', admin, idea('inn-2'))).status).toBe(200);
  });
  afterAll(async () => {
    await service?.close();
  });

  it('lets an innovator write and read itself and its own ideas only', async () => {
    const me = await token('innovator', 'inn-1');
    const self = await call('put', '/v1/innovators/inn-1', me, { ...innovator, digest: 'daily' });
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({ id: 'inn-1', digest: 'daily', version: 2, gender: 'woman' });
    expect(self.body.consentsChangedAt.matching).toEqual(expect.any(String));
    expect((await call('put', '/v1/innovators/inn-2', me, innovator)).status).toBe(403);
    expect((await call('get', '/v1/innovators/inn-2', me)).status).toBe(403);
    expect((await call('put', '/v1/ideas/idea-1', me, idea('inn-1'))).status).toBe(200);
    // Its id in the token is not the body's: forbidden, to create and to take another's idea over.
    expect((await call('put', '/v1/ideas/idea-3', me, idea('inn-2'))).status).toBe(403);
    expect((await call('put', '/v1/ideas/idea-2', me, idea('inn-1'))).status).toBe(403);
    expect((await call('get', '/v1/ideas/idea-2', me)).status).toBe(403);
    expect((await call('delete', '/v1/ideas/idea-2', me)).status).toBe(403);
    const mine = await call('get', '/v1/innovators/inn-1/ideas', me);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual(['idea-1']);
    expect((await call('get', '/v1/innovators/inn-2/ideas', me)).status).toBe(403);
  });

  it('lists innovators to admins only', async () => {
    const list = await call('get', '/v1/innovators?limit=1', admin);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    const owner = await signToken({ secret, issuer, role: 'need_owner', organisationId: 'org-1' });
    for (const caller of [await token('service'), owner, await token('innovator', 'inn-1')]) {
      expect((await call('get', '/v1/innovators', caller)).status).toBe(403);
    }
  });

  it('deletes an idea with an idea.deleted event carrying the next version', async () => {
    await call('put', '/v1/ideas/idea-gone', admin, idea('inn-2'));
    const before = await service.deps.outbox.unpublishedCount();
    expect((await call('delete', '/v1/ideas/idea-gone', admin)).status).toBe(204);
    expect((await call('get', '/v1/ideas/idea-gone', admin)).status).toBe(404);
    const events = await service.deps.outbox.unpublished(10_000);
    expect(events.at(-1)).toMatchObject({
      eventName: 'idea.deleted',
      payload: { ideaId: 'idea-gone', innovatorId: 'inn-2', version: 2 },
    });
    expect(events).toHaveLength(before + 1);
  });

  it('re-creates a deleted idea above the deletion version, so subscribers keeping tombstones take it', async () => {
    expect((await call('put', '/v1/ideas/idea-again', admin, idea('inn-2'))).status).toBe(200);
    const changed = await call('put', '/v1/ideas/idea-again', admin, { ...idea('inn-2'), title: 'Nytt' });
    expect(changed.body.version).toBe(2);
    expect((await call('delete', '/v1/ideas/idea-again', admin)).status).toBe(204);
    const recreated = await call('put', '/v1/ideas/idea-again', admin, idea('inn-2'));
    expect(recreated.status).toBe(200);
    const events = (await service.deps.outbox.unpublished(10_000)).filter((e) =>
      JSON.stringify(e.payload).includes('idea-again'),
    );
    expect(events.map((e) => [e.eventName, (e.payload as { version: number }).version])).toEqual([
      ['idea.upserted', 1],
      ['idea.upserted', 2],
      ['idea.deleted', 3],
      ['idea.upserted', 4],
    ]);
    expect(recreated.body.version).toBe(4);
    // Deleted again and re-created again: still climbing.
    expect((await call('delete', '/v1/ideas/idea-again', admin)).status).toBe(204);
    expect((await call('put', '/v1/ideas/idea-again', admin, idea('inn-2'))).body.version).toBe(6);
  });

  it('answers a repeated Idempotency-Key with the stored answer and another body with 422', async () => {
    const first = await call('put', '/v1/ideas/idea-k', admin, idea('inn-2'), 'key-1');
    expect(first.status).toBe(200);
    const count = await service.deps.outbox.unpublishedCount();
    const again = await call('put', '/v1/ideas/idea-k', admin, idea('inn-2'), 'key-1');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await call('put', '/v1/ideas/idea-k', admin, { ...idea('inn-2'), title: 'Annat' }, 'key-1');
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await call('get', '/v1/ideas/idea-k', admin)).body.title).toBe('Cykelkök');
    expect(await service.deps.outbox.unpublishedCount()).toBe(count);
  });

  it('answers a repeated delete with its Idempotency-Key with the stored 204, not 404', async () => {
    expect((await call('put', '/v1/ideas/idea-del', admin, idea('inn-2'))).status).toBe(200);
    expect((await call('delete', '/v1/ideas/idea-del', admin, undefined, 'del-1')).status).toBe(204);
    const count = await service.deps.outbox.unpublishedCount();
    const again = await call('delete', '/v1/ideas/idea-del', admin, undefined, 'del-1');
    expect(again.status, again.text).toBe(204);
    expect(again.headers['idempotent-replayed']).toBe('true');
    // The key belongs to that request: on another idea it is a 422, and that idea stays.
    expect((await call('delete', '/v1/ideas/idea-2', admin, undefined, 'del-1')).status).toBe(422);
    expect((await call('get', '/v1/ideas/idea-2', admin)).status).toBe(200);
    // Without the key the idea is simply gone.
    expect((await call('delete', '/v1/ideas/idea-del', admin)).status).toBe(404);
    expect(await service.deps.outbox.unpublishedCount()).toBe(count);
  });

  describe('bad input: a clear 4xx, nothing written, nothing emitted', () => {
    const cases: [string, object | string, number, string[]][] = [
      ['malformed JSON', '{"title": ', 400, []],
      ['wrong types', { ...idea('inn-1'), sdgs: 'three', title: 7 }, 400, ['body.sdgs', 'body.title']],
      ['unknown fields', { ...idea('inn-1'), colour: 'red' }, 400, ['body']],
      ['an over-long title', { ...idea('inn-1'), title: 'x'.repeat(301) }, 400, ['body.title']],
      ['SDG goal 0 and 18', { ...idea('inn-1'), sdgs: [0, 18] }, 400, ['body.sdgs.0', 'body.sdgs.1']],
      ['a malformed target', { ...idea('inn-1'), sdgTargets: ['5.55x'] }, 400, ['body.sdgTargets.0']],
      [
        'targets the UN does not define',
        { ...idea('inn-1'), sdgTargets: ['5.5', '3.99', '1.z'] },
        400,
        ['body.sdgTargets.1', 'body.sdgTargets.2'],
      ],
      ['a NUL character', { ...idea('inn-1'), description: 'a\u0000b' }, 400, ['body.description']],
      ['an unpaired surrogate', { ...idea('inn-1'), title: 'bad \ud800 x' }, 400, ['body.title']],
      ['a blank title', { ...idea('inn-1'), title: ' \u200b ' }, 400, ['body.title']],
      ['an innovator that does not exist', idea('inn-none'), 400, ['body.innovatorId']],
    ];
    it.each(cases)('%s', async (_name, body, status, paths) => {
      const before = await service.deps.outbox.unpublishedCount();
      const res = await call('put', '/v1/ideas/idea-bad', admin, body);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      const problem = JSON.parse(res.text);
      expect((problem.errors ?? []).map((e: { path: string }) => e.path).sort()).toEqual(paths);
      expect((await call('get', '/v1/ideas/idea-bad', admin)).status).toBe(404);
      expect(await service.deps.outbox.unpublishedCount()).toBe(before);
    });

    it('an unpaired surrogate in an innovator name', async () => {
      const res = await call('put', '/v1/innovators/inn-bad', admin, { ...innovator, name: 'Alva \udfff' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.name']);
    });

    it('an invalid email or an unknown consent', async () => {
      const before = await service.deps.outbox.unpublishedCount();
      const res = await call('put', '/v1/innovators/inn-bad', admin, {
        ...innovator,
        email: 'not-an-email',
        consents: { matching: true, marketing: true },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'body.consents',
        'body.email',
      ]);
      expect((await call('get', '/v1/innovators/inn-bad', admin)).status).toBe(404);
      expect(await service.deps.outbox.unpublishedCount()).toBe(before);
    });

    it('an innovator writing a profile under another id', async () => {
      const res = await call('put', '/v1/innovators/inn-bad', await token('innovator', 'inn-1'), innovator);
      expect(res.status).toBe(403);
      expect((await call('get', '/v1/innovators/inn-bad', admin)).status).toBe(404);
    });
  });
});
