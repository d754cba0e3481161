import { createHash } from 'node:crypto';

export type DeliveryKind = 'recommendations' | 'digest' | 'shortlist';

/**
 * The idempotency key of an email: recipient + what it says. A retried or duplicated job renders
 * the same content for the same person and lands on the same key, so it can never be sent twice.
 */
export function deliveryKey(kind: DeliveryKind, recipientId: string, content: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, recipientId, ...content]))
    .digest('hex')
    .slice(0, 40);
}

/**
 * The Message-ID is derived from the key, so a message repeated after a crash carries the same id
 * and receiving servers and clients can tell it is the same message.
 */
export function messageIdFor(key: string, fromAddress: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(fromAddress)?.[1] ?? 'localhost';
  return `<${key}@${domain}>`;
}
