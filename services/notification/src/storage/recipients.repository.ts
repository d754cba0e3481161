import type { DigestFrequency, Innovator, Locale } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type MailPreferences, mergeIngestPreferences } from '../domain/mail-preferences';
import { microBatch } from './micro-batch';
import { recipients } from './schema';

type RecipientRow = typeof recipients.$inferSelect;

const preferencesOf = (row: RecipientRow): MailPreferences => ({
  digest: row.digest as DigestFrequency,
  emailRecommendations: row.emailRecommendations,
  locale: row.locale as Locale,
});

export function createRecipientsRepository(db: Db) {
  // Prepared once with an array parameter (fixed text whatever the batch size): it runs for every job.
  const getStatement = db
    .select()
    .from(recipients)
    .where(sql`${recipients.innovatorId} = any(${sql.placeholder('ids')})`)
    .prepare('notification_recipients_get');
  const getBatched = microBatch(async (ids: string[]) => {
    const rows = await getStatement.execute({ ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.innovatorId, r]));
    return ids.map((id): RecipientRow | undefined => byId.get(id));
  });
  return {
    /**
     * Stores the contact data and preferences of a newer innovator version; older or replayed
     * events change nothing. Preferences changed here survive unrelated updates from ingest.
     */
    async upsert(innovator: Innovator, version: number): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(recipients)
          .where(eq(recipients.innovatorId, innovator.id))
          .for('update');
        if (row && row.version >= version) return false;
        const fromIngest: MailPreferences = {
          digest: innovator.digest,
          emailRecommendations: innovator.consents.emailRecommendations,
          locale: innovator.locale,
        };
        const live = row && !row.erasedAt ? row : undefined;
        const preferences = mergeIngestPreferences(
          live ? preferencesOf(live) : undefined,
          (live?.ingestPreferences as MailPreferences | null) ?? undefined,
          fromIngest,
          live?.preferencesChangedAt != null,
        );
        const values = {
          innovatorId: innovator.id,
          version,
          email: innovator.email,
          name: innovator.name,
          ...preferences,
          ingestPreferences: fromIngest,
          preferencesChangedAt: live?.preferencesChangedAt ?? null,
          erasedAt: null,
          updatedAt: sql`now()`,
        };
        await tx
          .insert(recipients)
          .values(values)
          .onConflictDoUpdate({ target: recipients.innovatorId, set: values });
        return true;
      });
    },
    /** GDPR erasure: the row stays (so a late upsert of an older version cannot bring the data back), the data goes. */
    async erase(innovatorId: string, version: number): Promise<boolean> {
      const wiped = {
        version,
        email: null,
        name: null,
        emailRecommendations: false,
        ingestPreferences: null,
        preferencesChangedAt: null,
        erasedAt: sql`now()`,
        updatedAt: sql`now()`,
      };
      const rows = await db
        .insert(recipients)
        .values({ innovatorId, ...wiped })
        .onConflictDoUpdate({
          target: recipients.innovatorId,
          set: wiped,
          setWhere: sql`${recipients.version} < excluded.version`,
        })
        .returning({ id: recipients.innovatorId });
      return rows.length > 0;
    },
    /** One recipient; jobs asking at the same time share one query. */
    get: getBatched,
    /** The preferences in force for a live (not erased) recipient. */
    async preferences(innovatorId: string): Promise<MailPreferences | undefined> {
      const [row] = await db
        .select()
        .from(recipients)
        .where(and(eq(recipients.innovatorId, innovatorId), isNull(recipients.erasedAt)));
      return row ? preferencesOf(row) : undefined;
    },
    /** A change made here (unsubscribe link, preferences API); answers the preferences in force, or undefined if no such live recipient. */
    async setPreferences(
      innovatorId: string,
      change: Partial<MailPreferences>,
    ): Promise<MailPreferences | undefined> {
      const [row] = await db
        .update(recipients)
        .set({ ...change, preferencesChangedAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(recipients.innovatorId, innovatorId), isNull(recipients.erasedAt)))
        .returning();
      return row ? preferencesOf(row) : undefined;
    },
  };
}

export type RecipientsRepository = ReturnType<typeof createRecipientsRepository>;
