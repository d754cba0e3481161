import { ingestInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import { type SmtpSink, startSmtpSink, testDbDrivers } from '@suite/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnsubscribeToken } from './domain/unsubscribe-token';
import {
  innovatorFixture,
  type NotificationUnderTest,
  startNotificationUnderTest,
} from './notification-under-test';

describe.each(testDbDrivers)('preference changes reported to ingest on %s', (driver) => {
  let sink: SmtpSink;
  let service: NotificationUnderTest;
  let ingest: ReturnType<typeof createProducer<typeof ingestInbox>>;
  const reports = async () => {
    const jobs = await ingest.queue.getJobs(['waiting', 'delayed', 'active', 'completed']);
    return jobs
      .map((job) => ({ id: job.id, ...(job.data as { innovatorId: string; preferences: object }) }))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  };
  async function eventuallyReports(count: number) {
    const deadline = Date.now() + 15_000;
    while ((await reports()).length < count && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    return reports();
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    service = await startNotificationUnderTest(driver, sink);
    ingest = createProducer(ingestInbox, service.deps.queue);
    await service.send.innovator(innovatorFixture('inn-rep-1'));
    await service.send.innovator(innovatorFixture('inn-rep-2'));
    await service.idle();
  });
  afterAll(async () => {
    await ingest?.close();
    await service?.close();
    await sink?.close();
  });

  it('tells ingest about a one-click unsubscribe and a preferences change, once each', async () => {
    const token = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-rep-1');
    const post = await fetch(`${service.baseUrl}/v1/unsubscribe?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(post.status).toBe(200);
    const other = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-rep-2');
    const put = await fetch(`${service.baseUrl}/v1/preferences?token=${other}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ digest: 'never', locale: 'en' }),
    });
    expect(put.status).toBe(200);

    const sent = await eventuallyReports(2);
    expect(sent.map((r) => [r.innovatorId, r.preferences])).toEqual([
      ['inn-rep-1', { digest: 'immediate', emailRecommendations: false, locale: 'sv' }],
      ['inn-rep-2', { digest: 'never', emailRecommendations: true, locale: 'en' }],
    ]);
    // Nothing owed any more once the run the requests started is over: another run sends nothing.
    await service.deps.preferenceReporter.flush();
    expect(await service.deps.preferenceReporter.flush()).toBe(0);
    expect(await reports()).toHaveLength(2);
  });

  it('sends again what a lost report left owed, as the same job', async () => {
    const before = await reports();
    // As if Redis had refused the report: the mark never got written.
    await service.deps.database.db.execute(
      sql`update recipients set preferences_reported_at = null where innovator_id = 'inn-rep-1'`,
    );
    expect(await service.deps.preferenceReporter.flush()).toBe(1);
    expect(await reports()).toEqual(before);
    expect(await service.deps.preferenceReporter.flush()).toBe(0);
  });
});
