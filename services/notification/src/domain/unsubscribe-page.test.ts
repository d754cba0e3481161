import { describe, expect, it } from 'vitest';
import { unsubscribedPage } from './unsubscribe-page';

describe('unsubscribed page', () => {
  it('leads back to the preferences page of the same link, escaped', () => {
    const html = unsubscribedPage('sv', 'preferences?token=a&b"');
    expect(html).toContain('<a href="preferences?token=a&amp;b&quot;">E-postinställningar</a>');
  });
});
