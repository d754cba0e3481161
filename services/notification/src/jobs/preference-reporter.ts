import type { IngestInbox, PreferencesChanged } from '@suite/contracts';
import type { Producer } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import type { PreferenceReportsRepository } from '../storage/preference-reports.repository';

const BATCH = 500;

/** One job per change: a repeated report of the same change is the same job. */
export const preferenceReportJobId = (report: Pick<PreferencesChanged, 'innovatorId' | 'changedAt'>) =>
  `preferences-${report.innovatorId}-${Date.parse(report.changedAt)}`;

/**
 * Tells ingest (the system of record) about preference changes people made here - unsubscribe
 * links, the preferences API - so the record, its export and matching agree on the consent.
 * `flush()` runs right after a change and on a timer; what a Redis outage or a crash left owed is
 * sent by the next run. One flush at a time.
 */
export function createPreferenceReporter(deps: {
  reports: PreferenceReportsRepository;
  ingest: Pick<Producer<IngestInbox>, 'addBulk'>;
  logger: Logger;
}) {
  let running: Promise<number> | undefined;
  let again = false;

  const sendOwed = async (): Promise<number> => {
    let sent = 0;
    for (;;) {
      const owed = await deps.reports.owed(BATCH);
      if (owed.length === 0) return sent;
      await deps.ingest.addBulk(
        owed.map((data) => ({ name: 'preferences.changed', data, jobId: preferenceReportJobId(data) })),
      );
      for (const report of owed) await deps.reports.markReported(report);
      sent += owed.length;
      if (owed.length < BATCH) return sent;
    }
  };

  const flush = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let sent = 0;
      do {
        again = false;
        sent += await sendOwed();
      } while (again);
      return sent;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    flush,
    /** For request handlers: never fails the request; the timer retries what could not be sent. */
    flushSoon(): void {
      flush().catch((err: unknown) =>
        deps.logger.warn({ err }, 'preference report to ingest failed; the next run retries'),
      );
    },
  };
}

export type PreferenceReporter = ReturnType<typeof createPreferenceReporter>;

export function startPreferenceReporting(reporter: PreferenceReporter, everyMs: number) {
  const timer = setInterval(reporter.flushSoon, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
