import { describe, expect, it } from 'vitest';
import { challengeSchema, ideaSchema, innovatorSchema } from './entities';
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
