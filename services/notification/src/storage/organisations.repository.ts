import type { Organisation } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { eq, sql } from 'drizzle-orm';
import { organisations } from './schema';

export function createOrganisationsRepository(db: Db) {
  return {
    /** Keeps the need owner's name, contact address and language; older or replayed versions change nothing. */
    async upsert(organisation: Organisation, version: number): Promise<boolean> {
      const values = {
        organisationId: organisation.id,
        version,
        name: organisation.name,
        contactEmail: organisation.contactEmail ?? null,
        locale: organisation.locale,
      };
      const rows = await db
        .insert(organisations)
        .values(values)
        .onConflictDoUpdate({
          target: organisations.organisationId,
          set: values,
          setWhere: sql`${organisations.version} < excluded.version`,
        })
        .returning({ id: organisations.organisationId });
      return rows.length > 0;
    },
    async get(organisationId: string) {
      const [row] = await db
        .select()
        .from(organisations)
        .where(eq(organisations.organisationId, organisationId));
      return row;
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
