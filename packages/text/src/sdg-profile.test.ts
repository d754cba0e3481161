import { describe, expect, it } from 'vitest';
import { CHOSEN_GOAL_STRENGTH, withChosenGoals } from './sdg-profile';

describe('withChosenGoals', () => {
  it('raises chosen goals to full strength and keeps stronger inferred ones', () => {
    const inferred = new Array(17).fill(0);
    inferred[5] = 0.4;
    inferred[13] = 0.9;
    const profile = withChosenGoals(inferred, [6, 3]);
    expect(profile).toHaveLength(17);
    expect(profile[5]).toBe(CHOSEN_GOAL_STRENGTH);
    expect(profile[2]).toBe(CHOSEN_GOAL_STRENGTH);
    expect(profile[13]).toBeCloseTo(0.9);
    expect(inferred[5]).toBe(0.4);
  });

  it('ignores goals outside 1-17 and returns the inferred profile when none are chosen', () => {
    const inferred = Float32Array.from({ length: 17 }, (_, g) => g / 20);
    expect(withChosenGoals(inferred, [0, 18, 2.5])).toEqual(Array.from(inferred));
    expect(withChosenGoals(inferred, [])).toEqual(Array.from(inferred));
  });
});
