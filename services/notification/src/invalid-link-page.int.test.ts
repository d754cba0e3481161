import { type SmtpSink, startSmtpSink, testDbDrivers } from '@suite/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnsubscribeToken } from './domain/unsubscribe-token';
import {
  innovatorFixture,
  type NotificationUnderTest,
  startNotificationUnderTest,
} from './notification-under-test';

/** What a browser sends when a person clicks a link or presses a form button. */
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe.each(testDbDrivers)('a link from an email that does not work, on %s', (driver) => {
  let sink: SmtpSink;
  let service: NotificationUnderTest;

  beforeAll(async () => {
    sink = await startSmtpSink();
    service = await startNotificationUnderTest(driver, sink);
  });
  afterAll(async () => {
    await service?.close();
    await sink?.close();
  });

  /** Every way a person can reach these pages with a broken link, and the status each answers now. */
  const brokenLinks = (tampered: string) =>
    [
      [400, 'GET', `/v1/unsubscribe?token=bogus`, undefined],
      [400, 'POST', `/v1/unsubscribe?token=${tampered}`, 'List-Unsubscribe=One-Click'],
      [400, 'GET', `/v1/unsubscribe`, undefined],
      [400, 'GET', `/v1/preferences?token=garbage`, undefined],
      [400, 'GET', `/v1/preferences?token=`, undefined],
      [400, 'POST', `/v1/preferences?token=${tampered}`, 'emailRecommendations=off&digest=never'],
      [401, 'GET', `/v1/preferences`, undefined],
    ] as const;

  it('shows a person a page in Swedish and English saying what to do, with the same status', async () => {
    await service.send.innovator(innovatorFixture('inn-broken-link'));
    await service.idle();
    const good = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-broken-link');
    const tampered = `${good.slice(0, -2)}xx`;
    for (const [status, method, path, body] of brokenLinks(tampered)) {
      const res = await fetch(`${service.baseUrl}${path}`, {
        method,
        headers: body ? { ...browser, ...form } : browser,
        body,
      });
      expect({ path, method, status: res.status }).toEqual({ path, method, status });
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('vary')).toMatch(/accept/i);
      const html = await res.text();
      expect(html).toContain('<html lang="sv">');
      expect(html).toContain('Länken är inte giltig eller har slutat gälla');
      expect(html).toContain('The link is not valid or has expired');
      expect(html).toContain('senaste mejlet');
      expect(html).toContain('latest email');
      expect(html).toContain('contact the programme');
      expect(html).not.toContain('query.token');
      expect(html).not.toContain('<script');
    }
    // Nothing changed for the person whose link was tampered with.
    const prefs = await fetch(`${service.baseUrl}/v1/preferences?token=${good}`);
    expect(await prefs.json()).toEqual({ digest: 'immediate', emailRecommendations: true, locale: 'sv' });
  });

  it('speaks only the language that ?lang= hints at', async () => {
    const res = await fetch(`${service.baseUrl}/v1/unsubscribe?token=bogus&lang=en`, { headers: browser });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>This link does not work</title>');
    expect(html).not.toContain('Länken');
  });

  it('ignores a mangled page flag or language in a good link, and shows the page', async () => {
    await service.send.innovator(innovatorFixture('inn-mangled-link', { locale: 'en' }));
    await service.idle();
    const good = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-mangled-link');
    for (const [path, shows] of [
      [`/v1/unsubscribe?token=${good}&done=${'1'.repeat(40)}`, 'Do you want to stop receiving'],
      [`/v1/unsubscribe?token=${good}&done=1&done=1&lang=de`, 'Do you want to stop receiving'],
      [`/v1/preferences?token=${good}&saved=yes-please-${'x'.repeat(40)}`, 'Email preferences'],
      [`/v1/preferences?token=${good}&saved=1&saved=1&lang=de`, 'Email preferences'],
    ] as const) {
      const res = await fetch(`${service.baseUrl}${path}`, { headers: browser });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      const html = await res.text();
      expect(html).toContain(shows);
      expect(html).not.toContain('Your settings are saved');
    }
  });

  it('shows the page, not problem+json, for a link whose query cannot be read at all', async () => {
    const good = createUnsubscribeToken(service.config.UNSUBSCRIBE_SECRET, 'inn-broken-link');
    for (const path of [
      `/v1/unsubscribe?token=${good}&done=%00`,
      `/v1/preferences?token=${good}&token=${good}`,
      `/v1/preferences?token=${good}&saved=%00`,
    ]) {
      const res = await fetch(`${service.baseUrl}${path}`, { headers: browser });
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(await res.text()).toContain('The link is not valid or has expired');
      const api = await fetch(`${service.baseUrl}${path}`, { headers: { accept: 'application/json' } });
      expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('keeps problem+json for API clients', async () => {
    for (const [status, method, path, body] of brokenLinks('tampered')) {
      const res = await fetch(`${service.baseUrl}${path}`, {
        method,
        headers: body ? { accept: 'application/json', ...form } : { accept: 'application/json' },
        body,
      });
      expect({ path, method, status: res.status }).toEqual({ path, method, status });
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });
});
