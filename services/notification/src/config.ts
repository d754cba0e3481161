import { fileURLToPath } from 'node:url';
import { loadConfig, productionRefuses, productionRequires, serviceConfigShape } from '@suite/platform';
import { z } from 'zod';

/** Signs unsubscribe links in development and tests; production refuses to start with it. */
export const developmentUnsubscribeSecret = 'dev-only-unsubscribe-secret-0123456789abcdef';
const defaultSmtpUrl = 'smtp://127.0.0.1:1025';

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const notificationConfigShape = {
  ...serviceConfigShape({
    service: 'notification',
    port: 3003,
    dataDir: fileURLToPath(new URL('../../../.data/notification', import.meta.url)),
  }),
  // Optional here so production can tell "set" from "defaulted"; the default is applied below.
  SMTP_URL: z
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), 'an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Social Match <no-reply@social-match.local>'),
  /** Base of every link in an email; must reach this service (unsubscribe, preferences). */
  PUBLIC_URL: z
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .default('http://localhost:3003'),
  /**
   * Base URL of the matching service's console: the need owner's shortlist email links to its page
   * for the challenge (`/challenges/{id}`: the shortlist with explanations and decision buttons).
   */
  CONSOLE_URL: z
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'an http(s) URL')
    .transform((u) => u.replace(/\/+$/, ''))
    .default('http://localhost:3002'),
  /**
   * Where the challenge links in emails go: a template with `{id}` (and optionally `{locale}`), e.g.
   * a web app's page. Unset: this service's own readable page at PUBLIC_URL/v1/challenge-pages/{id}.
   */
  PUBLIC_CHALLENGE_URL: z
    .url()
    .refine((u) => /^https?:\/\//.test(u) && u.includes('{id}'), 'an http(s) URL with {id} in it')
    .optional(),
  /**
   * Where a person can submit an idea (a programme's own form); optionally with `{id}` and
   * `{locale}`. When set, open challenge pages end with a "Submit an idea" link to it; unset, they
   * have none, as this service cannot take ideas and does not know who is reading.
   */
  PUBLIC_SUBMIT_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
  DIGEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour clock')
    .default('08:00'),
  TIMEZONE: z
    .string()
    .refine(isTimeZone, 'an IANA time zone such as Europe/Stockholm')
    .default('Europe/Stockholm'),
  UNSUBSCRIBE_SECRET: z.string().min(32).default(developmentUnsubscribeSecret),
  /** Open SMTP connections in the pool: envelopes and bodies travel on all of them at once. */
  SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Mail jobs worked at once per process. They mostly wait on SMTP and the database, and jobs
   * running together share their database round trips, so more of them means bigger batches.
   */
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(64),
  /**
   * How long a running job's lock lasts without renewal. After a crash the job runs again once the
   * lock lapses, so a short lock recovers faster; too short and a slow job is taken for dead.
   */
  JOB_LOCK_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /**
   * How often preference changes made here that ingest has not taken yet are sent (again). Each
   * change is also sent at once; this only catches what a Redis outage or a crash left behind.
   */
  PREFERENCE_REPORT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
};

export type NotificationConfig = ReturnType<typeof loadNotificationConfig>;

export function loadNotificationConfig(env?: Record<string, string | undefined>) {
  const config = loadConfig(notificationConfigShape, env, [
    productionRequires('SMTP_URL'),
    productionRefuses('UNSUBSCRIBE_SECRET', developmentUnsubscribeSecret),
    // RFC 8058: one-click unsubscribe links must be https, and mail clients ignore others.
    (c) =>
      c.NODE_ENV === 'production' && !c.PUBLIC_URL.startsWith('https://')
        ? [{ path: 'PUBLIC_URL', message: 'production links in emails must be https' }]
        : [],
  ]);
  return Object.freeze({ ...config, SMTP_URL: config.SMTP_URL ?? defaultSmtpUrl });
}
