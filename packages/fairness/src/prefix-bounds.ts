import { type BalancePolicy, SHARE_EPSILON } from './balance-policy';
import { GENDER_GROUPS } from './gender-groups';

/** Per-prefix count bounds of every group for a list of length `n`. */
export interface PrefixBounds {
  n: number;
  /** `lo[g][i]`: least count of group g among the first i positions (0 when unbounded). */
  lo: readonly Int32Array[];
  /** `hi[g][i]`: largest count of group g among the first i positions (i when unbounded). */
  hi: readonly Int32Array[];
  hasMin: readonly boolean[];
  hasMax: readonly boolean[];
}

/**
 * floor(min * i) and ceil(max * i), with the products nudged by SHARE_EPSILON first: 0.7 * 10 is
 * 7.000000000000001 in binary floating point, and its ceiling must still be 7.
 */
export function prefixBounds(policy: BalancePolicy, n: number): PrefixBounds {
  const lo: Int32Array[] = [];
  const hi: Int32Array[] = [];
  const hasMin: boolean[] = [];
  const hasMax: boolean[] = [];
  for (const group of GENDER_GROUPS) {
    const bound = policy.groups[group];
    const min = bound?.min;
    const max = bound?.max;
    const l = new Int32Array(n + 1);
    const h = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) {
      l[i] = min === undefined ? 0 : Math.max(0, Math.floor(min * i + SHARE_EPSILON));
      h[i] = max === undefined ? i : Math.min(i, Math.ceil(max * i - SHARE_EPSILON));
    }
    lo.push(l);
    hi.push(h);
    hasMin.push(min !== undefined);
    hasMax.push(max !== undefined);
  }
  return { n, lo, hi, hasMin, hasMax };
}

/**
 * Whether group g's bounds can ever bite in a list of length n when at most `available` of its
 * members exist. Groups whose bounds cannot bite are merged into one unconstrained pseudo-group.
 */
export function boundCanBite(bounds: PrefixBounds, g: number, available: number): boolean {
  const lo = bounds.lo[g]!;
  const hi = bounds.hi[g]!;
  if (lo[bounds.n]! > 0) return true;
  for (let i = 1; i <= bounds.n; i++) if (Math.min(available, i) > hi[i]!) return true;
  return false;
}
