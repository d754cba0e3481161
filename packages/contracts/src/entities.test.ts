import { describe, expect, it } from 'vitest';
import { idSchema } from './common';
import { challengeSchema, ideaSchema, innovatorSchema, organisationSchema } from './entities';
import { eventSchemas } from './events';

describe('entity schemas', () => {
  it('accepts SDG goals 1-17 and target codes such as 5.5 and 16.b', () => {
    const idea = ideaSchema.parse({
      id: 'idea-1',
      innovatorId: 'inn-1',
      title: 'Cykelkök',
      description: 'Mobila kök för unga',
      sdgs: [2, 17],
      sdgTargets: ['5.5', '16.b', '17.17'],
    });
    expect(idea.stage).toBe('idea');
  });

  it('rejects goal 18 and malformed target codes with field paths', () => {
    const res = ideaSchema.safeParse({
      id: 'idea-1',
      innovatorId: 'inn-1',
      title: 't',
      description: 'd',
      sdgs: [18],
      sdgTargets: ['5.55x', '18.1'],
    });
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'sdgs.0',
      'sdgTargets.0',
      'sdgTargets.1',
    ]);
  });

  it('defaults gender to undisclosed and refuses values outside the four', () => {
    const base = { id: 'inn-1', name: 'Sam', email: 'sam@example.org' };
    expect(innovatorSchema.parse(base).gender).toBe('undisclosed');
    expect(innovatorSchema.safeParse({ ...base, gender: 'female' }).success).toBe(false);
  });

  it('limits description length', () => {
    const res = challengeSchema.safeParse({
      id: 'c-1',
      organisationId: 'org-1',
      title: 'Ensamhet bland äldre',
      description: 'x'.repeat(20_001),
      locale: 'sv',
    });
    expect(res.success).toBe(false);
  });

  it('requires eventId, version and occurredAt on every event', () => {
    const res = eventSchemas['idea.deleted'].safeParse({ ideaId: 'i', innovatorId: 'n' });
    expect(res.error?.issues.map((i) => i.path[0]).sort()).toEqual(['eventId', 'occurredAt', 'version']);
  });
});

describe('text, lists and addresses people send', () => {
  const organisation = { id: 'org-1', name: 'Malmö stad', kind: 'municipality' };
  const messagesAt = (res: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    res.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

  it('refuses names and titles made only of whitespace or invisible characters as blank', () => {
    for (const name of ['   ', '\t\n', '\u200b\u200c\u200d', '\u00a0\u2060\ufeff']) {
      expect(messagesAt(organisationSchema.safeParse({ ...organisation, name }))).toEqual([
        'name: must not be blank',
      ]);
    }
    const idea = { id: 'i-1', innovatorId: 'inn-1', title: ' \u200b ', description: 'Text' };
    expect(messagesAt(ideaSchema.safeParse(idea))).toEqual(['title: must not be blank']);
    expect(organisationSchema.safeParse({ ...organisation, name: ' Lund ' }).success).toBe(true);
  });

  it('refuses text with an unpaired UTF-16 surrogate, which Postgres cannot store, and keeps emoji', () => {
    expect(messagesAt(organisationSchema.safeParse({ ...organisation, name: 'bad \ud800 x' }))).toEqual([
      'name: must not contain unpaired surrogate characters',
    ]);
    expect(organisationSchema.safeParse({ ...organisation, name: 'bad \udc00' }).success).toBe(false);
    expect(organisationSchema.parse({ ...organisation, name: 'Cykelkök 🚲' }).name).toBe('Cykelkök 🚲');
  });

  it('keeps each SDG goal and target once, in the order first given', () => {
    const idea = ideaSchema.parse({
      id: 'i-1',
      innovatorId: 'inn-1',
      title: 'T',
      description: 'D',
      sdgs: [5, 5, 3, 5],
      sdgTargets: ['5.5', '5.5', '3.4'],
    });
    expect(idea).toMatchObject({ sdgs: [5, 3], sdgTargets: ['5.5', '3.4'] });
    const many = challengeSchema.parse({
      id: 'c-1',
      organisationId: 'org-1',
      title: 'T',
      description: 'D',
      locale: 'sv',
      sdgs: Array.from({ length: 30 }, () => 5),
    });
    expect(many.sdgs).toEqual([5]);
  });

  it('refuses an email address whose local part is longer than 64 characters', () => {
    const person = { id: 'inn-1', name: 'Sam' };
    expect(innovatorSchema.safeParse({ ...person, email: `${'a'.repeat(64)}@example.org` }).success).toBe(
      true,
    );
    expect(
      messagesAt(innovatorSchema.safeParse({ ...person, email: `${'a'.repeat(65)}@example.org` })),
    ).toEqual(['email: the part before @ must be at most 64 characters']);
  });

  it('refuses the ids . and .., which name no record in a path', () => {
    for (const id of ['.', '..']) expect(idSchema.safeParse(id).success).toBe(false);
    for (const id of ['...', '.x', 'a.b', 'x..']) expect(idSchema.safeParse(id).success).toBe(true);
  });
});
