/**
 * The idempotency key of a mail request: one per kind and producing job, so a retried or duplicated
 * job maps to the same delivery and never to a second email.
 */
export function deliveryKey(kind: 'recommendations' | 'shortlist', jobId: string): string {
  return `${kind}:${jobId}`;
}
