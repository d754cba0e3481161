import { describe, expect, it } from 'vitest';
import { challengeLink, submitIdeaLink } from './challenge-link';

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

describe('the submit link of a challenge page', () => {
  it('is PUBLIC_SUBMIT_URL as it is, or with the id and locale it names filled in', () => {
    expect(submitIdeaLink('https://programme.example.org/ideas/new', 'c-7', 'en')).toBe(
      'https://programme.example.org/ideas/new',
    );
    expect(submitIdeaLink('https://programme.example.org/{locale}/new?challenge={id}', 'c 1', 'sv')).toBe(
      'https://programme.example.org/sv/new?challenge=c%201',
    );
  });
});
