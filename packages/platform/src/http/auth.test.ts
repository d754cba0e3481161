import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { type AuthOptions, signToken, verifyToken } from './auth';

const opts: AuthOptions = { secret: 's'.repeat(40), issuer: 'test-issuer' };

describe('bearer tokens', () => {
  it('round-trips role and bindings', async () => {
    const token = await signToken({ ...opts, role: 'need_owner', organisationId: 'org-7' });
    await expect(verifyToken(token, opts)).resolves.toMatchObject({
      role: 'need_owner',
      organisationId: 'org-7',
    });
  });

  it('rejects a need owner token without an org claim and an innovator token without an innovator claim', async () => {
    for (const role of ['need_owner', 'innovator'] as const) {
      const token = await signToken({ ...opts, role });
      const err = await verifyToken(token, opts).catch((e: unknown) => e);
      expect(err, role).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
        detail: 'invalid bearer token',
      });
    }
    const innovator = await signToken({ ...opts, role: 'innovator', innovatorId: 'inn-1' });
    await expect(verifyToken(innovator, opts)).resolves.toMatchObject({ innovatorId: 'inn-1' });
  });

  it('rejects a token signed with another secret as 401', async () => {
    const token = await signToken({ ...opts, secret: 'o'.repeat(40), role: 'admin' });
    await expect(verifyToken(token, opts)).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('rejects an expired token', async () => {
    const token = await signToken({ ...opts, role: 'admin', ttl: '-1s' });
    const err = await verifyToken(token, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).detail).toBe('token expired');
  });

  it('rejects an unknown role', async () => {
    const token = await signToken({ ...opts, role: 'admin' });
    const [header, , sig] = token.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ role: 'root', sub: 'x', iss: opts.issuer })).toString(
      'base64url',
    );
    await expect(verifyToken(`${header}.${forgedBody}.${sig}`, opts)).rejects.toMatchObject({ status: 401 });
  });

  const sign = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT) =>
    build(
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('admin:local')
        .setIssuer(opts.issuer),
    ).sign(new TextEncoder().encode(opts.secret));
  const detailOf = async (token: string, options = opts) => {
    const err = await verifyToken(token, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(401);
    return (err as AppError).detail;
  };

  it('accepts a correctly signed token that expires within the maximum', async () => {
    const token = await sign({ role: 'admin' }, (jwt) => jwt.setIssuedAt().setExpirationTime('23h'));
    await expect(verifyToken(token, opts)).resolves.toMatchObject({ role: 'admin' });
  });

  it('rejects a token without exp', async () => {
    const token = await sign({ role: 'admin' }, (jwt) => jwt.setIssuedAt());
    expect(await detailOf(token)).toBe('invalid bearer token');
  });

  it('rejects a token living longer than the maximum, by exp - iat', async () => {
    const token = await sign({ role: 'admin' }, (jwt) => jwt.setIssuedAt().setExpirationTime('25h'));
    expect(await detailOf(token)).toBe('token lives longer than allowed');
  });

  it('rejects a token without iat whose exp lies beyond the maximum from now', async () => {
    const token = await sign({ role: 'admin' }, (jwt) => jwt.setExpirationTime('30d'));
    expect(await detailOf(token)).toBe('token lives longer than allowed');
    const soon = await sign({ role: 'admin' }, (jwt) => jwt.setExpirationTime('1h'));
    await expect(verifyToken(soon, opts)).resolves.toMatchObject({ role: 'admin' });
  });

  it('honours a configured maximum', async () => {
    const token = await signToken({ ...opts, role: 'service', ttl: '2h' });
    await expect(verifyToken(token, { ...opts, maxTtl: '3h' })).resolves.toMatchObject({ role: 'service' });
    expect(await detailOf(token, { ...opts, maxTtl: '1h' })).toBe('token lives longer than allowed');
  });

  it('keeps the default lifetime of signed tokens within the default maximum', async () => {
    const token = await signToken({ ...opts, role: 'admin' });
    await expect(verifyToken(token, opts)).resolves.toMatchObject({ role: 'admin' });
  });

  it('rejects an unsigned token (alg none)', async () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ role: 'admin', sub: 'x', iss: opts.issuer, iat: now, exp: now + 60 })}.`;
    expect(await detailOf(unsigned)).toBe('invalid bearer token');
  });

  it('rejects a correctly signed token with an unknown role', async () => {
    const token = await sign({ role: 'root' }, (jwt) => jwt.setIssuedAt().setExpirationTime('1h'));
    expect(await detailOf(token)).toBe('invalid bearer token');
  });
});
