import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { signToken, verifyToken } from './auth';

const opts = { secret: 's'.repeat(40), issuer: 'test-issuer' };

describe('bearer tokens', () => {
  it('round-trips role and bindings', async () => {
    const token = await signToken({ ...opts, role: 'need_owner', organisationId: 'org-7' });
    await expect(verifyToken(token, opts)).resolves.toMatchObject({
      role: 'need_owner',
      organisationId: 'org-7',
    });
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
});
