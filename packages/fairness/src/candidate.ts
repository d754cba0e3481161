import { z } from 'zod';
import { GENDER_GROUPS } from './gender-groups';

/** One candidate for a shortlist: its id, match score (finite, >= 0) and self-declared group. */
export const candidateSchema = z.object({
  id: z.string({ error: 'id must be a non-empty string' }).min(1, { error: 'id must be a non-empty string' }),
  score: z
    .number({ error: 'score must be a finite number >= 0' })
    .min(0, { error: 'score must be a finite number >= 0' }),
  group: z.enum(GENDER_GROUPS, { error: `group must be one of ${GENDER_GROUPS.join(', ')}` }),
});

/** Candidates with unique ids. */
export const candidatesSchema = z.array(candidateSchema).superRefine((candidates, ctx) => {
  const firstSeen = new Map<string, number>();
  candidates.forEach((c, index) => {
    const first = firstSeen.get(c.id);
    if (first === undefined) firstSeen.set(c.id, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate id "${c.id}" (first at ${first})`,
      });
  });
});

export type Candidate = z.output<typeof candidateSchema>;
