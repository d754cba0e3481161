import { randomUUID } from 'node:crypto';
import { signToken } from '@suite/platform';
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

type ParsedMail = SmtpSink['messages'][number];

const rejectedAddress = 'no-such-mailbox@example.org';

const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
const unsubscribeUrlOf = (mail: ParsedMail) =>
  /^<(.+)>$/.exec(header(mail, 'list-unsubscribe') ?? '')?.[1] ?? '';

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
    expect(header(mail!, 'content-language')).toBe('sv');
    expect(header(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
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
    expect(header(mail!, 'content-language')).toBe('en');
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

  it('follows the unsubscribe link: the page asks in Swedish, the one-click POST stops the next email', async () => {
    await service.send.challenge(challengeFixture('c-u1'));
    await service.send.challenge(challengeFixture('c-u2'));
    await service.send.innovator(innovatorFixture('inn-unsub'));
    await service.send.recommendations('inn-unsub', ['c-u1']);
    const [mail] = await waitForMailTo('inn-unsub@example.org', 1);
    const link = unsubscribeUrlOf(mail!);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Vill du sluta få rekommendationer');
    expect(html).toMatch(/<form method="post"/);
    // What a mail client does for RFC 8058: one POST, no cookies, no login.
    const posted = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Du har avslutat prenumerationen');
    const prefs = await fetch(link.replace('/v1/unsubscribe', '/v1/preferences'));
    expect(await prefs.json()).toEqual({ digest: 'immediate', emailRecommendations: false, locale: 'sv' });
    await service.send.recommendations('inn-unsub', ['c-u2']);
    await service.idle();
    expect(mailsTo('inn-unsub@example.org')).toHaveLength(1);
    // A replayed profile update from ingest still carrying the old consent does not undo it.
    await service.send.innovator(innovatorFixture('inn-unsub', { name: 'New Name' }), 2);
    await service.send.recommendations('inn-unsub', ['c-u2']);
    await service.idle();
    expect(mailsTo('inn-unsub@example.org')).toHaveLength(1);
  });

  it('answers 400 for a tampered, foreign or erased-person token, the same way each time', async () => {
    await service.send.innovator(innovatorFixture('inn-tok'));
    await service.send.innovator(innovatorFixture('inn-gone'));
    await service.send.erased('inn-gone', 2);
    await service.idle();
    const good = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-tok');
    const tokens = [
      `${good.slice(0, -2)}xx`,
      createUnsubscribeToken('f'.repeat(40), 'inn-tok'),
      createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-gone'),
      createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-never-existed'),
      await signToken({
        secret: service.config.JWT_SECRET,
        issuer: service.config.JWT_ISSUER,
        role: 'admin',
      }),
    ];
    const answers = new Set<string>();
    for (const token of tokens) {
      const q = `?token=${encodeURIComponent(token)}`;
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      const json = { 'content-type': 'application/json' };
      for (const res of [
        await fetch(`${service.baseUrl}/v1/unsubscribe${q}`),
        await fetch(`${service.baseUrl}/v1/unsubscribe${q}`, {
          method: 'POST',
          headers: form,
          body: 'List-Unsubscribe=One-Click',
        }),
        await fetch(`${service.baseUrl}/v1/preferences${q}`),
        await fetch(`${service.baseUrl}/v1/preferences${q}`, {
          method: 'PUT',
          headers: json,
          body: '{"digest":"never"}',
        }),
      ]) {
        expect(res.status).toBe(400);
        const body = (await res.json()) as Record<string, unknown>;
        answers.add(JSON.stringify({ code: body.code, detail: body.detail }));
      }
    }
    expect([...answers]).toEqual([
      JSON.stringify({ code: 'INVALID_TOKEN', detail: 'this link is not valid' }),
    ]);
    const prefs = await fetch(`${service.baseUrl}/v1/preferences?token=${good}`);
    expect(((await prefs.json()) as { emailRecommendations: boolean }).emailRecommendations).toBe(true);
  });

  it('takes an empty POST to the link as the same one-click unsubscribe', async () => {
    await service.send.innovator(innovatorFixture('inn-empty-post'));
    await service.idle();
    const token = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-empty-post');
    const res = await fetch(`${service.baseUrl}/v1/unsubscribe?token=${token}`, { method: 'POST' });
    expect(res.status).toBe(200);
    const prefs = await fetch(`${service.baseUrl}/v1/preferences?token=${token}`);
    expect(((await prefs.json()) as { emailRecommendations: boolean }).emailRecommendations).toBe(false);
  });

  it('reads and changes preferences with the innovator bearer token, and only the own ones', async () => {
    await service.send.innovator(innovatorFixture('inn-jwt'));
    await service.idle();
    const auth = async (role: 'innovator' | 'need_owner', innovatorId?: string) => ({
      authorization: `Bearer ${await signToken({ secret: service.config.JWT_SECRET, issuer: service.config.JWT_ISSUER, role, innovatorId, organisationId: 'org-x' })}`,
    });
    const url = `${service.baseUrl}/v1/preferences`;
    const put = await fetch(url, {
      method: 'PUT',
      headers: { ...(await auth('innovator', 'inn-jwt')), 'content-type': 'application/json' },
      body: JSON.stringify({ digest: 'weekly', locale: 'en' }),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ digest: 'weekly', emailRecommendations: true, locale: 'en' });
    expect((await fetch(url, { headers: await auth('innovator', 'inn-jwt') })).status).toBe(200);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: await auth('need_owner') })).status).toBe(403);
    expect((await fetch(url, { headers: await auth('innovator', 'inn-nobody') })).status).toBe(404);
    const bad = await fetch(url, {
      method: 'PUT',
      headers: { ...(await auth('innovator', 'inn-jwt')), 'content-type': 'application/json' },
      body: JSON.stringify({ digest: 'hourly' }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('body.digest');
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
    expect(mail?.text).toContain('1. Idé <i-1> - Kvinnor - poäng 0.80');
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
