import type { Innovator } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { eq, sql } from 'drizzle-orm';
import { recipients } from './schema';

export function createRecipientsRepository(db: Db) {
  const newer = sql`${recipients.version} < excluded.version`;
  return {
    /** Stores the contact data of a newer innovator version; older or replayed events change nothing. */
    async upsert(innovator: Innovator, version: number): Promise<boolean> {
      const values = {
        innovatorId: innovator.id,
        version,
        email: innovator.email,
        name: innovator.name,
        locale: innovator.locale,
        digest: innovator.digest,
        erasedAt: null,
      };
      const rows = await db
        .insert(recipients)
        .values(values)
        .onConflictDoUpdate({
          target: recipients.innovatorId,
          set: { ...values, updatedAt: sql`now()` },
          setWhere: newer,
        })
        .returning({ id: recipients.innovatorId });
      return rows.length > 0;
    },
    /** GDPR erasure: the row stays (so a late upsert of an older version cannot bring the data back), the data goes. */
    async erase(innovatorId: string, version: number): Promise<boolean> {
      const rows = await db
        .insert(recipients)
        .values({ innovatorId, version, email: null, name: null, erasedAt: sql`now()` })
        .onConflictDoUpdate({
          target: recipients.innovatorId,
          set: { version, email: null, name: null, erasedAt: sql`now()`, updatedAt: sql`now()` },
          setWhere: newer,
        })
        .returning({ id: recipients.innovatorId });
      return rows.length > 0;
    },
    async get(innovatorId: string) {
      const [row] = await db.select().from(recipients).where(eq(recipients.innovatorId, innovatorId));
      return row;
    },
  };
}

export type RecipientsRepository = ReturnType<typeof createRecipientsRepository>;
