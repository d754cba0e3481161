import type { Db } from '@suite/platform';
import { desc, eq } from 'drizzle-orm';
import { deliveries } from './schema';

export interface DeliveryRequest {
  idempotencyKey: string;
  kind: 'recommendations' | 'shortlist';
  recipientId: string;
  payload: unknown;
}

export function createDeliveriesRepository(db: Db) {
  return {
    /** Records a mail request once; a retried or duplicated job returns false and adds nothing. */
    async request(delivery: DeliveryRequest): Promise<boolean> {
      const rows = await db
        .insert(deliveries)
        .values(delivery)
        .onConflictDoNothing({ target: deliveries.idempotencyKey })
        .returning({ key: deliveries.idempotencyKey });
      return rows.length > 0;
    },
    async list(opts: { status?: string; limit: number }) {
      const query = db.select().from(deliveries);
      const filtered = opts.status ? query.where(eq(deliveries.status, opts.status)) : query;
      return filtered.orderBy(desc(deliveries.createdAt)).limit(opts.limit);
    },
  };
}

export type DeliveriesRepository = ReturnType<typeof createDeliveriesRepository>;
