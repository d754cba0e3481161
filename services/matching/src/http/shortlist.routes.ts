import { idSchema, shortlistSchema } from '@suite/contracts';
import { appError, defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import type { ChallengeFacts, MatchIndex } from '../domain/match-index';
import type { ShortlistService } from '../shortlists';

const kQuery = z.object({
  k: z.coerce
    .number({ error: 'k must be an integer from 1 to 200' })
    .int({ error: 'k must be an integer from 1 to 200' })
    .min(1, { error: 'k must be an integer from 1 to 200' })
    .max(200, { error: 'k must be an integer from 1 to 200' })
    .default(20),
});

export function shortlistRoutes(deps: { index: MatchIndex; shortlists: ShortlistService }): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/challenges/{id}/shortlist',
      summary: "A challenge's ranked, explained, gender-balanced shortlist (one entry per innovator)",
      tags: ['matching'],
      auth: ['admin', 'need_owner', 'service'],
      params: z.object({ id: idSchema }),
      query: kQuery,
      access: {
        load: async ({ params }): Promise<ChallengeFacts | undefined> => deps.index.challenge(params.id),
        owner: (challenge) => ({ organisationId: challenge.organisationId }),
      },
      responses: {
        200: { description: 'The shortlist under the current matching config', schema: shortlistSchema },
        404: { description: 'No such challenge' },
        409: { description: 'The challenge is a draft or closed (CHALLENGE_NOT_OPEN)' },
      },
      handler: async ({ resource, query }) => {
        if (resource.status !== 'open') {
          throw appError(
            'CHALLENGE_NOT_OPEN',
            `challenge ${resource.id} is ${resource.status}: shortlists are made for open challenges only`,
          );
        }
        // Served from the cache as checked, serialised JSON (see `currentJson`).
        const json = await deps.shortlists.currentJson({ challengeId: resource.id, k: query.k });
        return { status: 200, content: json, contentType: 'application/json' };
      },
    }),
  ];
}

export { kQuery };
