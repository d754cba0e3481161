import { type SmtpSink, startSmtpSink, testDbDrivers } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  challengeFixture,
  innovatorFixture,
  type NotificationUnderTest,
  organisationFixture,
  startNotificationUnderTest,
} from './notification-under-test';

const challengeLinksIn = (html: string) =>
  [...html.matchAll(/href="([^"]+)"/g)]
    .map((m) => (m[1] ?? '').replaceAll('&amp;', '&'))
    .filter((u) => u.includes('/v1/challenge-pages/'));

/** What a browser sends when a person clicks a link. */
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const submitTemplate = 'https://programme.example.org/{locale}/ideas/new?challenge={id}';

describe.each(testDbDrivers)('the challenge link in a recommendation email on %s', (driver) => {
  let sink: SmtpSink;
  let service: NotificationUnderTest;
  const mailTo = async (address: string) => {
    const [mail] = await sink.waitForMailsTo(address, 1);
    if (!mail) throw new Error(`no mail to ${address}`);
    return mail;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    service = await startNotificationUnderTest(driver, sink, { PUBLIC_SUBMIT_URL: submitTemplate });
    await service.send.organisation(organisationFixture);
    await service.send.challenge({
      ...challengeFixture('c-page', 'Rent vatten <b>nu</b>'),
      description: 'Hur får alla skolor rent dricksvatten?\n\n<script>alert(1)</script> Andra stycket.',
      // Midnight in Stockholm starting the 15th: the page and the email name the 14th as the last day.
      deadline: '2099-01-15T00:00:00+01:00',
    });
  });
  afterAll(async () => {
    await service?.close();
    await sink?.close();
  });

  it('opens a readable page with title, need owner and description in the recipient language', async () => {
    await service.send.innovator(innovatorFixture('inn-page-en', { locale: 'en' }));
    await service.send.recommendations('inn-page-en', ['c-page']);
    const mail = await mailTo('inn-page-en@example.org');
    const [link] = challengeLinksIn(String(mail.html));
    expect(link).toBeDefined();
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('Deadline: 14 January 2099');
    // The email points at the public base; the page is this running service.
    const res = await fetch(String(link).replace(service.config.PUBLIC_URL, service.baseUrl));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Rent vatten &lt;b&gt;nu&lt;/b&gt;');
    expect(page).toContain('Need owner: Malmö stad');
    expect(page).toContain('Deadline: 14 January 2099');
    expect(page).toContain('Hur får alla skolor rent dricksvatten?');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Andra stycket.');
    expect(page).not.toContain('<script>');
    expect(page).toContain('6 ');
    // What an innovator who follows the link can expect, on an open challenge only.
    expect(page).toContain('What happens next');
    // The way to take part, where PUBLIC_SUBMIT_URL names one.
    expect(page).toContain(
      '<a href="https://programme.example.org/en/ideas/new?challenge=c-page" style="font-weight:bold;">Submit an idea</a>',
    );
  });

  it('speaks Swedish to a Swedish reader, marks a closed challenge, and hides drafts and unknown ids', async () => {
    const sv = await fetch(`${service.baseUrl}/v1/challenge-pages/c-page?lang=sv`);
    const svPage = await sv.text();
    expect(svPage).toContain('Behovsägare: Malmö stad');
    expect(svPage).toContain('Sista dag: 14 januari 2099');
    await service.send.challenge({ ...challengeFixture('c-page-closed', 'Stängd'), status: 'closed' });
    await service.send.challenge({ ...challengeFixture('c-page-draft', 'Utkast'), status: 'draft' });
    await service.idle();
    const closed = await fetch(`${service.baseUrl}/v1/challenge-pages/c-page-closed?lang=sv`);
    expect(closed.status).toBe(200);
    const closedPage = await closed.text();
    expect(closedPage).toContain('Utmaningen är stängd');
    expect(closedPage).not.toContain('Så går det till');
    expect(closedPage).not.toContain('Skicka in en idé');
    for (const id of ['c-page-draft', 'no-such-challenge']) {
      // A browser gets a page; an API client the same problem+json as every other route.
      const page = await fetch(`${service.baseUrl}/v1/challenge-pages/${id}?lang=en`, {
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      expect(page.status).toBe(404);
      expect(await page.text()).toContain('Challenge not found');
      const api = await fetch(`${service.baseUrl}/v1/challenge-pages/${id}`, {
        headers: { accept: 'application/json' },
      });
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
  });

  it('says when a deadline has passed, and drops it when a newer version of the challenge has none', async () => {
    const late = { ...challengeFixture('c-page-late', 'Sen'), deadline: '2020-03-01T17:00:00+01:00' };
    await service.send.challenge(late);
    await service.idle();
    const pageOf = async (lang: string) =>
      (await fetch(`${service.baseUrl}/v1/challenge-pages/c-page-late?lang=${lang}`)).text();
    expect(await pageOf('sv')).toContain('Sista dag har passerat');
    expect(await pageOf('en')).toContain('The deadline has passed');
    const { deadline: _, ...withoutDeadline } = late;
    await service.send.challenge(withoutDeadline, 2);
    await service.idle();
    expect(await pageOf('sv')).not.toContain('Sista dag');
    expect(await pageOf('en')).not.toMatch(/deadline/i);
  });

  it('tells a browser that a challenge known only as closed is gone (410), in both languages without ?lang', async () => {
    // The close reached this service, the challenge text never did (closed before it was stored).
    await service.send.closed('c-page-gone', 2);
    await service.idle();
    const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
    const both = await fetch(`${service.baseUrl}/v1/challenge-pages/c-page-gone`, { headers: browser });
    expect(both.status).toBe(410);
    expect(both.headers.get('content-type')).toMatch(/text\/html/);
    expect(both.headers.get('vary')).toMatch(/accept/i);
    const bothPage = await both.text();
    expect(bothPage).toContain('Utmaningen är stängd');
    expect(bothPage).toContain('This challenge is closed');
    const en = await fetch(`${service.baseUrl}/v1/challenge-pages/c-page-gone?lang=en`, { headers: browser });
    expect(en.status).toBe(410);
    const enPage = await en.text();
    expect(enPage).toContain('<html lang="en">');
    expect(enPage).toContain('This challenge is closed');
    expect(enPage).not.toContain('Utmaningen är stängd');
    // An id never published: not found, also in both languages when the reader's is unknown.
    const unknown = await fetch(`${service.baseUrl}/v1/challenge-pages/c-page-never`, { headers: browser });
    expect(unknown.status).toBe(404);
    const unknownPage = await unknown.text();
    expect(unknownPage).toContain('Utmaningen hittades inte');
    expect(unknownPage).toContain('Challenge not found');
    // API clients keep the problem+json answer of the contract.
    const api = await fetch(`${service.baseUrl}/v1/challenge-pages/c-page-gone`, {
      headers: { accept: 'application/json' },
    });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('ignores a language it does not speak: the page shows in the challenge language, not an error', async () => {
    for (const query of ['lang=de', 'lang=sv&lang=en', 'lang=', `lang=${'x'.repeat(300)}`]) {
      for (const headers of [browser, { accept: 'application/json' }]) {
        const res = await fetch(`${service.baseUrl}/v1/challenge-pages/c-page?${query}`, { headers });
        expect({ query, status: res.status }).toEqual({ query, status: 200 });
        const page = await res.text();
        expect(page).toContain('<html lang="sv">');
        expect(page).toContain('Behovsägare: Malmö stad');
        expect(page).toContain('Skicka in en idé');
      }
    }
    // An unknown id with such a hint: the not-found page in both languages, as without one.
    const missing = await fetch(`${service.baseUrl}/v1/challenge-pages/c-page-nowhere?lang=de`, {
      headers: browser,
    });
    expect(missing.status).toBe(404);
    const missingPage = await missing.text();
    expect(missingPage).toContain('Utmaningen hittades inte');
    expect(missingPage).toContain('Challenge not found');
  });

  it('shows a person the not-found page for an id no challenge can have, with the 400 of the API', async () => {
    for (const id of ['ch%20x', 'ch%3Cb%3E', 'x'.repeat(200)]) {
      const res = await fetch(`${service.baseUrl}/v1/challenge-pages/${id}`, { headers: browser });
      expect({ id, status: res.status }).toEqual({ id, status: 400 });
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('vary')).toMatch(/accept/i);
      const page = await res.text();
      expect(page).toContain('<title>Utmaningen hittades inte / Challenge not found</title>');
      expect(page).not.toContain('params.id');
      expect(page).not.toContain('&lt;b&gt;');
    }
    const en = await fetch(`${service.baseUrl}/v1/challenge-pages/ch%20x?lang=en`, { headers: browser });
    expect(en.status).toBe(400);
    const enPage = await en.text();
    expect(enPage).toContain('<html lang="en">');
    expect(enPage).toContain('<title>Challenge not found</title>');
    // API clients keep the problem+json with the field that is wrong.
    const api = await fetch(`${service.baseUrl}/v1/challenge-pages/ch%20x`, {
      headers: { accept: 'application/json' },
    });
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await api.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.path)).toEqual(['params.id']);
  });

  it('answers the /favicon.ico every browser asks for with 204 and no login, so no page logs a 404', async () => {
    const res = await fetch(`${service.baseUrl}/favicon.ico`, {
      headers: { accept: 'image/avif,image/webp,image/png,image/*;q=0.8,*/*;q=0.5' },
    });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
  });
});
