import type { Db } from '@suite/platform';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DeliveryKind } from '../domain/delivery-key';
import { deliveries, pendingRecommendations, recommendedChallenges } from './schema';

export interface NewDelivery {
  idempotencyKey: string;
  kind: DeliveryKind;
  /** The job that made it: a rerun of that job finds this row instead of rendering again. */
  sourceKey: string;
  recipientId: string;
  payload: unknown;
  messageId: string;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export type Delivery = typeof deliveries.$inferSelect;

/** Thrown when another job claimed one of these challenges first; the job retries and renders without it. */
export class ClaimRaceError extends Error {
  constructor() {
    super('a challenge in this email was claimed by another delivery meanwhile');
  }
}

export interface CreateRequest {
  delivery: NewDelivery;
  /** The challenges this email recommends: each is claimed for the person with it, once ever. */
  challengeIds: readonly string[];
  /** A digest: the claimed challenges leave the person's waiting list in the same transaction. */
  fromPending: boolean;
}

/** What each request got: the new row (`sending`), undefined (the same email or job exists), or a claim race. */
type CreateOutcome = Delivery | undefined | ClaimRaceError;

/** Rows of a raw statement; both drivers (node-postgres, PGlite) answer `{ rows }`. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

/**
 * One statement with a column array per field (unnest) instead of a VALUES list: its text stays
 * the same whatever the batch size and drizzle does not build a parameter per cell. It answers
 * only the keys and times; the rest of each row is what was sent.
 */
function insertDeliveries(rows: readonly NewDelivery[]): SQL {
  // sql.param: one array parameter (a bare array would become a list of parameters).
  const column = <T>(pick: (d: NewDelivery) => T) => sql.param(rows.map(pick));
  return sql`insert into ${deliveries} (idempotency_key, kind, source_key, recipient_id, payload, status, attempts,
      message_id, to_address, subject, html, text, headers)
    select k, kind, src, rcpt, payload::jsonb, 'sending', 1, mid, addr, subj, html, txt, hdrs::jsonb
    from unnest(${column((d) => d.idempotencyKey)}::text[], ${column((d) => d.kind)}::text[],
      ${column((d) => d.sourceKey)}::text[], ${column((d) => d.recipientId)}::text[],
      ${column((d) => json(d.payload))}::text[], ${column((d) => d.messageId)}::text[],
      ${column((d) => d.toAddress)}::text[], ${column((d) => d.subject)}::text[], ${column((d) => d.html)}::text[],
      ${column((d) => d.text)}::text[], ${column((d) => json(d.headers))}::text[])
      as input(k, kind, src, rcpt, payload, mid, addr, subj, html, txt, hdrs)
    -- The same content (idempotency key) or the same job (source key) already has its email.
    on conflict do nothing
    returning idempotency_key, created_at, updated_at`;
}

function insertClaims(
  claims: ReadonlyArray<{ recipientId: string; challengeId: string; deliveryKey: string }>,
): SQL {
  return sql`insert into ${recommendedChallenges} (recipient_id, challenge_id, delivery_key)
    select * from unnest(${sql.param(claims.map((c) => c.recipientId))}::text[], ${sql.param(claims.map((c) => c.challengeId))}::text[],
      ${sql.param(claims.map((c) => c.deliveryKey))}::text[])
    on conflict do nothing
    returning delivery_key`;
}

/** The row as the insert wrote it, without reading back the content it was given. */
function createdDelivery(
  d: NewDelivery,
  row: { created_at: string | Date; updated_at: string | Date },
): Delivery {
  return {
    idempotencyKey: d.idempotencyKey,
    kind: d.kind,
    sourceKey: d.sourceKey,
    recipientId: d.recipientId,
    payload: d.payload ?? null,
    status: 'sending',
    messageId: d.messageId,
    toAddress: d.toAddress,
    subject: d.subject,
    html: d.html,
    text: d.text,
    headers: d.headers,
    attempts: 1,
    smtpCode: null,
    reason: null,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    sentAt: null,
  };
}

/**
 * Records many emails in one transaction - one insert for the rows, one for their challenge claims -
 * instead of four round trips per email. A row is created only with all its claims: when another
 * email (in this batch or committed earlier) holds one of them, that row and its claims go again.
 */
export async function createDeliveries(db: Db, requests: readonly CreateRequest[]): Promise<CreateOutcome[]> {
  const firstByKey = new Map<string, CreateRequest>();
  for (const r of requests)
    if (!firstByKey.has(r.delivery.idempotencyKey)) firstByKey.set(r.delivery.idempotencyKey, r);
  const unique = [...firstByKey.values()];
  return db.transaction(async (tx) => {
    const created = rowsOf<{ idempotency_key: string; created_at: string | Date; updated_at: string | Date }>(
      await tx.execute(insertDeliveries(unique.map((r) => r.delivery))),
    );
    const byKey = new Map<string, Delivery>();
    for (const row of created) {
      const request = firstByKey.get(row.idempotency_key);
      if (request) byKey.set(row.idempotency_key, createdDelivery(request.delivery, row));
    }
    const claims = new Map<string, { recipientId: string; challengeId: string; deliveryKey: string }>();
    for (const r of unique) {
      if (!byKey.has(r.delivery.idempotencyKey)) continue;
      for (const challengeId of r.challengeIds) {
        const pair = `${r.delivery.recipientId}\n${challengeId}`;
        if (!claims.has(pair))
          claims.set(pair, {
            recipientId: r.delivery.recipientId,
            challengeId,
            deliveryKey: r.delivery.idempotencyKey,
          });
      }
    }
    const claimedCount = new Map<string, number>();
    if (claims.size > 0) {
      const claimed = rowsOf<{ delivery_key: string }>(await tx.execute(insertClaims([...claims.values()])));
      for (const c of claimed) claimedCount.set(c.delivery_key, (claimedCount.get(c.delivery_key) ?? 0) + 1);
    }
    const raced = new Set(
      unique
        .filter((r) => byKey.has(r.delivery.idempotencyKey))
        .filter((r) => (claimedCount.get(r.delivery.idempotencyKey) ?? 0) !== r.challengeIds.length)
        .map((r) => r.delivery.idempotencyKey),
    );
    if (raced.size > 0) {
      await tx.delete(recommendedChallenges).where(inArray(recommendedChallenges.deliveryKey, [...raced]));
      await tx.delete(deliveries).where(inArray(deliveries.idempotencyKey, [...raced]));
    }
    for (const r of unique) {
      const key = r.delivery.idempotencyKey;
      if (!r.fromPending || !byKey.has(key) || raced.has(key) || r.challengeIds.length === 0) continue;
      await tx
        .delete(pendingRecommendations)
        .where(
          and(
            eq(pendingRecommendations.recipientId, r.delivery.recipientId),
            inArray(pendingRecommendations.challengeId, [...r.challengeIds]),
          ),
        );
    }
    return requests.map((r) => {
      const key = r.delivery.idempotencyKey;
      if (raced.has(key)) return new ClaimRaceError();
      // Only the first request with a key made the row; a later one in the batch is the duplicate.
      return firstByKey.get(key) === r ? byKey.get(key) : undefined;
    });
  });
}
