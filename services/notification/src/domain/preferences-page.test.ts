import { describe, expect, it } from 'vitest';
import { preferencesPage } from './preferences-page';

const checkedValues = (html: string) =>
  [...html.matchAll(/name="(\w+)" value="(\w+)" checked/g)].map((m) => `${m[1]}=${m[2]}`);

describe('preferences page', () => {
  it('shows the settings in force as checked choices, in the reader language', () => {
    const html = preferencesPage({ digest: 'weekly', emailRecommendations: true, locale: 'sv' }, '?token=t');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1 style="font-size:22px;">E-postinställningar</h1>');
    expect(checkedValues(html)).toEqual(['emailRecommendations=on', 'digest=weekly', 'locale=sv']);
    expect(html).not.toContain('Dina inställningar är sparade');
    expect(html).not.toContain('<script');
  });

  it('says when no recommendation email goes out, and confirms a save', () => {
    const off = preferencesPage(
      { digest: 'daily', emailRecommendations: false, locale: 'en' },
      '?token=t',
      true,
    );
    expect(off).toContain('Your settings are saved.');
    expect(off).toContain('You get no challenge recommendations by email now.');
    expect(checkedValues(off)).toEqual(['emailRecommendations=off', 'digest=daily', 'locale=en']);
    const never = preferencesPage({ digest: 'never', emailRecommendations: true, locale: 'en' }, '?token=t');
    expect(never).toContain('because “How often” is set to “Never”. That pauses them even when they are on.');
    expect(checkedValues(never)).toEqual(['emailRecommendations=on', 'digest=never', 'locale=en']);
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
