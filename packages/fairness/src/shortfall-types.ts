import { GENDER_GROUPS, type GenderGroup } from './gender-groups';
import { boundCanBite, type PrefixBounds } from './prefix-bounds';

/**
 * Missing candidates per group: the smallest top-up of the pool (fewest candidates in total)
 * that lets a list of the same length satisfy every prefix bound. Groups the policy leaves
 * unconstrained are interchangeable for this purpose; when more than one exists, what they lack
 * together is reported under `unbounded`.
 */
export type Shortfall = Partial<Record<GenderGroup | 'unbounded', number>>;

/**
 * The pseudo-groups of the top-up problem: one per group whose bounds can bite, and one for all the
 * others together (interchangeable for a top-up), padded to four. Tracking is decided as if pools
 * were unlimited: a top-up may make a dormant bound bite.
 */
export function topUpMembers(bounds: PrefixBounds): { tracked: number[]; members: number[][] } {
  const tracked = GENDER_GROUPS.map((_, g) => g).filter((g) => boundCanBite(bounds, g, bounds.n));
  const free = GENDER_GROUPS.map((_, g) => g).filter((g) => !tracked.includes(g));
  const members: number[][] = tracked.map((g) => [g]);
  if (free.length > 0) members.push(free);
  while (members.length < 4) members.unshift([]);
  return { tracked, members };
}
