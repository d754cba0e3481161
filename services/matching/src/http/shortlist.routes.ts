import { idSchema, shortlistSchema } from '@suite/contracts';
import { appError, defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import type { ChallengeFacts, MatchIndex } from '../domain/match-index';
import type { ShortlistService } from '../shortlists';

const K_RANGE = 'k must be an integer from 1 to 200';

/**
 * A list length: plain decimal digits only - a coerced number would also take "2e1", "0x10" and
 * " 5" - then 1-200, with one message whatever is wrong.
 */
const givenLength = z
  .string()
  .regex(/^[0-9]{1,4}$/, { error: K_RANGE })
  .transform(Number)
  .pipe(z.number().int().min(1, { error: K_RANGE }).max(200, { error: K_RANGE }))
  .optional();

const listLength = (fallback: number) => givenLength.transform((k) => k ?? fallback);

/** Shortlist length when the request names none and the balance policy in force has no `k` either. */
const DEFAULT_SHORTLIST_K = 20;

const kQuery = z.object({ k: givenLength });

export function shortlistRoutes(deps: { index: MatchIndex; shortlists: ShortlistService }): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/challenges/{id}/shortlist',
      summary: "A challenge's ranked, explained, gender-balanced shortlist (one entry per innovator)",
      tags: ['matching'],
      auth: ['admin', 'need_owner'],
      params: z.object({ id: idSchema }),
      query: kQuery,
      access: {
        load: async ({ params }): Promise<ChallengeFacts | undefined> => deps.index.challenge(params.id),
        owner: (challenge) => ({ organisationId: challenge.organisationId }),
      },
      responses: {
        200: { description: 'The shortlist under the current matching config', schema: shortlistSchema },
        404: { description: 'No such challenge' },
        409: {
          description: 'The challenge is a draft (CHALLENGE_NOT_OPEN); a closed one keeps its shortlist',
        },
      },
      handler: async ({ resource, query, principal }) => {
        // The request's k, else the list length the challenge's own policy names, else 20.
        const k = query.k ?? resource.balancePolicy?.k ?? DEFAULT_SHORTLIST_K;
        // A closed call still has its shortlist: inviting and accepting people goes on after it
        // closes, and the owner records those decisions from this list. A draft has none yet.
        if (resource.status === 'draft') {
          throw appError(
            'CHALLENGE_NOT_OPEN',
            `challenge ${resource.id} is a draft: publish it to get a shortlist`,
          );
        }
        // Served from the cache as checked, serialised JSON (see `currentJson`).
        // An admin's look is not a listing in the recruitment funnel; the owner's is.
        const shownTo = principal?.role === 'need_owner' ? 'owner' : 'admin';
        const json = await deps.shortlists.currentJson({ challengeId: resource.id, k, shownTo });
        return { status: 200, content: json, contentType: 'application/json' };
      },
    }),
  ];
}

export { listLength };
