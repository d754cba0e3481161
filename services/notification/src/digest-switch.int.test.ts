import { randomUUID } from 'node:crypto';
import { type SmtpSink, startSmtpSink, testDbDrivers } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnsubscribeToken } from './domain/unsubscribe-token';
import {
  challengeFixture,
  innovatorFixture,
  type NotificationUnderTest,
  organisationFixture,
  startNotificationUnderTest,
} from './notification-under-test';

describe.each(testDbDrivers)('switching from a digest to immediate on %s', (driver) => {
  let sink: SmtpSink;
  let service: NotificationUnderTest;
  const mailsTo = (address: string) => sink.mailsTo(address);
  const waitForMailTo = (address: string, count: number) => sink.waitForMailsTo(address, count);
  const waitingFor = async (id: string) => (await service.deps.pending.list(id)).map((p) => p.challengeId);

  beforeAll(async () => {
    sink = await startSmtpSink();
    service = await startNotificationUnderTest(driver, sink);
    await service.send.organisation(organisationFixture);
    await service.send.challenge(challengeFixture('c-sw1', 'Väntande ett'));
    await service.send.challenge(challengeFixture('c-sw2', 'Väntande två'));
  });
  afterAll(async () => {
    await service?.close();
    await sink?.close();
  });

  it('sends what waited for the digest at once when the person switches with the preferences link', async () => {
    await service.send.innovator(innovatorFixture('inn-sw-link', { digest: 'daily' }));
    await service.send.recommendations('inn-sw-link', ['c-sw1', 'c-sw2']);
    await service.idle();
    expect(mailsTo('inn-sw-link@example.org')).toHaveLength(0);
    expect(await waitingFor('inn-sw-link')).toHaveLength(2);

    const token = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-sw-link');
    const put = await fetch(`${service.baseUrl}/v1/preferences?token=${token}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ digest: 'immediate' }),
    });
    expect(put.status).toBe(200);
    const [mail] = await waitForMailTo('inn-sw-link@example.org', 1);
    // An ordinary recommendation email now, not a "daily summary".
    expect(mail?.subject).not.toMatch(/sammanfattning/i);
    expect(mail?.text).toContain('Väntande ett');
    expect(mail?.text).toContain('Väntande två');
    await service.idle();
    expect(await waitingFor('inn-sw-link')).toEqual([]);
    // Nothing is left for a later digest, and the same challenges are never sent again.
    await service.deps.digestProducer.add(
      'digest.due',
      { frequency: 'daily' },
      { jobId: `due-${randomUUID()}` },
    );
    await service.send.recommendations('inn-sw-link', ['c-sw1']);
    await service.idle();
    expect(mailsTo('inn-sw-link@example.org')).toHaveLength(1);
  });

  it('sends them when ingest reports the switch (weekly to immediate)', async () => {
    await service.send.innovator(innovatorFixture('inn-sw-ingest', { digest: 'weekly' }));
    await service.send.recommendations('inn-sw-ingest', ['c-sw2']);
    await service.idle();
    expect(mailsTo('inn-sw-ingest@example.org')).toHaveLength(0);
    await service.send.innovator(innovatorFixture('inn-sw-ingest', { digest: 'immediate' }), 2);
    const [mail] = await waitForMailTo('inn-sw-ingest@example.org', 1);
    expect(mail?.text).toContain('Väntande två');
    await service.idle();
    expect(await waitingFor('inn-sw-ingest')).toEqual([]);
  });

  it('sends nothing when the switch is to never, and the daily run picks up items left for an immediate person', async () => {
    await service.send.innovator(innovatorFixture('inn-sw-never', { digest: 'daily' }));
    await service.send.recommendations('inn-sw-never', ['c-sw1']);
    await service.send.innovator(innovatorFixture('inn-sw-never', { digest: 'never' }), 2);
    await service.idle();
    await service.deps.digestProducer.add(
      'digest.due',
      { frequency: 'daily' },
      { jobId: `due-${randomUUID()}` },
    );
    await service.idle();
    expect(mailsTo('inn-sw-never@example.org')).toHaveLength(0);

    // Items waiting for someone already on `immediate` (their switch job was lost): the daily run sends them.
    await service.send.innovator(innovatorFixture('inn-sw-net'));
    await service.idle();
    await service.deps.pending.add('inn-sw-net', [
      { challengeId: 'c-sw2', score: 0.5, sharedTerms: [], sharedSdgs: [] },
    ]);
    await service.deps.digestProducer.add(
      'digest.due',
      { frequency: 'daily' },
      { jobId: `due-${randomUUID()}` },
    );
    const [mail] = await waitForMailTo('inn-sw-net@example.org', 1);
    expect(mail?.text).toContain('Väntande två');
  });
});
