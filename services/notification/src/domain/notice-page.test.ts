import { describe, expect, it } from 'vitest';
import { invalidLinkPage } from './notice-page';

describe('invalid link page', () => {
  it('says what to do, in Swedish and English unless the language is known', () => {
    const both = invalidLinkPage(undefined);
    expect(both).toContain('<title>Länken fungerar inte / This link does not work</title>');
    expect(both).toContain('Använd länken i det senaste mejlet');
    expect(both).toContain('<p lang="en">The link is not valid or has expired.');
    const en = invalidLinkPage('en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('contact the programme');
    expect(en).not.toContain('Länken');
  });
});
