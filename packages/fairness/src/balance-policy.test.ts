import { describe, expect, it } from 'vitest';
import { balancePolicySchema, defaultBalancePolicy, parseBalancePolicy } from './balance-policy';
import { FairnessValidationError } from './fairness-validation-error';

function issuesOf(input: unknown) {
  try {
    parseBalancePolicy(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FairnessValidationError);
    expect((error as FairnessValidationError).code).toBe('FAIRNESS_VALIDATION_FAILED');
    return (error as FairnessValidationError).issues;
  }
  throw new Error('expected a validation error');
}

describe('balance policy', () => {
  it('defaults to relax mode and women and men each at least 40 %', () => {
    expect(defaultBalancePolicy(10)).toEqual({
      k: 10,
      mode: 'relax',
      groups: { woman: { min: 0.4 }, man: { min: 0.4 } },
    });
  });

  it('treats groups left out of an explicit policy as unbounded', () => {
    expect(parseBalancePolicy({ k: 5, groups: { non_binary: { max: 0.2 } } }).groups).toEqual({
      non_binary: { max: 0.2 },
    });
    expect(parseBalancePolicy({ k: 5, groups: {} }).groups).toEqual({});
  });

  it.each([0, 201, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '10'])('rejects k = %s', (k) => {
    expect(issuesOf({ k })).toEqual([{ path: 'k', message: 'k must be an integer from 1 to 200' }]);
  });

  it('accepts k at both ends of 1..200', () => {
    expect(parseBalancePolicy({ k: 1 }).k).toBe(1);
    expect(parseBalancePolicy({ k: 200 }).k).toBe(200);
  });

  it.each([
    ['min', -0.1],
    ['min', 1.2],
    ['max', 1.5],
    ['max', -1],
    ['min', Number.NaN],
  ])('rejects a %s share of %s', (bound, share) => {
    const issues = issuesOf({ k: 5, groups: { woman: { [bound]: share } } });
    expect(issues).toContainEqual({
      path: `groups.woman.${bound}`,
      message: 'must be a share between 0 and 1',
    });
  });

  it('rejects a minimum above the maximum', () => {
    expect(issuesOf({ k: 5, groups: { man: { min: 0.6, max: 0.5 } } })).toEqual([
      { path: 'groups.man.min', message: 'min must not exceed max' },
    ]);
  });

  it('rejects minimums summing past 1 but tolerates decimal rounding at exactly 1', () => {
    expect(issuesOf({ k: 5, groups: { woman: { min: 0.6 }, man: { min: 0.5 } } })).toEqual([
      { path: 'groups', message: 'minimum shares sum to 1.1, past 1' },
    ]);
    const exact = {
      woman: { min: 0.1 },
      man: { min: 0.2 },
      non_binary: { min: 0.3 },
      undisclosed: { min: 0.4 },
    };
    expect(balancePolicySchema.safeParse({ k: 5, groups: exact }).success).toBe(true);
  });

  it('rejects caps on every group that leave positions nobody may fill', () => {
    const groups = {
      woman: { max: 0.3 },
      man: { max: 0.3 },
      non_binary: { max: 0.2 },
      undisclosed: { max: 0.1 },
    };
    expect(issuesOf({ k: 5, groups })[0]?.path).toBe('groups');
  });

  it('rejects unknown groups and unknown fields, naming each one', () => {
    expect(issuesOf({ k: 5, groups: { women: { min: 0.4 }, other: {} } })).toEqual([
      { path: 'groups.women', message: 'unknown group; expected one of woman, man, non_binary, undisclosed' },
      { path: 'groups.other', message: 'unknown group; expected one of woman, man, non_binary, undisclosed' },
    ]);
    expect(issuesOf({ k: 5, mdoe: 'strict' })).toEqual([{ path: 'mdoe', message: 'unknown field' }]);
    expect(issuesOf({ k: 5, groups: { woman: { minimum: 0.4 } } })).toEqual([
      { path: 'groups.woman.minimum', message: 'unknown field' },
    ]);
  });

  it('rejects an unknown mode', () => {
    expect(issuesOf({ k: 5, mode: 'lenient' })[0]?.path).toBe('mode');
  });
});
