import { randomUUID } from 'node:crypto';
import { signToken } from '@suite/platform';
import { type SmtpSink, startSmtpSink, testDbDrivers } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  challengeFixture,
  innovatorFixture,
  mailHeader,
  type NotificationUnderTest,
  organisationFixture,
  startNotificationUnderTest,
  unsubscribeUrlOf,
} from './notification-under-test';

const rejectedAddress = 'no-such-mailbox@example.org';

describe.each(testDbDrivers)('notification service on %s', (driver) => {
  let sink: SmtpSink;
  let service: NotificationUnderTest;
  const mailsTo = (address: string) => sink.mailsTo(address);
  const waitForMailTo = (address: string, count: number) => sink.waitForMailsTo(address, count);
  const admin = async () =>
    `Bearer ${await signToken({ secret: service.config.JWT_SECRET, issuer: service.config.JWT_ISSUER, role: 'admin' })}`;
  const deliveriesOf = async (query = '') => {
    const res = await fetch(`${service.baseUrl}/v1/admin/deliveries?limit=500${query}`, {
      headers: { authorization: await admin() },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { items: Record<string, unknown>[]; nextCursor: string | null };
  };

  beforeAll(async () => {
    sink = await startSmtpSink({
      rejectRecipient: (address) => (address === rejectedAddress ? '5.1.1 mailbox unavailable' : undefined),
    });
    service = await startNotificationUnderTest(driver, sink);
    await service.send.organisation(organisationFixture);
  });
  afterAll(async () => {
    await service?.close();
    await sink?.close();
  });

  it('mails an immediate recommendation in Swedish, escaped in HTML, intact in text, with one-click headers', async () => {
    const title = '<script>alert("x")</script> Rent <b>vatten</b> & luft';
    await service.send.challenge(challengeFixture('c-html', title));
    await service.send.innovator(innovatorFixture('inn-alva', { name: 'Alva <Ek>' }));
    await service.send.recommendations('inn-alva', ['c-html']);
    const [mail] = await waitForMailTo('inn-alva@example.org', 1);
    expect(mail?.subject).toBe('Nya utmaningar som passar dig');
    expect(mailHeader(mail!, 'content-language')).toBe('sv');
    expect(mailHeader(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(unsubscribeUrlOf(mail!)).toMatch(new RegExp(`^${service.baseUrl}/v1/unsubscribe\\?token=`));
    expect(mail?.messageId).toMatch(/^<[0-9a-f]{40}@social-match\.local>$/);
    expect(mail?.text).toContain(title);
    expect(mail?.text).toContain('Hej Alva <Ek>!');
    expect(mail?.text).toContain('från Malmö stad');
    expect(mail?.text).toContain('Varför: gemensamma teman: vatten, skola · Globala mål: 6 Rent vatten');
    expect(mail?.html).not.toContain('<script>');
    expect(mail?.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Rent &lt;b&gt;vatten&lt;/b&gt; &amp; luft',
    );
    expect(mail?.html).toContain(`href="${service.baseUrl}/v1/challenge-pages/c-html?lang=sv"`);
    const { items } = await deliveriesOf('&status=sent');
    expect(items.find((d) => d.recipientId === 'inn-alva')).toMatchObject({
      messageId: mail?.messageId,
      attempts: 1,
    });
  });

  it('writes English to an English-speaking person', async () => {
    await service.send.challenge(challengeFixture('c-en', 'Clean water in schools'));
    await service.send.innovator(innovatorFixture('inn-sam', { locale: 'en', name: 'Sam' }));
    await service.send.recommendations('inn-sam', ['c-en']);
    const [mail] = await waitForMailTo('inn-sam@example.org', 1);
    expect(mail?.subject).toBe('New challenges that fit you');
    expect(mail?.text).toContain('Why: shared themes: vatten, skola · SDGs: 6 Clean water and sanitation');
    expect(mailHeader(mail!, 'content-language')).toBe('en');
  });

  it('never recommends a challenge twice, whether the job is repeated or a new job names it again', async () => {
    await service.send.challenge(challengeFixture('c-once'));
    await service.send.innovator(innovatorFixture('inn-once'));
    const jobId = randomUUID();
    await service.send.recommendations('inn-once', ['c-once'], jobId);
    await waitForMailTo('inn-once@example.org', 1);
    await service.inbox.add(
      'recommendations.ready',
      {
        jobId,
        innovatorId: 'inn-once',
        generatedAt: new Date().toISOString(),
        recommendations: [{ challengeId: 'c-once', score: 0.8, sharedTerms: [], sharedSdgs: [] }],
      },
      { jobId: randomUUID() },
    );
    await service.send.recommendations('inn-once', ['c-once']);
    await service.idle();
    expect(mailsTo('inn-once@example.org')).toHaveLength(1);
  });

  it('sends nothing to an unknown, erased or non-consenting person, and logs why without personal data', async () => {
    await service.send.challenge(challengeFixture('c-none'));
    await service.send.innovator(innovatorFixture('inn-erased'));
    await service.send.erased('inn-erased', 2);
    await service.send.innovator(innovatorFixture('inn-never', { digest: 'never' }));
    await service.send.innovator(
      innovatorFixture('inn-noconsent', { consents: { matching: true, emailRecommendations: false } }),
    );
    for (const id of ['inn-unknown', 'inn-erased', 'inn-never', 'inn-noconsent']) {
      await service.send.recommendations(id, ['c-none']);
    }
    await service.idle();
    for (const id of ['inn-erased', 'inn-never', 'inn-noconsent'])
      expect(mailsTo(`${id}@example.org`)).toHaveLength(0);
    expect(service.logs.some((l) => l.msg === 'recommendation held: recipient not known yet')).toBe(true);
    // An unknown person may only not be known yet: the job waits out a couple of retries first.
    const droppedLog = () =>
      service.logs.filter((l) => l.msg === 'recommendation dropped: no such recipient');
    const deadline = Date.now() + 30_000;
    while (!droppedLog().some((l) => l.innovatorId === 'inn-unknown') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const dropped = droppedLog();
    expect(dropped.map((l) => [l.innovatorId, l.reason])).toEqual(
      expect.arrayContaining([
        ['inn-unknown', 'unknown'],
        ['inn-erased', 'erased'],
      ]),
    );
    const noConsent = service.logs.filter(
      (l) => l.msg === 'recommendation not mailed: no consent to recommendation email',
    );
    expect(noConsent.map((l) => l.innovatorId)).toEqual(
      expect.arrayContaining(['inn-never', 'inn-noconsent']),
    );
    expect(JSON.stringify(service.logs)).not.toMatch(/@example\.org|Person inn-/);
  });

  it('marks an address the server refuses as failed with its reason at once, with no retries', async () => {
    await service.send.challenge(challengeFixture('c-rej'));
    await service.send.innovator(innovatorFixture('inn-rej', { email: rejectedAddress }));
    await service.send.recommendations('inn-rej', ['c-rej']);
    await service.idle();
    const { items } = await deliveriesOf('&status=failed');
    const failed = items.find((d) => d.recipientId === 'inn-rej');
    expect(failed).toMatchObject({ status: 'failed', smtpCode: 550, attempts: 1 });
    expect(failed?.reason).toContain('mailbox unavailable');
    const counts = await service.inbox.counts();
    expect(counts.delayed).toBe(0);
  });

  it('collects daily recommendations into one digest and sends it when the digest is due', async () => {
    await service.send.challenge(challengeFixture('c-d1', 'Första'));
    await service.send.challenge(challengeFixture('c-d2', 'Andra'));
    await service.send.innovator(innovatorFixture('inn-daily', { digest: 'daily' }));
    await service.send.recommendations('inn-daily', ['c-d1']);
    await service.send.challenge(challengeFixture('c-d3', 'Stängd före sammanfattningen'));
    await service.send.recommendations('inn-daily', ['c-d2', 'c-d1', 'c-d3']);
    await service.inbox.add('challenge.closed', {
      eventId: randomUUID(),
      version: 2,
      occurredAt: new Date().toISOString(),
      challengeId: 'c-d3',
    });
    await service.idle();
    expect(mailsTo('inn-daily@example.org')).toHaveLength(0);
    await service.deps.digestProducer.add(
      'digest.due',
      { frequency: 'daily' },
      { jobId: `due-${randomUUID()}` },
    );
    const [digest] = await waitForMailTo('inn-daily@example.org', 1);
    expect(digest?.subject).toBe('Din dagliga sammanfattning: 2 nya utmaningar');
    expect(digest?.text).toContain('Första');
    expect(digest?.text).toContain('Andra');
    expect(digest?.text).not.toContain('Stängd');
    expect(unsubscribeUrlOf(digest!)).toContain('/v1/unsubscribe?token=');
    // The next due digest has nothing new; a weekly one never touches daily people.
    await service.deps.digestProducer.add(
      'digest.due',
      { frequency: 'daily' },
      { jobId: `due-${randomUUID()}` },
    );
    await service.deps.digestProducer.add(
      'digest.due',
      { frequency: 'weekly' },
      { jobId: `due-${randomUUID()}` },
    );
    await service.idle();
    expect(mailsTo('inn-daily@example.org')).toHaveLength(1);
  });

  it('mails the need owner the top of a shortlist with the balance, once per distinct top', async () => {
    await service.send.challenge(challengeFixture('c-short', 'Trygg skolväg'));
    const entry = (innovatorId: string, rank: number, group: 'woman' | 'man') => ({
      innovatorId,
      ideaId: `idea-${innovatorId}`,
      score: 0.9 - rank / 10,
      rank,
      group,
      ideaTitle: `Idé <${innovatorId}>`,
      sharedTerms: ['skolväg'],
      sharedSdgs: [11],
    });
    const shortlist = (entries: ReturnType<typeof entry>[]) =>
      service.inbox.add('shortlist.ready', {
        jobId: randomUUID(),
        challengeId: 'c-short',
        organisationId: organisationFixture.id,
        generatedAt: new Date().toISOString(),
        relaxed: true,
        entries,
        balance: { pool: { woman: 1, man: 5 }, list: { woman: 1, man: 1 } },
      });
    await service.idle();
    await shortlist([entry('i-1', 1, 'woman'), entry('i-2', 2, 'man')]);
    const [mail] = await waitForMailTo(organisationFixture.contactEmail!, 1);
    expect(mail?.subject).toBe('Kortlistan är klar: Trygg skolväg');
    expect(mail?.text).toContain('1. Idé <i-1> - Kvinna - poäng 0,80');
    expect(mail?.text).toContain('Män: 5 i urvalet, 1 på listan');
    expect(mail?.text).toContain('(avslappnad)');
    expect(mail?.html).toContain('Idé &lt;i-1&gt;');
    // The link opens the need owner's page in the console, where decisions are recorded.
    expect(mail?.html).toContain(`href="${service.config.CONSOLE_URL}/challenges/`);
    await shortlist([entry('i-1', 1, 'woman'), entry('i-2', 2, 'man')]);
    await service.idle();
    expect(mailsTo(organisationFixture.contactEmail!)).toHaveLength(1);
    await shortlist([entry('i-2', 1, 'man'), entry('i-1', 2, 'woman')]);
    await waitForMailTo(organisationFixture.contactEmail!, 2);
  });

  it('erases the person from the delivery log, keeping an anonymous row', async () => {
    await service.send.challenge(challengeFixture('c-erase'));
    await service.send.innovator(innovatorFixture('inn-erase-me'));
    await service.send.recommendations('inn-erase-me', ['c-erase']);
    const [mail] = await waitForMailTo('inn-erase-me@example.org', 1);
    await service.send.erased('inn-erase-me', 2);
    await service.idle();
    const { items } = await deliveriesOf();
    const row = items.find((d) => d.messageId === mail?.messageId);
    expect(row).toMatchObject({ status: 'sent', recipientId: null, reason: null });
    const stored = await service.deps.deliveries.list({ limit: 500 });
    const raw = stored.find((d) => d.messageId === mail?.messageId);
    expect(raw).toMatchObject({
      toAddress: null,
      subject: null,
      html: null,
      text: null,
      payload: null,
      headers: null,
    });
    expect(JSON.stringify(stored)).not.toContain('inn-erase-me');
  });

  it('pages the delivery log with a cursor and refuses a forged cursor', async () => {
    const first = await fetch(`${service.baseUrl}/v1/admin/deliveries?limit=1`, {
      headers: { authorization: await admin() },
    });
    const page = (await first.json()) as { items: { id: string }[]; nextCursor: string };
    expect(page.items).toHaveLength(1);
    const second = await fetch(`${service.baseUrl}/v1/admin/deliveries?limit=1&cursor=${page.nextCursor}`, {
      headers: { authorization: await admin() },
    });
    const next = (await second.json()) as { items: { id: string }[] };
    expect(next.items[0]?.id).not.toBe(page.items[0]?.id);
    const forged = await fetch(`${service.baseUrl}/v1/admin/deliveries?cursor=bm9wZQ`, {
      headers: { authorization: await admin() },
    });
    expect(forged.status).toBe(400);
    const status = await fetch(`${service.baseUrl}/v1/admin/deliveries?status=lost`, {
      headers: { authorization: await admin() },
    });
    expect(status.status).toBe(400);
  });
});
