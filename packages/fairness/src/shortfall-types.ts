import type { GenderGroup } from './gender-groups';

/**
 * Missing candidates per group: the smallest top-up of the pool (fewest candidates in total)
 * that lets a list of the same length satisfy every prefix bound. Groups the policy leaves
 * unconstrained are interchangeable for this purpose; when more than one exists, what they lack
 * together is reported under `unbounded`.
 */
export type Shortfall = Partial<Record<GenderGroup | 'unbounded', number>>;
