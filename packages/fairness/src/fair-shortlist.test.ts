import { describe, expect, it } from 'vitest';
import { parseBalancePolicy } from './balance-policy';
import type { Candidate } from './candidate';
import { fairShortlist, type ShortlistFound } from './fair-shortlist';
import { FairnessValidationError } from './fairness-validation-error';
import { GENDER_GROUPS, type GenderGroup } from './gender-groups';

const c = (id: string, score: number, group: GenderGroup): Candidate => ({ id, score, group });
const men = [c('m1', 0.95, 'man'), c('m2', 0.9, 'man'), c('m3', 0.85, 'man'), c('m4', 0.8, 'man')];
const women = [c('w1', 0.5, 'woman'), c('w2', 0.4, 'woman')];

function listOf(result: ReturnType<typeof fairShortlist>): ShortlistFound {
  if (!result.feasible) throw new Error(`expected a list, got ${JSON.stringify(result)}`);
  return result;
}

describe('fairShortlist', () => {
  it('moves women up just far enough to meet the default 40 % minimum at every prefix', () => {
    const result = listOf(fairShortlist([...men, ...women], parseBalancePolicy({ k: 5 })));
    // floor(0.4 i): one woman by position 3, two by position 5.
    expect(result.shortlist).toEqual(['m1', 'm2', 'w1', 'm3', 'w2']);
    expect(result.relaxed).toBe(false);
    expect(result.violations).toEqual([]);
    expect(result.report.binding).toEqual([{ group: 'woman', bound: 'min' }]);
    expect(result.report.infeasiblePrefixes).toEqual({ unconstrained: [3, 4, 5], shortlist: [] });
    expect(result.report.ndcg).toBeLessThan(1);
    expect(result.report.ndcgLoss).toBeCloseTo(1 - result.report.ndcg, 15);
  });

  it('returns the plain score order when no bound binds', () => {
    const pool = [c('a', 0.9, 'woman'), c('b', 0.8, 'man'), c('c', 0.7, 'woman'), c('d', 0.6, 'man')];
    const result = listOf(fairShortlist(pool, parseBalancePolicy({ k: 4 })));
    expect(result.shortlist).toEqual(['a', 'b', 'c', 'd']);
    expect(result.report).toMatchObject({ binding: [], ndcg: 1, ndcgLoss: 0, totalViolation: 0 });
  });

  it('breaks score ties by id, across groups too', () => {
    const pool = [c('d', 0.5, 'man'), c('b', 0.5, 'woman'), c('c', 0.5, 'non_binary'), c('a', 0.5, 'man')];
    expect(listOf(fairShortlist(pool, parseBalancePolicy({ k: 4, groups: {} }))).shortlist).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    // A bound forcing a woman into the first two positions still leaves the rest in id order.
    const bounded = parseBalancePolicy({ k: 4, groups: { woman: { min: 0.5 } } });
    expect(listOf(fairShortlist(pool, bounded)).shortlist).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives a list of min(k, pool) candidates, and an empty one for an empty pool', () => {
    expect(
      listOf(fairShortlist(men.slice(0, 2), parseBalancePolicy({ k: 10, groups: {} }))).shortlist,
    ).toEqual(['m1', 'm2']);
    const empty = listOf(fairShortlist([], parseBalancePolicy({ k: 10, mode: 'strict' })));
    expect(empty.shortlist).toEqual([]);
    expect(empty.report).toMatchObject({ length: 0, poolSize: 0, ndcg: 1 });
  });

  it('in strict mode returns no list and the missing candidates per group', () => {
    const result = fairShortlist([...men, women[0]!], parseBalancePolicy({ k: 5, mode: 'strict' }));
    expect(result).toEqual({ feasible: false, shortfall: { woman: 1 } });
  });

  it('in strict mode counts what unbounded groups lack together, or per group when only one is unbounded', () => {
    const capped = parseBalancePolicy({ k: 4, mode: 'strict', groups: { man: { max: 0.5 } } });
    expect(fairShortlist(men, capped)).toEqual({ feasible: false, shortfall: { unbounded: 2 } });
    const onlyUndisclosedFree = parseBalancePolicy({
      k: 4,
      mode: 'strict',
      groups: { man: { max: 0.5 }, woman: { max: 0 }, non_binary: { max: 0 } },
    });
    expect(fairShortlist(men, onlyUndisclosedFree)).toEqual({
      feasible: false,
      shortfall: { undisclosed: 2 },
    });
  });

  it('in relax mode returns the least-violating list, flagged, with every violation listed', () => {
    const result = listOf(fairShortlist([...men, women[0]!], parseBalancePolicy({ k: 5 })));
    expect(result.relaxed).toBe(true);
    expect(result.shortlist).toEqual(['m1', 'm2', 'w1', 'm3', 'm4']);
    expect(result.violations).toEqual([
      { prefix: 5, group: 'woman', bound: 'min', limit: 2, count: 1, amount: 1 },
    ]);
    expect(result.report.totalViolation).toBe(1);
    expect(result.report.infeasiblePrefixes.shortlist).toEqual([5]);
  });

  it('reads 70 % of 10 as 7, not 8, despite binary rounding', () => {
    const tenMen = Array.from({ length: 10 }, (_, i) => c(`m${i}`, 1 - i / 100, 'man'));
    const policy = parseBalancePolicy({ k: 10, mode: 'strict', groups: { man: { max: 0.7 } } });
    const result = listOf(fairShortlist([...tenMen, ...women, c('w3', 0.3, 'woman')], policy));
    expect(result.shortlist.filter((id) => id.startsWith('m'))).toHaveLength(7);
    expect(fairShortlist([...tenMen, ...women], policy)).toEqual({
      feasible: false,
      shortfall: { unbounded: 1 },
    });
  });

  it('reports pool and list counts, and skew as share in list over share in pool', () => {
    const pool = [...men, ...women];
    const result = listOf(fairShortlist(pool, parseBalancePolicy({ k: 3 })));
    expect(result.shortlist).toEqual(['m1', 'm2', 'w1']);
    expect(result.report.groups.woman).toEqual({ pool: 2, list: 1, skew: 1 / 3 / (2 / 6) });
    expect(result.report.groups.man).toEqual({ pool: 4, list: 2, skew: 2 / 3 / (4 / 6) });
    expect(result.report.groups.non_binary).toEqual({ pool: 0, list: 0, skew: null });
    expect(result.report).toMatchObject({ k: 3, length: 3, poolSize: 6 });
  });

  it('refuses candidates a caller forgot to validate instead of ranking them', () => {
    const policy = parseBalancePolicy({ k: 3 });
    const expectIssue = (pool: Candidate[], path: string) => {
      try {
        fairShortlist(pool, policy);
      } catch (error) {
        expect(error).toBeInstanceOf(FairnessValidationError);
        expect((error as FairnessValidationError).issues.map((i) => i.path)).toContain(path);
        return;
      }
      throw new Error('expected a validation error');
    };
    expectIssue([...men, c('x', Number.NaN, 'woman')], 'candidates.4.score');
    expectIssue([...men, c('x', -1, 'woman')], 'candidates.4.score');
    expectIssue([...men, { id: 'x', score: 1, group: 'female' as GenderGroup }], 'candidates.4.group');
    expectIssue([...men, c('m1', 0.99, 'woman')], 'candidates.4.id');
  });

  it('stays exact and within bounds for k = 200 with all four groups bounded', () => {
    const pool: Candidate[] = [];
    for (let i = 0; i < 5000; i++) {
      const group = GENDER_GROUPS[i % 7 < 3 ? 0 : i % 7 < 6 ? 1 : (i >> 3) % 2 === 0 ? 2 : 3]!;
      pool.push(c(`c${i}`, ((i * 7919) % 1000) / 1000 + (group === 'man' ? 0.3 : 0), group));
    }
    const policy = parseBalancePolicy({
      k: 200,
      mode: 'strict',
      groups: {
        woman: { min: 0.4 },
        man: { min: 0.4, max: 0.6 },
        non_binary: { max: 0.2 },
        undisclosed: { max: 0.2 },
      },
    });
    const result = listOf(fairShortlist(pool, policy));
    expect(result.shortlist).toHaveLength(200);
    expect(new Set(result.shortlist).size).toBe(200);
    expect(result.report.infeasiblePrefixes.shortlist).toEqual([]);
    expect(result.report.binding).toContainEqual({ group: 'woman', bound: 'min' });
  });
});
