import { fileURLToPath } from 'node:url';
import { loadConfig, serviceConfigShape } from '@suite/platform';
import { z } from 'zod';

const matchingConfigShape = {
  ...serviceConfigShape({
    service: 'matching',
    port: 3002,
    dataDir: fileURLToPath(new URL('../../../.data/matching', import.meta.url)),
  }),
  /** How often collected changes turn into mail requests (the debounce window). */
  MAIL_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /**
   * How long ideas must have stopped changing before innovators whose ideas changed are mailed, so
   * an import that brings someone's ideas over several flushes is one mail, not one per flush. An
   * innovator waits at most `MAIL_MAX_WAIT_MS` while changes keep coming. 0 mails at the next flush.
   */
  MAIL_QUIET_MS: z.coerce.number().int().min(0).max(600_000).default(3_000),
  MAIL_MAX_WAIT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /**
   * A need owner is mailed when a challenge's shortlist first has entries, then about changes to its
   * top at most once per this interval: every idea submitted can change several shortlists, and an
   * email per change would bury the owners. The console always shows the list as it is now.
   */
  MAIL_SHORTLIST_UPDATE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(30 * 86_400_000)
    .default(86_400_000),
};

export type MatchingConfig = ReturnType<typeof loadMatchingConfig>;

export const loadMatchingConfig = (env?: Record<string, string | undefined>) =>
  loadConfig(matchingConfigShape, env);
