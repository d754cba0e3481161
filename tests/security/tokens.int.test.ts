import { createHmac } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceName, startService } from './service-under-test';

type Claims = Record<string, unknown>;
interface Settings {
  JWT_SECRET: string;
  JWT_ISSUER: string;
}
const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWS by hand (HMAC), so each part can be made wrong on purpose. */
async function signed(secret: string, claims: Claims, header: { alg: 'HS256' | 'HS512' } = { alg: 'HS256' }) {
  const input = `${base64url({ ...header, typ: 'JWT' })}.${base64url(claims)}`;
  const hash = header.alg === 'HS512' ? 'sha512' : 'sha256';
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

/** A protected route per service, and the caller it serves (the control proves the route answers 2xx). */
const protectedRoutes: Record<ServiceName, { path: string; claims: Claims }[]> = {
  ingest: [{ path: '/v1/innovators', claims: { role: 'admin', sub: 'admin:local' } }],
  matching: [{ path: '/v1/admin/matching-config', claims: { role: 'admin', sub: 'admin:local' } }],
  notification: [
    // The innovator's own bearer token is the alternative to the signed link from an email.
    { path: '/v1/preferences', claims: { role: 'innovator', sub: 'innovator:tok-1', innovator: 'tok-1' } },
  ],
};

/** Each bad token, built from the claims of a good one. */
const badTokens: Record<string, (s: Settings, claims: Claims) => Promise<string>> = {
  'signed with another key': (s, c) =>
    signed('another-secret-of-enough-length-0123456789', {
      ...c,
      iss: s.JWT_ISSUER,
      iat: now(),
      exp: now() + 600,
    }),
  expired: (s, c) =>
    signed(s.JWT_SECRET, { ...c, iss: s.JWT_ISSUER, iat: now() - 7_200, exp: now() - 3_600 }),
  'alg none (unsigned)': async (s, c) =>
    `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...c, iss: s.JWT_ISSUER, iat: now(), exp: now() + 600 })}.`,
  'alg none with the signature of a real token kept': async (s, c) => {
    const real = await signed(s.JWT_SECRET, { ...c, iss: s.JWT_ISSUER, iat: now(), exp: now() + 600 });
    const [, payload, signature] = real.split('.');
    return `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}`;
  },
  'HS512 instead of HS256': (s, c) =>
    signed(s.JWT_SECRET, { ...c, iss: s.JWT_ISSUER, iat: now(), exp: now() + 600 }, { alg: 'HS512' }),
  'an unknown role': (s, c) =>
    signed(s.JWT_SECRET, { ...c, role: 'superuser', iss: s.JWT_ISSUER, iat: now(), exp: now() + 600 }),
  'no role': (s, c) => {
    const { role: _role, ...rest } = c;
    return signed(s.JWT_SECRET, { ...rest, iss: s.JWT_ISSUER, iat: now(), exp: now() + 600 });
  },
  'no exp': (s, c) => signed(s.JWT_SECRET, { ...c, iss: s.JWT_ISSUER, iat: now() }),
  'too long-lived (48h against a 24h maximum)': (s, c) =>
    signed(s.JWT_SECRET, { ...c, iss: s.JWT_ISSUER, iat: now(), exp: now() + 48 * 3_600 }),
  'too long-lived without iat': (s, c) =>
    signed(s.JWT_SECRET, { ...c, iss: s.JWT_ISSUER, exp: now() + 30 * 86_400 }),
  'a wrong issuer': (s, c) =>
    signed(s.JWT_SECRET, { ...c, iss: 'someone-else', iat: now(), exp: now() + 600 }),
  'no issuer': (s, c) => signed(s.JWT_SECRET, { ...c, iat: now(), exp: now() + 600 }),
  'not yet valid (nbf in an hour)': (s, c) =>
    signed(s.JWT_SECRET, { ...c, iss: s.JWT_ISSUER, iat: now(), nbf: now() + 3_600, exp: now() + 7_200 }),
  'payload tampered after signing (another caller put in)': async (s, c) => {
    const real = await signed(s.JWT_SECRET, {
      role: 'innovator',
      sub: 'innovator:tok-other',
      innovator: 'tok-other',
      iss: s.JWT_ISSUER,
      iat: now(),
      exp: now() + 600,
    });
    const [header, , signature] = real.split('.');
    return `${header}.${base64url({ ...c, iss: s.JWT_ISSUER, iat: now(), exp: now() + 600 })}.${signature}`;
  },
  'not a JWT at all': async () => 'not-a-token',
};

for (const name of Object.keys(protectedRoutes) as ServiceName[]) {
  describe(`${name}: bearer tokens that must not get in`, () => {
    let service: Awaited<ReturnType<(typeof startService)[ServiceName]>>;
    beforeAll(async () => {
      if (name !== 'notification') {
        service = await startService[name]();
        return;
      }
      const notification = await startService.notification();
      service = notification;
      // The innovator the control token is bound to must have preferences to read.
      await notification.deps.recipients.upsert(
        {
          id: 'tok-1',
          name: 'Tova Token',
          email: 'tova@example.org',
          gender: 'undisclosed',
          locale: 'en',
          sdgs: [],
          digest: 'weekly',
          consents: { matching: true, emailRecommendations: true },
        },
        1,
      );
    });
    afterAll(async () => {
      await service?.close();
    });

    // Notification's routes open to other roles are public (signed links); this is the one behind a JWT.
    for (const { path, claims } of protectedRoutes[name]) {
      it(`GET ${path}: a valid token gets in (control)`, async () => {
        const token = await signed(service.config.JWT_SECRET, {
          ...claims,
          iss: service.config.JWT_ISSUER,
          iat: now(),
          exp: now() + 600,
        });
        const res = await request(service.app).get(path).set('authorization', `Bearer ${token}`);
        expect(res.status, res.text).toBe(200);
      });

      for (const [label, make] of Object.entries(badTokens)) {
        it(`GET ${path}: a token ${label} -> 401 problem+json`, async () => {
          const token = await make(service.config, claims);
          const res = await request(service.app).get(path).set('authorization', `Bearer ${token}`);
          expect(res.status, `${label}: ${res.text}`).toBe(401);
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
          expect(res.body.code).toBe('UNAUTHENTICATED');
          // The answer never echoes the token back.
          expect(res.text).not.toContain(token.slice(0, 40));
        });
      }
    }
  });
}
