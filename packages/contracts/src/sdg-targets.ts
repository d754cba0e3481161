import { distinctList, sdgTargetSchema } from './common';

/**
 * How many targets each goal has, as the 2030 Agenda (A/RES/70/1) numbers them and the UN global
 * indicator framework (A/RES/71/313, annex) lists them: outcome targets numbered from 1, then
 * means-of-implementation targets lettered from a. 169 in all; goal 17 has numbered ones only.
 * The test compares the list with the UN texts in ../shared/data/sdg when they are there.
 */
const targetsPerGoal: readonly (readonly [numbered: number, lettered: number])[] = [
  [5, 2], // 1: 1.1-1.5, 1.a-1.b
  [5, 3], // 2: 2.1-2.5, 2.a-2.c
  [9, 4], // 3: 3.1-3.9, 3.a-3.d
  [7, 3], // 4: 4.1-4.7, 4.a-4.c
  [6, 3], // 5: 5.1-5.6, 5.a-5.c
  [6, 2], // 6: 6.1-6.6, 6.a-6.b
  [3, 2], // 7: 7.1-7.3, 7.a-7.b
  [10, 2], // 8: 8.1-8.10, 8.a-8.b
  [5, 3], // 9: 9.1-9.5, 9.a-9.c
  [7, 3], // 10: 10.1-10.7, 10.a-10.c
  [7, 3], // 11: 11.1-11.7, 11.a-11.c
  [8, 3], // 12: 12.1-12.8, 12.a-12.c
  [3, 2], // 13: 13.1-13.3, 13.a-13.b
  [7, 3], // 14: 14.1-14.7, 14.a-14.c
  [9, 3], // 15: 15.1-15.9, 15.a-15.c
  [10, 2], // 16: 16.1-16.10, 16.a-16.b
  [19, 0], // 17: 17.1-17.19
];

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** The ids of a goal's targets, in the UN's order: `3.1` ... `3.9`, `3.a` ... `3.d`. */
const targetsOf = (goal: number, [numbered, lettered]: readonly [number, number]) => [
  ...Array.from({ length: numbered }, (_, i) => `${goal}.${i + 1}`),
  ...Array.from({ length: lettered }, (_, i) => `${goal}.${letters[i]}`),
];

/** Every SDG target id (169), goal by goal in the UN's order. */
export const sdgTargetIds: readonly string[] = targetsPerGoal.flatMap((counts, i) =>
  targetsOf(i + 1, counts),
);

const known = new Set(sdgTargetIds);

/** Whether `id` names one of the 169 targets (`5.5`, `16.b`), not just looks like one (`3.99`). */
export const isSdgTargetId = (id: string) => known.has(id);

/** Where a goal's targets run, for messages: `3.1-3.9, 3.a-3.d`. */
function rangeOf(goal: number): string {
  const [numbered, lettered] = targetsPerGoal[goal - 1] ?? [0, 0];
  const parts = [`${goal}.1-${goal}.${numbered}`];
  if (lettered > 0) parts.push(`${goal}.a-${goal}.${letters[lettered - 1]}`);
  return parts.join(', ');
}

/**
 * A target the UN defines. Write doors use it; stored records and events keep `sdgTargetSchema`
 * (the form alone), so records written before targets were checked still read and still travel.
 */
export const sdgTargetIdSchema = sdgTargetSchema.refine(isSdgTargetId, {
  error: (issue) => {
    const goal = Number(String(issue.input).split('.')[0]);
    return `no such SDG target: goal ${goal} has targets ${rangeOf(goal)}`;
  },
});

/** The targets of a record being written: real ones only, each once. */
export const sdgTargetIdListSchema = distinctList(sdgTargetIdSchema, sdgTargetIds.length);
