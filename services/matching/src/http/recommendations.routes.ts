import { idSchema, recommendationsSchema } from '@suite/contracts';
import { defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import type { InnovatorFacts, MatchIndex } from '../domain/match-index';
import type { RecommendationService } from '../recommendations';
import { listLength } from './shortlist.routes';

export function recommendationRoutes(deps: {
  index: MatchIndex;
  recommendations: RecommendationService;
}): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/innovators/{id}/recommendations',
      summary: "Open challenges ranked for the innovator's ideas, explained, above the minimum score",
      tags: ['matching'],
      auth: ['admin', 'innovator'],
      params: z.object({ id: idSchema }),
      query: z.object({ k: listLength(10) }),
      access: {
        load: async ({ params }): Promise<InnovatorFacts | undefined> => deps.index.innovator(params.id),
        owner: (innovator) => ({ innovatorId: innovator.id }),
      },
      responses: {
        200: { description: 'Recommended challenges, best first', schema: recommendationsSchema },
        404: { description: 'No such innovator' },
      },
      // Served as checked, serialised JSON, once per content (see `currentJson`).
      handler: async ({ resource, query }) => ({
        status: 200,
        content: await deps.recommendations.currentJson({ innovatorId: resource.id, k: query.k }),
        contentType: 'application/json',
      }),
    }),
  ];
}
