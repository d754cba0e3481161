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

/** What a browser sends when a person clicks a link. */
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const form = { ...browser, 'content-type': 'application/x-www-form-urlencoded' };

const checked = (html: string, name: string) =>
  [...html.matchAll(/<input type="radio" name="([^"]+)" value="([^"]+)"( checked)?>/g)]
    .filter((m) => m[1] === name && m[3])
    .map((m) => m[2]);
const formActionOf = (html: string) =>
  /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');

describe.each(testDbDrivers)('the email preferences page on %s', (driver) => {
  let sink: SmtpSink;
  let service: NotificationUnderTest;
  const preferencesJson = async (token: string) =>
    (await fetch(`${service.baseUrl}/v1/preferences?token=${token}`)).json();

  beforeAll(async () => {
    sink = await startSmtpSink();
    service = await startNotificationUnderTest(driver, sink);
    await service.send.organisation(organisationFixture);
    await service.send.challenge(challengeFixture('c-pref'));
  });
  afterAll(async () => {
    await service?.close();
    await sink?.close();
  });

  it('opens from the link in an email as a page in the recipient language, with the settings in force', async () => {
    await service.send.innovator(innovatorFixture('inn-pref-page'));
    await service.send.recommendations('inn-pref-page', ['c-pref']);
    const [mail] = await sink.waitForMailsTo('inn-pref-page@example.org', 1);
    const link = /href="([^"]+\/v1\/preferences\?token=[^"]+)"/.exec(String(mail?.html))?.[1];
    expect(link).toBeDefined();
    const res = await fetch(String(link).replaceAll('&amp;', '&'), { headers: browser });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary')).toMatch(/accept/i);
    // The page keeps the security headers of every answer: no scripts of its own are needed.
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('E-postinställningar');
    expect(html).not.toContain('<script');
    expect(checked(html, 'mail')).toEqual(['immediate']);
    expect(checked(html, 'locale')).toEqual(['sv']);
    expect(formActionOf(html)).toBe(`?token=${token('inn-pref-page')}`);
    // API clients keep the JSON of the contract.
    const api = await fetch(String(link).replaceAll('&amp;', '&'), {
      headers: { accept: 'application/json' },
    });
    expect(await api.json()).toEqual({ digest: 'immediate', emailRecommendations: true, locale: 'sv' });
  });

  it('saves the form without scripts and confirms in the language just chosen; the JSON API sees it', async () => {
    await service.send.innovator(innovatorFixture('inn-pref-save'));
    await service.idle();
    const url = `${service.baseUrl}/v1/preferences?token=${token('inn-pref-save')}`;
    const page = await (await fetch(url, { headers: browser })).text();
    expect(page).not.toContain('Dina inställningar är sparade');
    const saved = await fetch(new URL(String(formActionOf(page)), url), {
      method: 'POST',
      headers: form,
      body: 'mail=weekly&locale=en',
    });
    expect(saved.status).toBe(200);
    const html = await saved.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Your settings are saved.');
    expect(checked(html, 'mail')).toEqual(['weekly']);
    expect(checked(html, 'locale')).toEqual(['en']);
    // The link stays good for the page it answers with.
    expect(formActionOf(html)).toBe(`?token=${token('inn-pref-save')}`);
    expect(await preferencesJson(token('inn-pref-save'))).toEqual({
      digest: 'weekly',
      emailRecommendations: true,
      locale: 'en',
    });
    // The form is checked like the PUT: an unknown value or a bad link changes nothing.
    for (const body of ['digest=hourly', 'mail=never', 'mail=daily&digest=weekly', '']) {
      const bad = await fetch(url, { method: 'POST', headers: form, body });
      expect({ body, status: bad.status }).toEqual({ body, status: 400 });
      expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    const tampered = await fetch(`${url.slice(0, -2)}xx`, {
      method: 'POST',
      headers: { 'content-type': form['content-type'] },
      body: 'digest=never',
    });
    expect(tampered.status).toBe(400);
    expect(((await tampered.json()) as { code: string }).code).toBe('INVALID_TOKEN');
    expect(await preferencesJson(token('inn-pref-save'))).toMatchObject({ digest: 'weekly' });
  });

  it('shows a one-click unsubscribe on the page, and the unsubscribed page leads back to turn it on', async () => {
    await service.send.innovator(innovatorFixture('inn-pref-unsub', { locale: 'en' }));
    await service.send.recommendations('inn-pref-unsub', ['c-pref']);
    const [mail] = await sink.waitForMailsTo('inn-pref-unsub@example.org', 1);
    const link = unsubscribeUrlOf(mail!);
    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');
    const unsubscribed = await fetch(link, { method: 'POST', body });
    expect(unsubscribed.status).toBe(200);
    const done = await unsubscribed.text();
    expect(done).toContain('You are unsubscribed');
    const back = /<a href="([^"]+)"/.exec(done)?.[1]?.replaceAll('&amp;', '&');
    expect(back).toBeDefined();
    const preferencesUrl = new URL(String(back), link);
    expect(preferencesUrl.pathname).toBe('/v1/preferences');
    const page = await (await fetch(preferencesUrl, { headers: browser })).text();
    expect(checked(page, 'mail')).toEqual(['off']);
    expect(page).toContain('You get no challenge recommendations by email now.');
    const on = await fetch(new URL(String(formActionOf(page)), preferencesUrl), {
      method: 'POST',
      headers: form,
      body: 'mail=immediate',
    });
    const after = await on.text();
    expect(checked(after, 'mail')).toEqual(['immediate']);
    expect(after).not.toContain('You get no challenge recommendations by email now.');
    expect(await preferencesJson(token('inn-pref-unsub'))).toMatchObject({ emailRecommendations: true });
  });

  it('answers the form with a redirect to the page, so a reload does not send it again', async () => {
    await service.send.innovator(innovatorFixture('inn-pref-prg'));
    await service.idle();
    const url = `${service.baseUrl}/v1/preferences?token=${token('inn-pref-prg')}`;
    const page = await (await fetch(url, { headers: browser })).text();
    const posted = await fetch(new URL(String(formActionOf(page)), url), {
      method: 'POST',
      headers: form,
      body: 'mail=daily&locale=sv',
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    const location = new URL(String(posted.headers.get('location')), url);
    expect(location.pathname).toBe('/v1/preferences');
    expect(location.searchParams.get('token')).toBe(token('inn-pref-prg'));
    const shown = await fetch(location, { headers: browser });
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    const html = await shown.text();
    expect(html).toContain('Dina inställningar är sparade.');
    expect(checked(html, 'mail')).toEqual(['daily']);
    expect(formActionOf(html)).toBe(`?token=${token('inn-pref-prg')}`);
    // The plain link shows no confirmation; API clients reading the page address get the JSON.
    expect(await (await fetch(url, { headers: browser })).text()).not.toContain(
      'Dina inställningar är sparade',
    );
    expect(await (await fetch(location)).json()).toEqual({
      digest: 'daily',
      emailRecommendations: true,
      locale: 'sv',
    });
  });

  it('asks one question, how often or off: "never" set elsewhere reads as off and saving keeps it', async () => {
    await service.send.innovator(innovatorFixture('inn-pref-never'));
    await service.idle();
    const url = `${service.baseUrl}/v1/preferences?token=${token('inn-pref-never')}`;
    const put = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"digest":"never"}',
    });
    expect(put.status).toBe(200);
    const page = await (await fetch(url, { headers: browser })).text();
    expect(checked(page, 'mail')).toEqual(['off']);
    expect(page).toContain('Du får inga rekommendationer av utmaningar via e-post just nu.');
    expect(page).not.toMatch(/Aldrig|Never/);
    // Saved as shown, for another language: the consent the person did not touch stays given.
    const post = (body: string) => fetch(url, { method: 'POST', headers: form, body });
    expect(checked(await (await post('mail=off&locale=en')).text(), 'mail')).toEqual(['off']);
    expect(await preferencesJson(token('inn-pref-never'))).toEqual({
      digest: 'never',
      emailRecommendations: true,
      locale: 'en',
    });
    // A pace turns email on; off then withdraws the consent, as the unsubscribe link does.
    await post('mail=weekly');
    expect(await preferencesJson(token('inn-pref-never'))).toMatchObject({
      digest: 'weekly',
      emailRecommendations: true,
    });
    const off = await (await post('mail=off')).text();
    expect(checked(off, 'mail')).toEqual(['off']);
    expect(off).toContain('You get no challenge recommendations by email now.');
    expect(await preferencesJson(token('inn-pref-never'))).toMatchObject({
      digest: 'weekly',
      emailRecommendations: false,
    });
    // Forms of their own may still post the two fields of the API.
    await post('emailRecommendations=on&digest=daily');
    expect(await preferencesJson(token('inn-pref-never'))).toMatchObject({
      digest: 'daily',
      emailRecommendations: true,
    });
  });

  it('tells someone who opens the unsubscribe link again that they already are, with the way back', async () => {
    for (const [locale, already, question] of [
      ['sv', 'Du har redan avslutat prenumerationen', 'Vill du sluta få rekommendationer'],
      ['en', 'You are already unsubscribed', 'Do you want to stop receiving'],
    ] as const) {
      const id = `inn-pref-again-${locale}`;
      await service.send.innovator(innovatorFixture(id, { locale }));
      await service.idle();
      const link = `${service.baseUrl}/v1/unsubscribe?token=${token(id)}`;
      const oneClick = { 'content-type': 'application/x-www-form-urlencoded' };
      await fetch(link, { method: 'POST', headers: oneClick, body: 'List-Unsubscribe=One-Click' });
      const again = await fetch(link, { headers: browser });
      expect(again.status).toBe(200);
      expect(again.headers.get('cache-control')).toBe('no-store');
      const html = await again.text();
      expect(html).toContain(`<title>${already}</title>`);
      expect(html).not.toContain(question);
      expect(html).not.toContain('<form');
      // The way back: the preferences page of the same link, where a pace turns them on again.
      const back = new URL(String(/<a href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&')), link);
      expect(back.pathname).toBe('/v1/preferences');
      const page = await (await fetch(back, { headers: browser })).text();
      expect(checked(page, 'mail')).toEqual(['off']);
      await fetch(new URL(String(formActionOf(page)), back), {
        method: 'POST',
        headers: form,
        body: 'mail=daily',
      });
      // On again, the link asks its question again.
      expect(await (await fetch(link, { headers: browser })).text()).toContain(question);
    }
  });

  const token = (innovatorId: string) =>
    createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, innovatorId);
});
