import { createHmac } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnsubscribeToken } from '../../services/notification/src/domain/unsubscribe-token';
import { publishToNotification, seedIds, waitUntil } from './seed';
import { fingerprint, startService, tokenSigner } from './service-under-test';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const hmac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');
/** A token in the service's format, signed with `secret` over any version, purpose and recipient. */
const forged = (secret: string, version: string, purpose: string, recipientId: string) => {
  const payload = `${version}.${purpose}.${b64(recipientId)}`;
  return `${payload}.${hmac(secret, payload)}`;
};

/** The four routes a link from an email opens. */
const linkRoutes = [
  { method: 'get', path: '/v1/unsubscribe' },
  { method: 'post', path: '/v1/unsubscribe', form: { 'List-Unsubscribe': 'One-Click' } },
  { method: 'get', path: '/v1/preferences' },
  { method: 'put', path: '/v1/preferences', body: { digest: 'never' } },
] as const;

describe('notification: unsubscribe and preferences links', () => {
  let service: Awaited<ReturnType<typeof startService.notification>>;
  let secret = '';
  beforeAll(async () => {
    service = await startService.notification({ workers: true });
    secret = service.config.UNSUBSCRIBE_SECRET;
    await publishToNotification(service.deps.queue);
    await waitUntil('notification stored both recipients', async () =>
      Boolean(
        (await service.deps.recipients.preferences(seedIds.innovator)) &&
          (await service.deps.recipients.preferences(seedIds.otherInnovator)),
      ),
    );
  }, 180_000);
  afterAll(async () => {
    await service?.close();
  });

  const call = (route: (typeof linkRoutes)[number], token: string) => {
    const pending = request(service.app)[route.method](route.path).query({ token });
    if ('form' in route) return pending.type('form').send(route.form);
    if ('body' in route) return pending.send(route.body);
    return pending;
  };
  /** The answer without what differs per request by design. */
  const comparable = (res: request.Response) => {
    const { requestId: _id, ...rest } = JSON.parse(res.text) as Record<string, unknown>;
    return { status: res.status, type: res.headers['content-type'], body: rest };
  };

  it('a genuine link reads the preferences of its own recipient (control)', async () => {
    const token = createUnsubscribeToken(secret, seedIds.innovator);
    const res = await request(service.app).get('/v1/preferences').query({ token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ emailRecommendations: true });
  });

  const genuine = () => createUnsubscribeToken(secret, seedIds.innovator);
  const forgeries: Record<string, () => string> = {
    'a tampered signature': () => {
      const token = genuine();
      const last = token.at(-1) === 'A' ? 'B' : 'A';
      return `${token.slice(0, -1)}${last}`;
    },
    'the signature cut off': () => genuine().split('.').slice(0, 3).join('.'),
    'another purpose, signed with the real secret': () => forged(secret, 'u1', 'login', seedIds.innovator),
    'another version, signed with the real secret': () =>
      forged(secret, 'u2', 'unsubscribe', seedIds.innovator),
    "another recipient's id under a genuine signature": () => {
      const [version, purpose, , signature] = genuine().split('.');
      return `${version}.${purpose}.${b64(seedIds.otherInnovator)}.${signature}`;
    },
    'signed with another secret': () =>
      forged('not-the-service-secret-0123456789abcdef', 'u1', 'unsubscribe', seedIds.otherInnovator),
    'an empty recipient, signed with the real secret': () => forged(secret, 'u1', 'unsubscribe', ''),
    'a bearer JWT in place of the link': () => 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.x',
  };

  for (const route of linkRoutes) {
    for (const [label, make] of Object.entries(forgeries)) {
      it(`${route.method.toUpperCase()} ${route.path} with ${label} -> 400 INVALID_TOKEN, nothing changed`, async () => {
        const before = await fingerprint(service.deps.database);
        const res = await call(route, make());
        expect(res.status, res.text).toBe(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.code).toBe('INVALID_TOKEN');
        expect(await fingerprint(service.deps.database)).toBe(before);
      });
    }

    it(`${route.method.toUpperCase()} ${route.path}: a bad link answers the same for a person who exists and one who does not`, async () => {
      const tamperedExisting = `${createUnsubscribeToken(secret, seedIds.innovator).slice(0, -2)}xx`;
      const tamperedUnknown = `${createUnsubscribeToken(secret, 'nobody-here').slice(0, -2)}xx`;
      // Correctly signed, for an id that has no address stored: must look like any other bad link.
      const signedUnknown = createUnsubscribeToken(secret, 'nobody-here');
      const answers = [];
      for (const token of [tamperedExisting, tamperedUnknown, signedUnknown]) {
        answers.push(comparable(await call(route, token)));
      }
      expect(answers[0]?.status).toBe(400);
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      // And the answer names nobody.
      expect(JSON.stringify(answers)).not.toMatch(/inn-a|inn-b|example\.org|nobody-here/);
    });
  }

  it("one person's link changes only that person: unsubscribing A leaves B subscribed, even with B's bearer token", async () => {
    const bearerOfB = await tokenSigner(service.config)({
      role: 'innovator',
      innovatorId: seedIds.otherInnovator,
    });
    const before = await service.deps.recipients.preferences(seedIds.otherInnovator);
    const res = await request(service.app)
      .post('/v1/unsubscribe')
      .query({ token: createUnsubscribeToken(secret, seedIds.innovator) })
      .set('authorization', `Bearer ${bearerOfB}`)
      .type('form')
      .send({ 'List-Unsubscribe': 'One-Click' });
    expect(res.status, res.text).toBe(200);
    expect(await service.deps.recipients.preferences(seedIds.innovator)).toMatchObject({
      emailRecommendations: false,
    });
    expect(await service.deps.recipients.preferences(seedIds.otherInnovator)).toEqual(before);
    // B's own bearer token reads B's preferences, never A's.
    const own = await request(service.app).get('/v1/preferences').set('authorization', `Bearer ${bearerOfB}`);
    expect(own.status, own.text).toBe(200);
    expect(own.body).toMatchObject({ emailRecommendations: true });
  });
});
