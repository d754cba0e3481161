import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signed part of every recommendation email's unsubscribe and preferences links: purpose and
 * recipient, HMAC-SHA256 with UNSUBSCRIBE_SECRET. No expiry: RFC 8058 links must keep working in
 * old emails. Binding the purpose means the token is good for mail preferences and nothing else.
 */
const purpose = 'unsubscribe';
const version = 'u1';

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

export function createUnsubscribeToken(secret: string, recipientId: string): string {
  const payload = `${version}.${purpose}.${Buffer.from(recipientId, 'utf8').toString('base64url')}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The recipient id of a token this service signed for this purpose, else undefined (tampered, foreign, malformed). */
export function verifyUnsubscribeToken(secret: string, token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 4) return undefined;
  const [tokenVersion, tokenPurpose, recipient, signature] = parts as [string, string, string, string];
  if (tokenVersion !== version || tokenPurpose !== purpose) return undefined;
  const expected = Buffer.from(sign(secret, `${tokenVersion}.${tokenPurpose}.${recipient}`), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const recipientId = Buffer.from(recipient, 'base64url').toString('utf8');
  return recipientId.length > 0 ? recipientId : undefined;
}
