import type { Candidate } from './candidate';
import { FairnessValidationError } from './fairness-validation-error';
import { GENDER_GROUPS, genderGroupIndex } from './gender-groups';

/** The best `n` candidates of each group (best first) and how many each group has in the pool. */
export interface GroupTops {
  top: Candidate[][];
  poolCounts: Int32Array;
}

/** Score descending, then id ascending: the one order used for every ranking and tie. */
export function isBetter(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * One pass with a bounded heap per group instead of sorting the pool: with 100k candidates and
 * n = 50 almost every candidate is rejected by one comparison against the heap's worst member.
 * Scores and groups are re-checked on the way (nearly free here), ids of every candidate that
 * enters a heap, so that a caller that skipped the schema gets a validation error, not a wrong list.
 */
export function selectTopPerGroup(candidates: readonly Candidate[], n: number): GroupTops {
  const heaps: Candidate[][] = GENDER_GROUPS.map(() => []);
  const worstScore = new Float64Array(GENDER_GROUPS.length);
  const poolCounts = new Int32Array(GENDER_GROUPS.length);
  for (let index = 0; index < candidates.length; index++) {
    const c = candidates[index]!;
    const g = genderGroupIndex(c.group);
    const s = c.score;
    if (g < 0 || !(s >= 0) || s === Number.POSITIVE_INFINITY) {
      throw new FairnessValidationError(describeBadCandidate(c, index));
    }
    poolCounts[g]!++;
    const heap = heaps[g]!;
    if (heap.length < n) {
      if (typeof c.id !== 'string' || c.id === '')
        throw new FairnessValidationError(describeBadCandidate(c, index));
      heap.push(c);
      siftUp(heap, heap.length - 1);
      worstScore[g] = heap[0]!.score;
    } else if (n > 0 && s >= worstScore[g]! && isBetter(c, heap[0]!)) {
      if (typeof c.id !== 'string' || c.id === '')
        throw new FairnessValidationError(describeBadCandidate(c, index));
      heap[0] = c;
      siftDown(heap, 0);
      worstScore[g] = heap[0]!.score;
    }
  }
  for (const heap of heaps) heap.sort(compareCandidates);
  return { top: heaps, poolCounts };
}

function describeBadCandidate(c: Candidate, index: number) {
  const issues = [];
  if (typeof c.id !== 'string' || c.id === '') {
    issues.push({ path: `candidates.${index}.id`, message: 'id must be a non-empty string' });
  }
  if (!(c.score >= 0) || c.score === Number.POSITIVE_INFINITY) {
    issues.push({ path: `candidates.${index}.score`, message: 'score must be a finite number >= 0' });
  }
  if (genderGroupIndex(c.group) < 0) {
    issues.push({
      path: `candidates.${index}.group`,
      message: `group must be one of ${GENDER_GROUPS.join(', ')}`,
    });
  }
  return issues;
}

// Min-heap on quality: the root is the worst candidate kept so far.
function siftUp(heap: Candidate[], at: number): void {
  const item = heap[at]!;
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent]!;
    if (!isBetter(p, item)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = item;
}

function siftDown(heap: Candidate[], at: number): void {
  const item = heap[at]!;
  const size = heap.length;
  let i = at;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && isBetter(heap[child]!, heap[right]!)) child = right;
    const c = heap[child]!;
    if (!isBetter(item, c)) break;
    heap[i] = c;
    i = child;
  }
  heap[i] = item;
}
