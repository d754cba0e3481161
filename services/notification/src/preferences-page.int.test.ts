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
    expect(checked(html, 'digest')).toEqual(['immediate']);
    expect(checked(html, 'emailRecommendations')).toEqual(['on']);
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
      body: 'emailRecommendations=on&digest=weekly&locale=en',
    });
    expect(saved.status).toBe(200);
    const html = await saved.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Your settings are saved.');
    expect(checked(html, 'digest')).toEqual(['weekly']);
    expect(checked(html, 'locale')).toEqual(['en']);
    // The link stays good for the page it answers with.
    expect(formActionOf(html)).toBe(`?token=${token('inn-pref-save')}`);
    expect(await preferencesJson(token('inn-pref-save'))).toEqual({
      digest: 'weekly',
      emailRecommendations: true,
      locale: 'en',
    });
    // The form is checked like the PUT: an unknown value or a bad link changes nothing.
    const bad = await fetch(url, { method: 'POST', headers: form, body: 'digest=hourly' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
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
    expect(checked(page, 'emailRecommendations')).toEqual(['off']);
    expect(page).toContain('You get no challenge recommendations by email now.');
    const on = await fetch(new URL(String(formActionOf(page)), preferencesUrl), {
      method: 'POST',
      headers: form,
      body: 'emailRecommendations=on',
    });
    const after = await on.text();
    expect(checked(after, 'emailRecommendations')).toEqual(['on']);
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
      body: 'emailRecommendations=on&digest=daily&locale=sv',
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
    expect(checked(html, 'digest')).toEqual(['daily']);
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

  it('says on the page that "never" pauses recommendations that are on, in both languages', async () => {
    await service.send.innovator(innovatorFixture('inn-pref-never'));
    await service.idle();
    const url = `${service.baseUrl}/v1/preferences?token=${token('inn-pref-never')}`;
    for (const [locale, paused] of [
      ['sv', 'eftersom ”Hur ofta” är satt till ”Aldrig”'],
      ['en', 'because “How often” is set to “Never”'],
    ] as const) {
      const saved = await fetch(url, {
        method: 'POST',
        headers: form,
        body: `emailRecommendations=on&digest=never&locale=${locale}`,
      });
      const html = await saved.text();
      expect(checked(html, 'emailRecommendations')).toEqual(['on']);
      expect(checked(html, 'digest')).toEqual(['never']);
      expect(html).toContain(paused);
    }
    // What is saved is what the page shows: on, paused by "never" (the PUT semantics are unchanged).
    expect(await preferencesJson(token('inn-pref-never'))).toEqual({
      digest: 'never',
      emailRecommendations: true,
      locale: 'en',
    });
    // Turned off, the page gives that reason and not the pause.
    const off = await fetch(url, { method: 'POST', headers: form, body: 'emailRecommendations=off' });
    const offHtml = await off.text();
    expect(offHtml).toContain('You get no challenge recommendations by email now.');
    expect(offHtml).not.toContain('“Never”');
  });

  const token = (innovatorId: string) =>
    createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, innovatorId);
});
