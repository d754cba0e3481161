import { describe, expect, it } from 'vitest';
import { renderRecommendationEmail } from './recommendation-email';
import { renderShortlistEmail } from './shortlist-email';

const item = {
  challengeId: 'c-1',
  title: 'Rent vatten i skolan',
  organisationName: 'Malmö stad',
  sharedTerms: ['vatten', 'skola'],
  sharedSdgs: [6],
  link: 'https://suite.example.org/v1/challenges/c-1',
};
// When the emails below are written, and where their readers live.
const writtenAt = { now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/Stockholm' };
const links = {
  unsubscribeUrl: 'https://suite.example.org/v1/unsubscribe?token=t',
  preferencesUrl: 'https://suite.example.org/v1/preferences?token=t',
};

describe('renderRecommendationEmail', () => {
  it('writes Swedish with the why in Swedish and a link per challenge', () => {
    const mail = renderRecommendationEmail({
      clock: writtenAt,
      locale: 'sv',
      recipientName: 'Alva',
      items: [item],
      ...links,
    });
    expect(mail.subject).toBe('Nya utmaningar som passar dig');
    expect(mail.text).toContain('Hej Alva!');
    expect(mail.text).toContain(
      'Varför: gemensamma teman: vatten, skola · Globala mål: 6 Rent vatten och sanitet för alla',
    );
    expect(mail.text).toContain('(från Malmö stad)');
    expect(mail.html).toContain('href="https://suite.example.org/v1/challenges/c-1"');
    expect(mail.html).toContain('<html lang="sv">');
  });

  it('writes English digests with the count in the subject', () => {
    const mail = renderRecommendationEmail({
      clock: writtenAt,
      locale: 'en',
      recipientName: 'Sam',
      digest: 'weekly',
      items: [item, { ...item, challengeId: 'c-2', sharedTerms: [], sharedSdgs: [] }],
      ...links,
    });
    expect(mail.subject).toBe('Your weekly digest: 2 new challenges');
    expect(mail.text).toContain('Why: it matches your profile');
    expect(mail.text).toContain('SDGs: 6 Clean water and sanitation');
  });

  it('escapes markup in user text in HTML and keeps it intact in plain text', () => {
    const title = '<script>alert("x")</script><b>Water</b> & "air"';
    const mail = renderRecommendationEmail({
      clock: writtenAt,
      locale: 'en',
      recipientName: '<img src=x onerror=alert(1)>',
      items: [{ ...item, title, organisationName: 'A&B <i>Org</i>' }],
      ...links,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;Water&lt;/b&gt; &amp; &quot;air&quot;',
    );
    expect(mail.html).toContain('A&amp;B &lt;i&gt;Org&lt;/i&gt;');
    expect(mail.text).toContain(title);
  });

  describe('deadlines', () => {
    const clock = { now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/Stockholm' };
    // Midnight in Stockholm, and an afternoon: the date alone, then date and time.
    const withDeadline = { ...item, deadline: new Date('2027-01-14T23:00:00Z') };
    const withTime = { ...item, challengeId: 'c-2', deadline: new Date('2027-06-30T15:00:00Z') };
    const without = { ...item, challengeId: 'c-3', title: 'Utan deadline', deadline: null };

    it('says by when to answer each challenge, in Swedish, in both parts', () => {
      const mail = renderRecommendationEmail({
        locale: 'sv',
        recipientName: 'Alva',
        items: [withDeadline, withTime],
        clock,
        ...links,
      });
      expect(mail.text).toContain('* Rent vatten i skolan (från Malmö stad)\n  Sista dag: 14 januari 2027\n');
      expect(mail.text).toContain('  Sista dag: 30 juni 2027 kl. 17:00\n');
      expect(mail.html).toContain('>Sista dag: 14 januari 2027</div>');
      expect(mail.html).toContain('>Sista dag: 30 juni 2027 kl. 17:00</div>');
    });

    it('says it in English, and nothing for a challenge without a deadline', () => {
      const mail = renderRecommendationEmail({
        locale: 'en',
        recipientName: 'Sam',
        items: [without, withDeadline],
        clock,
        ...links,
      });
      expect(mail.text).toContain('Deadline: 14 January 2027');
      expect(mail.html).toContain('>Deadline: 14 January 2027</div>');
      expect(mail.text.match(/Deadline/g)).toHaveLength(1);
      expect(mail.html.match(/Deadline/g)).toHaveLength(1);
      // The challenge without one goes straight from its title to why.
      expect(mail.text).toContain('* Utan deadline (from Malmö stad)\n  Why:');
    });

    it('says plainly when a deadline has passed', () => {
      const late = { ...clock, now: new Date('2027-01-20T10:00:00Z') };
      const sv = renderRecommendationEmail({
        locale: 'sv',
        recipientName: 'Alva',
        items: [withDeadline],
        clock: late,
        ...links,
      });
      expect(sv.text).toContain('  Sista dag har passerat\n');
      expect(sv.html).toContain('>Sista dag har passerat</div>');
      const en = renderRecommendationEmail({
        locale: 'en',
        recipientName: 'Sam',
        items: [withDeadline],
        clock: late,
        ...links,
      });
      expect(en.text).toContain('  The deadline has passed\n');
      expect(en.html).toContain('>The deadline has passed</div>');
      expect(en.text).not.toContain('14 January');
    });
  });

  it('never puts a non-http link into an href', () => {
    const mail = renderRecommendationEmail({
      clock: writtenAt,
      locale: 'en',
      recipientName: 'Sam',
      items: [{ ...item, link: 'javascript:alert(1)' }],
      ...links,
    });
    expect(mail.html).not.toContain('javascript:');
  });
});

describe('renderShortlistEmail', () => {
  const entry = {
    rank: 1,
    ideaTitle: 'Vattenkiosk',
    group: 'woman' as const,
    score: 0.873,
    sharedTerms: ['vatten'],
    sharedSdgs: [6],
  };

  it('lists the top entries with scores, why and the balance per group', () => {
    const args = {
      locale: 'sv' as const,
      challengeTitle: 'Rent vatten',
      relaxed: true,
      entries: [entry, { ...entry, rank: 2, group: 'man' as const, score: 0.5, ideaTitle: 'Filter' }],
      total: 12,
      balance: { pool: { woman: 3, man: 20 }, list: { woman: 3, man: 9 } },
      link: 'https://suite.example.org/v1/challenges/c-1/shortlist',
    };
    const mail = renderShortlistEmail(args);
    expect(mail.subject).toBe('Kortlistan är klar: Rent vatten');
    expect(renderShortlistEmail({ ...args, update: true }).subject).toBe(
      'Kortlistan är uppdaterad: Rent vatten',
    );
    expect(mail.text).toContain('1. Vattenkiosk - Kvinna - poäng 0,87');
    expect(mail.text).toContain('Kvinnor: 3 i urvalet, 3 på listan');
    expect(mail.text).toContain('Män: 20 i urvalet, 9 på listan');
    expect(mail.text).toContain('(avslappnad)');
    expect(mail.text).toContain('och 10 till');
  });

  it('escapes an idea title and says when the list is fully balanced', () => {
    const mail = renderShortlistEmail({
      locale: 'en',
      challengeTitle: '<b>Water</b>',
      relaxed: false,
      entries: [{ ...entry, ideaTitle: '<script>x</script>' }],
      total: 1,
      balance: undefined,
      link: 'https://suite.example.org/x',
    });
    expect(mail.html).not.toContain('<script>x');
    expect(mail.html).not.toContain('<b>Water');
    expect(mail.text).toContain('The list meets the balance policy');
  });
});
