import { randomUUID } from 'node:crypto';
import { challengeStatuses, idSchema, storedChallengeSchema } from '@suite/contracts';
import { badRequest, defineRoute, listOf, pageOf, pageQuerySchema, type Route } from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';
import { canSeeChallenge, draftsVisibleTo } from '../domain/challenge-visibility';
import { writeSchemas } from '../domain/entity-kinds';
import { afterCursor } from './list-cursor';
import { parseIfMatch, requireVersion, withEtag } from './version-precondition';

const params = z.object({ id: idSchema });

export function challengeRoutes(deps: Pick<IngestDeps, 'store' | 'writer' | 'write' | 'outbox'>): Route[] {
  const { store, writer, write, outbox } = deps;
  const load = ({ params }: { params: { id: string } }) => store.get('challenges', params.id);
  return [
    defineRoute({
      method: 'put',
      path: '/v1/challenges/{id}',
      summary: 'Create or replace a challenge (draft, open or closed)',
      tags: ['challenges'],
      auth: ['admin', 'service', 'need_owner'],
      params,
      body: writeSchemas.challenges,
      access: {
        load,
        owner: (challenge) => ({ organisationId: challenge.organisationId }),
        creates: ({ body }) => ({ organisationId: body.organisationId }),
      },
      responses: {
        200: { description: 'The stored challenge; ETag: its version', schema: storedChallengeSchema },
        409: { description: 'If-Match names another version than the stored one (or there is none)' },
      },
      handler: async (ctx) => {
        const precondition = parseIfMatch(ctx.req.get('if-match'));
        const result = await write(ctx, async (tx) => {
          await requireVersion(tx, store, 'challenges', ctx.params.id, precondition);
          const { organisationId } = ctx.body;
          if (!(await store.existingIds(tx, 'organisations', [organisationId])).has(organisationId)) {
            throw badRequest('unknown organisation', [
              { path: 'body.organisationId', message: `organisation ${organisationId} does not exist` },
            ]);
          }
          const challenge = { ...ctx.body, id: ctx.params.id };
          return { status: 200, body: await writer.upsertOne(tx, 'challenges', challenge) };
        });
        return withEtag(result);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/challenges/{id}',
      summary: 'Read a challenge (drafts only for their owner)',
      tags: ['challenges'],
      auth: ['admin', 'service', 'need_owner', 'innovator'],
      params,
      // Open challenges are for everyone signed in; drafts are hidden (404), not forbidden.
      access: { load, ownedBy: [], visible: canSeeChallenge },
      responses: {
        200: { description: 'The challenge; ETag: its version', schema: storedChallengeSchema },
        404: { description: 'No such challenge, or a draft of another organisation' },
      },
      handler: async ({ resource }) => withEtag({ status: 200, body: resource }),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/challenges',
      summary: 'List challenges (drafts only for their owner)',
      tags: ['challenges'],
      auth: ['admin', 'service', 'need_owner', 'innovator'],
      query: pageQuerySchema.extend({
        organisationId: idSchema.optional(),
        status: z.enum(challengeStatuses).optional(),
      }),
      responses: { 200: { description: 'One page', schema: listOf(storedChallengeSchema) } },
      handler: async ({ query, principal }) => {
        const rows = await store.listChallenges(
          { limit: query.limit, after: afterCursor(query.cursor) },
          {
            organisationId: query.organisationId,
            status: query.status,
            draftsOf: draftsVisibleTo(principal),
          },
        );
        return { status: 200, body: pageOf(rows, query.limit, (c) => c.id) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/challenges/{id}/close',
      summary: 'Close a challenge',
      tags: ['challenges'],
      auth: ['admin', 'need_owner'],
      params,
      access: { load, owner: (challenge) => ({ organisationId: challenge.organisationId }) },
      responses: {
        200: { description: 'The closed challenge', schema: storedChallengeSchema },
        404: { description: 'No such challenge' },
      },
      handler: async (ctx) => {
        const result = await write(ctx, async (tx) => {
          const closed = await store.closeChallenge(tx, ctx.params.id);
          if (closed) {
            await outbox.append(tx, 'challenge.closed', {
              eventId: randomUUID(),
              version: closed.version,
              occurredAt: closed.updatedAt,
              challengeId: closed.id,
            });
          }
          // Closing a closed challenge changes nothing and emits nothing.
          return { status: 200, body: closed ?? ctx.resource };
        });
        return withEtag(result);
      },
    }),
  ];
}
