import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import {
  type Challenge,
  type Innovator,
  notificationInbox,
  type Organisation,
  type RecommendationsReady,
} from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { createLogger } from '@suite/platform';
import { type DbDriver, type SmtpSink, serviceTestEnv } from '@suite/testing';
import { createApp } from './app';
import { loadNotificationConfig } from './config';
import { createDeps } from './deps';
import { startWorkers } from './jobs/workers';

/**
 * The whole service on real dependencies for a test: HTTP on a real port (so links in emails can
 * be followed), workers on its own queue prefix, mail to `sink`, logs captured as parsed lines.
 */
export async function startNotificationUnderTest(
  driver: DbDriver,
  sink: SmtpSink,
  env: Record<string, string> = {},
) {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const testEnv = serviceTestEnv(driver, {
    SMTP_URL: `smtp://${sink.host}:${sink.port}`,
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  const config = loadNotificationConfig(testEnv.env);
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger({ service: 'notification', level: 'info', destination });
  const deps = await createDeps(config, { logger });
  await startWorkers(deps);
  server.on('request', createApp(deps));
  const inbox = createProducer(notificationInbox, deps.queue);

  const event = (version: number) => ({
    eventId: randomUUID(),
    version,
    occurredAt: new Date().toISOString(),
  });
  const send = {
    organisation: (organisation: Organisation, version = 1) =>
      inbox.add('organisation.upserted', { ...event(version), organisation }),
    challenge: (challenge: Challenge, version = 1) =>
      inbox.add('challenge.upserted', { ...event(version), challenge }),
    closed: (challengeId: string, version: number) =>
      inbox.add('challenge.closed', { ...event(version), challengeId }),
    innovator: (innovator: Innovator, version = 1) =>
      inbox.add('innovator.upserted', { ...event(version), innovator }),
    erased: (innovatorId: string, version: number) =>
      inbox.add('innovator.erased', { ...event(version), innovatorId }),
    /** Like matching, which mails only after it has seen the events the recommendation rests on. */
    recommendations: async (innovatorId: string, challengeIds: string[], jobId: string = randomUUID()) => {
      await idle();
      const job: RecommendationsReady = {
        jobId,
        innovatorId,
        generatedAt: new Date().toISOString(),
        recommendations: challengeIds.map((challengeId) => ({
          challengeId,
          score: 0.8,
          sharedTerms: ['vatten', 'skola'],
          sharedSdgs: [6],
        })),
      };
      return inbox.add('recommendations.ready', job, { jobId });
    },
  };

  /** Resolves once every queue of the service has nothing waiting or running. */
  async function idle(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [a, b] = await Promise.all([inbox.counts(), deps.digestProducer.counts()]);
      if (!a.waiting && !a.active && !b.waiting && !b.active) return;
      if (Date.now() > deadline) throw new Error(`queues not idle: ${JSON.stringify({ a, b })}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  return {
    baseUrl,
    config,
    deps,
    logs,
    send,
    inbox,
    idle,
    async close() {
      await inbox.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.shutdown.shutdown('test over');
      await testEnv.cleanup();
    },
  };
}

export type NotificationUnderTest = Awaited<ReturnType<typeof startNotificationUnderTest>>;

export const organisationFixture: Organisation = {
  id: 'org-malmo',
  name: 'Malmö stad',
  kind: 'municipality',
  contactEmail: 'behov@malmo.example.org',
  locale: 'sv',
};

export const challengeFixture = (id: string, title = `Utmaning ${id}`): Challenge => ({
  id,
  organisationId: organisationFixture.id,
  title,
  description: 'Beskrivning av utmaningen.',
  locale: 'sv',
  sdgs: [6],
  sdgTargets: [],
  status: 'open',
});

export const innovatorFixture = (id: string, overrides: Partial<Innovator> = {}): Innovator => ({
  id,
  name: `Person ${id}`,
  email: `${id}@example.org`,
  gender: 'woman',
  locale: 'sv',
  sdgs: [],
  digest: 'immediate',
  consents: { matching: true, emailRecommendations: true },
  ...overrides,
});

type ParsedMail = SmtpSink['messages'][number];

/** A header of a received message as it was written (mailparser folds some into objects). */
export const mailHeader = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');

/** The link in a message's List-Unsubscribe header. */
export const unsubscribeUrlOf = (mail: ParsedMail) =>
  /^<(.+)>$/.exec(mailHeader(mail, 'list-unsubscribe') ?? '')?.[1] ?? '';
