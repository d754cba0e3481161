import { describe, expect, it } from 'vitest';
import { challengeLink } from './challenge-link';

describe('challenge links in emails', () => {
  it("open this service's readable page in the recipient's language by default", () => {
    expect(challengeLink({ PUBLIC_URL: 'https://mail.example.org' }, 'c 1/ä', 'en')).toBe(
      'https://mail.example.org/v1/challenge-pages/c%201%2F%C3%A4?lang=en',
    );
  });

  it('follow PUBLIC_CHALLENGE_URL when it is set, filling in id and locale', () => {
    const settings = {
      PUBLIC_URL: 'https://mail.example.org',
      PUBLIC_CHALLENGE_URL: 'https://app.example.org/{locale}/challenges/{id}',
    };
    expect(challengeLink(settings, 'c-7', 'sv')).toBe('https://app.example.org/sv/challenges/c-7');
  });
});
