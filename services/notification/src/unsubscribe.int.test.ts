import { gzipSync } from 'node:zlib';
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
  unsubscribeUrlOf,
} from './notification-under-test';

describe.each(testDbDrivers)('unsubscribe and preferences on %s', (driver) => {
  let sink: SmtpSink;
  let service: NotificationUnderTest;
  const mailsTo = (address: string) => sink.mailsTo(address);
  const waitForMailTo = (address: string, count: number) => sink.waitForMailsTo(address, count);

  beforeAll(async () => {
    sink = await startSmtpSink();
    service = await startNotificationUnderTest(driver, sink);
    await service.send.organisation(organisationFixture);
  });
  afterAll(async () => {
    await service?.close();
    await sink?.close();
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

  it('answers the page button with a redirect to a result page; the one-click POST keeps its 200', async () => {
    await service.send.innovator(innovatorFixture('inn-unsub-page'));
    await service.idle();
    const token = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-unsub-page');
    const link = `${service.baseUrl}/v1/unsubscribe?token=${token}`;
    const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
    const form = { ...browser, 'content-type': 'application/x-www-form-urlencoded' };
    const page = await fetch(link, { headers: browser });
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const fields = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)];
    const pressed = await fetch(new URL(String(action), link), {
      method: 'POST',
      headers: form,
      body: new URLSearchParams(fields.map((m) => [String(m[1]), String(m[2])])).toString(),
      redirect: 'manual',
    });
    expect(pressed.status).toBe(303);
    const result = new URL(String(pressed.headers.get('location')), link);
    expect(result.pathname).toBe('/v1/unsubscribe');
    expect(result.searchParams.get('token')).toBe(token);
    // Reloading the result page is a GET: it shows the outcome and changes nothing.
    for (let reload = 0; reload < 2; reload++) {
      const shown = await fetch(result, { headers: browser });
      expect(shown.status).toBe(200);
      expect(shown.headers.get('cache-control')).toBe('no-store');
      expect(await shown.text()).toContain('Du har avslutat prenumerationen');
    }
    const prefs = `${service.baseUrl}/v1/preferences?token=${token}`;
    expect(
      ((await (await fetch(prefs)).json()) as { emailRecommendations: boolean }).emailRecommendations,
    ).toBe(false);
    // A mail client's RFC 8058 POST still gets the page itself, with 200.
    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.get('cache-control')).toBe('no-store');
    expect(await oneClick.text()).toContain('Du har avslutat prenumerationen');
  });

  it('shows the question, not the result, on a result address of someone still subscribed', async () => {
    await service.send.innovator(innovatorFixture('inn-unsub-done'));
    await service.idle();
    const token = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-unsub-done');
    const res = await fetch(`${service.baseUrl}/v1/unsubscribe?token=${token}&done=1`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Vill du sluta få rekommendationer');
    expect(html).not.toContain('Du har avslutat prenumerationen');
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

  it('takes the one-click POST as multipart/form-data too (RFC 8058 3.1), with a size limit and typed bodies', async () => {
    await service.send.innovator(innovatorFixture('inn-multipart'));
    await service.idle();
    const token = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-multipart');
    const url = `${service.baseUrl}/v1/unsubscribe?token=${token}`;
    const prefsUrl = `${service.baseUrl}/v1/preferences?token=${token}`;
    const multipart = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return form;
    };
    // Streamed, so no length announces the size: reading stops at the limit.
    const chunked: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new Blob([`List-Unsubscribe=One-Click&padding=${'x'.repeat(4_096)}`]).stream(),
      duplex: 'half',
    };
    // Refused before anything changes: not a form, over the limit, a broken multipart, a wrong value.
    const refused = [
      [
        415,
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'List-Unsubscribe=One-Click',
        }),
      ],
      [
        413,
        await fetch(url, {
          method: 'POST',
          body: multipart({ 'List-Unsubscribe': 'One-Click', padding: 'x'.repeat(4_096) }),
        }),
      ],
      [413, await fetch(url, chunked)],
      [
        415,
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' },
          body: gzipSync('List-Unsubscribe=One-Click'),
        }),
      ],
      [
        400,
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=nothing-like-it' },
          body: 'List-Unsubscribe=One-Click',
        }),
      ],
      [400, await fetch(url, { method: 'POST', body: multipart({ 'List-Unsubscribe': 'Two-Clicks' }) })],
    ] as const;
    for (const [status, res] of refused) {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect(
      ((await (await fetch(prefsUrl)).json()) as { emailRecommendations: boolean }).emailRecommendations,
    ).toBe(true);
    // What `curl -F 'List-Unsubscribe=One-Click'` and mail providers that send multipart do.
    const res = await fetch(url, { method: 'POST', body: multipart({ 'List-Unsubscribe': 'One-Click' }) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Du har avslutat prenumerationen');
    expect(
      ((await (await fetch(prefsUrl)).json()) as { emailRecommendations: boolean }).emailRecommendations,
    ).toBe(false);
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
});
