import { decisionRequestSchema, decisionSchema, idSchema } from '@suite/contracts';
import { appError, defineRoute, notFound, type Route } from '@suite/platform';
import { z } from 'zod';
import type { DecisionsRepository } from '../storage/decisions.repository';

export interface DecisionsDeps {
  decisions: Pick<DecisionsRepository, 'shortlistedGroup' | 'record'>;
  index: {
    challenge(id: string): { id: string; organisationId: string } | undefined;
    innovator(id: string): unknown;
  };
}

export function decisionsRoutes(deps: DecisionsDeps): Route[] {
  return [
    defineRoute({
      method: 'put',
      path: '/v1/challenges/{id}/decisions/{innovatorId}',
      summary:
        'Record what happened to a shortlisted innovator (invited, declined, accepted, in a test environment)',
      tags: ['tuning'],
      auth: ['admin', 'need_owner'],
      params: z.object({ id: idSchema, innovatorId: idSchema }),
      body: decisionRequestSchema,
      access: {
        load: async ({ params }) => deps.index.challenge(params.id),
        owner: (challenge) => ({ organisationId: challenge.organisationId }),
      },
      responses: {
        200: { description: 'The decision now, with every change and its time', schema: decisionSchema },
        404: { description: 'No such challenge or innovator' },
        409: {
          description: 'The innovator was never on a shortlist shown for this challenge (NOT_SHORTLISTED)',
        },
      },
      handler: async ({ params, body, principal, resource }) => {
        if (deps.index.innovator(params.innovatorId) === undefined)
          throw notFound(`innovator ${params.innovatorId} does not exist`);
        const listedGroup = await deps.decisions.shortlistedGroup(resource.id, params.innovatorId);
        if (!listedGroup) {
          throw appError(
            'NOT_SHORTLISTED',
            `innovator ${params.innovatorId} was never on a shortlist shown for challenge ${resource.id}`,
          );
        }
        const decision = await deps.decisions.record({
          challengeId: resource.id,
          innovatorId: params.innovatorId,
          stage: body.stage,
          listedGroup,
          by: principal?.subject ?? 'unknown',
        });
        return {
          status: 200,
          body: {
            ...decision,
            decidedAt: decision.decidedAt.toISOString(),
            history: decision.history.map((h) => ({ stage: h.stage, at: h.at.toISOString(), by: h.by })),
          },
        };
      },
    }),
  ];
}
