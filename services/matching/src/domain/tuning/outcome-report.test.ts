import { describe, expect, it } from 'vitest';
import {
  type DecisionChange,
  outcomeEvents,
  type ShownAppearance,
  summariseByChallenge,
  summariseByMonth,
  summariseStages,
} from './outcome-report';

const shown = (innovatorId: string, group: ShownAppearance['group'], at: string, challengeId = 'c1') => ({
  challengeId,
  innovatorId,
  group,
  shownAt: new Date(at),
});
const decided = (
  innovatorId: string,
  stage: DecisionChange['stage'],
  group: DecisionChange['group'],
  at: string,
  challengeId = 'c1',
): DecisionChange => ({ challengeId, innovatorId, stage, group, decidedAt: new Date(at) });

describe('outcome report', () => {
  it('shows where balance is lost from listed to invited to accepted', () => {
    const events = outcomeEvents(
      [
        shown('w1', 'woman', '2026-03-01T10:00:00Z'),
        shown('w2', 'woman', '2026-03-01T10:00:00Z'),
        shown('m1', 'man', '2026-03-01T10:00:00Z'),
        shown('m2', 'man', '2026-03-01T10:00:00Z'),
        // shown again in a later list: still listed once
        shown('m1', 'man', '2026-03-05T10:00:00Z'),
      ],
      [
        decided('w1', 'invited', 'woman', '2026-03-02T10:00:00Z'),
        decided('m1', 'invited', 'man', '2026-03-02T10:00:00Z'),
        decided('m2', 'accepted', 'man', '2026-03-03T10:00:00Z'),
        decided('m1', 'accepted', 'man', '2026-03-04T10:00:00Z'),
        decided('w1', 'declined', 'woman', '2026-03-04T10:00:00Z'),
      ],
    );
    const stages = Object.fromEntries(summariseStages(events).map((s) => [s.stage, s]));
    expect(stages.listed).toMatchObject({
      total: 4,
      counts: { woman: 2, man: 2 },
      shares: { woman: 0.5, man: 0.5 },
    });
    // m2 went straight to accepted: invited is implied
    expect(stages.invited).toMatchObject({ total: 3, counts: { woman: 1, man: 2 } });
    expect(stages.invited?.shares.woman).toBeCloseTo(1 / 3);
    expect(stages.accepted).toMatchObject({
      total: 2,
      counts: { woman: 0, man: 2 },
      shares: { woman: 0, man: 1 },
    });
    expect(stages.in_test_environment).toMatchObject({ total: 0, shares: { woman: 0, man: 0 } });
    expect(stages.declined).toMatchObject({ total: 1, counts: { woman: 1 } });
  });

  it('dates each stage when first reached and splits by month and by challenge', () => {
    const events = outcomeEvents(
      [shown('a', 'non_binary', '2026-01-31T23:00:00Z'), shown('b', 'woman', '2026-02-01T00:00:00Z', 'c2')],
      [
        decided('a', 'invited', 'non_binary', '2026-02-02T00:00:00Z'),
        decided('a', 'invited', 'non_binary', '2026-03-02T00:00:00Z'),
      ],
    );
    const months = summariseByMonth(events);
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    const feb = Object.fromEntries(months[1]!.stages.map((s) => [s.stage, s.total]));
    expect(feb).toMatchObject({ listed: 1, invited: 1 });
    const challenges = summariseByChallenge(events);
    expect(challenges.map((c) => c.challengeId)).toEqual(['c1', 'c2']);
    expect(challenges[1]!.stages[0]).toMatchObject({ stage: 'listed', total: 1, counts: { woman: 1 } });
  });

  it('reports every stage at zero when nothing happened', () => {
    const stages = summariseStages([]);
    expect(stages.map((s) => s.stage)).toEqual([
      'listed',
      'invited',
      'accepted',
      'in_test_environment',
      'declined',
    ]);
    expect(stages.every((s) => s.total === 0)).toBe(true);
  });
});
