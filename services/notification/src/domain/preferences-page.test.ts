import { describe, expect, it } from 'vitest';
import { preferencesPage } from './preferences-page';

const checkedValues = (html: string) =>
  [...html.matchAll(/name="(\w+)" value="(\w+)" checked/g)].map((m) => `${m[1]}=${m[2]}`);
const choices = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`name="${name}" value="(\\w+)"`, 'g'))].map((m) => m[1]);

describe('preferences page', () => {
  it('shows the settings in force as checked choices, in the reader language', () => {
    const html = preferencesPage({ digest: 'weekly', emailRecommendations: true, locale: 'sv' }, '?token=t');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1 style="font-size:22px;">E-postinställningar</h1>');
    expect(checkedValues(html)).toEqual(['mail=weekly', 'locale=sv']);
    expect(html).not.toContain('Dina inställningar är sparade');
    expect(html).not.toContain('<script');
  });

  it('asks one question for recommendation email: how often, or off, with no second "never"', () => {
    for (const locale of ['sv', 'en'] as const) {
      const html = preferencesPage({ digest: 'daily', emailRecommendations: true, locale }, '?token=t');
      expect(choices(html, 'mail')).toEqual(['immediate', 'daily', 'weekly', 'off']);
      expect(choices(html, 'digest')).toEqual([]);
      expect(choices(html, 'emailRecommendations')).toEqual([]);
      expect(html).not.toMatch(/Aldrig|Never/);
    }
    const sv = preferencesPage({ digest: 'daily', emailRecommendations: true, locale: 'sv' }, '?token=t');
    expect(sv).toContain('> Av: inga mejl med rekommendationer</label>');
    const en = preferencesPage({ digest: 'daily', emailRecommendations: true, locale: 'en' }, '?token=t');
    expect(en).toContain('> Off: no recommendation emails</label>');
  });

  it('shows off, and says no email goes, when unsubscribed or when "never" was set elsewhere', () => {
    const off = preferencesPage(
      { digest: 'daily', emailRecommendations: false, locale: 'en' },
      '?token=t',
      true,
    );
    expect(off).toContain('Your settings are saved.');
    expect(off).toContain('You get no challenge recommendations by email now.');
    expect(checkedValues(off)).toEqual(['mail=off', 'locale=en']);
    const never = preferencesPage({ digest: 'never', emailRecommendations: true, locale: 'sv' }, '?token=t');
    expect(checkedValues(never)).toEqual(['mail=off', 'locale=sv']);
    expect(never).toContain('Du får inga rekommendationer av utmaningar via e-post just nu.');
  });

  it('escapes the form address', () => {
    const html = preferencesPage(
      { digest: 'immediate', emailRecommendations: true, locale: 'en' },
      '?token="><script>alert(1)</script>',
    );
    expect(html).toContain('action="?token=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('<script>');
  });
});
