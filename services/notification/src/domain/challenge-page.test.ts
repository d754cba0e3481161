import { describe, expect, it } from 'vitest';
import { challengeGonePage, challengeMissingPage } from './challenge-page';

describe('challenge notices', () => {
  it('speak the reader language when known, else Swedish and then English', () => {
    expect(challengeGonePage('en')).toContain('<title>This challenge is closed</title>');
    expect(challengeGonePage('en')).not.toContain('stängd');
    const both = challengeMissingPage(undefined);
    expect(both).toContain('<title>Utmaningen hittades inte / Challenge not found</title>');
    expect(both).toContain('<p lang="en">This challenge does not exist or is not published.</p>');
  });
});
