import type { Organisation } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { eq, sql } from 'drizzle-orm';
import { organisations } from './schema';

export interface StoredOrganisation extends Organisation {
  version: number;
}

const toOrganisation = (row: typeof organisations.$inferSelect): StoredOrganisation => ({
  id: row.id,
  externalId: row.externalId ?? undefined,
  name: row.name,
  kind: row.kind as Organisation['kind'],
  region: row.region ?? undefined,
  contactEmail: row.contactEmail ?? undefined,
  locale: row.locale as Organisation['locale'],
  version: row.version,
});

export function createOrganisationsRepository(db: Db) {
  return {
    /** Inserts or replaces; the version goes up by one on every write. */
    async upsert(org: Organisation): Promise<StoredOrganisation> {
      const values = {
        id: org.id,
        externalId: org.externalId ?? null,
        name: org.name,
        kind: org.kind,
        region: org.region ?? null,
        contactEmail: org.contactEmail ?? null,
        locale: org.locale,
      };
      const [row] = await db
        .insert(organisations)
        .values(values)
        .onConflictDoUpdate({
          target: organisations.id,
          set: { ...values, version: sql`${organisations.version} + 1`, updatedAt: sql`now()` },
        })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return toOrganisation(row);
    },
    async get(id: string): Promise<StoredOrganisation | undefined> {
      const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
      return row ? toOrganisation(row) : undefined;
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
