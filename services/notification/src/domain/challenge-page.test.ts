import { describe, expect, it } from 'vitest';
import { challengeGonePage, challengeMissingPage, challengePage } from './challenge-page';

describe('challenge notices', () => {
  it('speak the reader language when known, else Swedish and then English', () => {
    expect(challengeGonePage('en')).toContain('<title>This challenge is closed</title>');
    expect(challengeGonePage('en')).not.toContain('stängd');
    const both = challengeMissingPage(undefined);
    expect(both).toContain('<title>Utmaningen hittades inte / Challenge not found</title>');
    expect(both).toContain('<p lang="en">This challenge does not exist or is not published.</p>');
  });
});

describe('the deadline on a challenge page', () => {
  const clock = { now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/Stockholm' };
  const challenge = {
    title: 'Rent vatten',
    description: 'Hur får alla skolor rent dricksvatten?',
    organisationName: 'Malmö stad',
    sdgs: [6],
    closed: false,
    // Midnight in Stockholm.
    deadline: new Date('2027-01-14T23:00:00Z'),
  };

  it('says by when to answer, in the reader language', () => {
    expect(challengePage('sv', challenge, clock)).toContain(
      '<p><strong>Sista dag: 14 januari 2027</strong></p>',
    );
    const en = challengePage('en', challenge, clock);
    expect(en).toContain('<p><strong>Deadline: 14 January 2027</strong></p>');
    expect(en).not.toContain('Sista dag');
  });

  it('says plainly when the deadline has passed on a challenge still open', () => {
    const later = { ...clock, now: new Date('2027-01-20T10:00:00Z') };
    expect(challengePage('sv', challenge, later)).toContain('Sista dag har passerat');
    const en = challengePage('en', challenge, later);
    expect(en).toContain('The deadline has passed');
    expect(en).not.toContain('Deadline: 14 January');
  });

  it('says nothing of a deadline when there is none, or when the challenge is closed', () => {
    for (const locale of ['sv', 'en'] as const) {
      const none = challengePage(locale, { ...challenge, deadline: null }, clock);
      expect(none).not.toMatch(/Sista dag|Deadline|deadline/);
      const closed = challengePage(locale, { ...challenge, closed: true }, clock);
      expect(closed).not.toMatch(/Sista dag|Deadline|deadline/);
    }
  });
});

describe('the submit link on a challenge page', () => {
  const clock = { now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/Stockholm' };
  const open = {
    title: 'Rent vatten',
    description: null,
    organisationName: null,
    sdgs: [],
    closed: false,
    deadline: new Date('2027-01-14T23:00:00Z'),
    submitUrl: 'https://programme.example.org/ideas/new?c=1&x="',
  };
  const link = (html: string) => /<a href="([^"]*)"[^>]*>([^<]*)<\/a>/.exec(html)?.slice(1);

  it('ends an open challenge with a link to submit an idea, in the reader language', () => {
    const href = 'https://programme.example.org/ideas/new?c=1&amp;x=&quot;';
    expect(link(challengePage('sv', open, clock))).toEqual([href, 'Skicka in en idé']);
    expect(link(challengePage('en', open, clock))).toEqual([href, 'Submit an idea']);
    expect(challengePage('en', open, clock).trimEnd()).toMatch(/Submit an idea<\/a><\/p>\n<\/body>/);
  });

  it('has none without the setting, once the challenge is closed, or after its deadline', () => {
    expect(link(challengePage('en', { ...open, submitUrl: undefined }, clock))).toBeUndefined();
    expect(link(challengePage('en', { ...open, closed: true }, clock))).toBeUndefined();
    const later = { ...clock, now: new Date('2027-01-20T10:00:00Z') };
    expect(link(challengePage('en', open, later))).toBeUndefined();
  });

  it('never links to anything but http(s)', () => {
    const html = challengePage('en', { ...open, submitUrl: 'javascript:alert(1)' }, clock);
    expect(link(html)).toEqual(['#', 'Submit an idea']);
  });
});
