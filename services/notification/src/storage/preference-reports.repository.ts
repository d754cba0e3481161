import type { DigestFrequency, Locale, PreferencesChanged } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, asc, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { recipients } from './schema';

/**
 * Preference changes made here that ingest has not been told about yet. A change is owed while the
 * recipient's `preferencesReportedAt` is behind its `preferencesChangedAt`, so a report lost to a
 * Redis outage or a crash is sent again by the next sweep.
 */
export function createPreferenceReportsRepository(db: Db) {
  return {
    async owed(limit: number): Promise<PreferencesChanged[]> {
      const rows = await db
        .select({
          innovatorId: recipients.innovatorId,
          changedAt: recipients.preferencesChangedAt,
          digest: recipients.digest,
          emailRecommendations: recipients.emailRecommendations,
          locale: recipients.locale,
        })
        .from(recipients)
        .where(
          and(
            isNotNull(recipients.preferencesChangedAt),
            isNull(recipients.erasedAt),
            or(
              isNull(recipients.preferencesReportedAt),
              lt(recipients.preferencesReportedAt, recipients.preferencesChangedAt),
            ),
          ),
        )
        .orderBy(asc(recipients.preferencesChangedAt))
        .limit(limit);
      return rows.map((row) => ({
        innovatorId: row.innovatorId,
        changedAt: (row.changedAt as Date).toISOString(),
        preferences: {
          digest: row.digest as DigestFrequency,
          emailRecommendations: row.emailRecommendations,
          locale: row.locale as Locale,
        },
      }));
    },
    /**
     * Marks a report sent, unless a newer change was made meanwhile (that one stays owed). The report
     * carries the time in milliseconds; the column keeps microseconds, hence the truncation.
     */
    async markReported(report: Pick<PreferencesChanged, 'innovatorId' | 'changedAt'>): Promise<void> {
      await db
        .update(recipients)
        .set({ preferencesReportedAt: sql`${recipients.preferencesChangedAt}` })
        .where(
          and(
            eq(recipients.innovatorId, report.innovatorId),
            sql`date_trunc('milliseconds', ${recipients.preferencesChangedAt}) <= ${report.changedAt}::timestamptz`,
          ),
        );
    },
  };
}

export type PreferenceReportsRepository = ReturnType<typeof createPreferenceReportsRepository>;
