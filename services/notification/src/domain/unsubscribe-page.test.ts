import { describe, expect, it } from 'vitest';
import { alreadyUnsubscribedPage, unsubscribedPage } from './unsubscribe-page';

describe('unsubscribed page', () => {
  it('leads back to the preferences page of the same link, escaped', () => {
    const html = unsubscribedPage('sv', 'preferences?token=a&b"');
    expect(html).toContain('<a href="preferences?token=a&amp;b&quot;">E-postinställningar</a>');
  });
});

describe('already unsubscribed page', () => {
  it('says so instead of asking again, with the way back to turn them on, in both languages', () => {
    const sv = alreadyUnsubscribedPage('sv', 'preferences?token=t');
    expect(sv).toContain('<title>Du har redan avslutat prenumerationen</title>');
    expect(sv).toContain('Du kan slå på dem igen när du vill: <a href="preferences?token=t">');
    expect(sv).not.toContain('<form');
    const en = alreadyUnsubscribedPage('en', 'preferences?token=t');
    expect(en).toContain('<title>You are already unsubscribed</title>');
    expect(en).toContain('You can turn them on again at any time: <a href="preferences?token=t">');
    expect(en).not.toContain('<form');
  });
});
