import { randomUUID } from 'node:crypto';
import { idSchema, storedIdeaSchema } from '@suite/contracts';
import { badRequest, defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';
import { writeSchemas } from '../domain/entity-kinds';
import { parseIfMatch, requireVersion, withEtag } from './version-precondition';

const params = z.object({ id: idSchema });

export function ideaRoutes(
  deps: Pick<IngestDeps, 'store' | 'writer' | 'write' | 'storedAnswerFirst' | 'outbox'>,
): Route[] {
  const { store, writer, write, storedAnswerFirst, outbox } = deps;
  const load = ({ params }: { params: { id: string } }) => store.get('ideas', params.id);
  const owner = (idea: { innovatorId: string }) => ({ innovatorId: idea.innovatorId });
  return [
    defineRoute({
      method: 'put',
      path: '/v1/ideas/{id}',
      summary: 'Create or replace an idea',
      tags: ['ideas'],
      auth: ['admin', 'service', 'innovator'],
      params,
      body: writeSchemas.ideas,
      // An innovator writes only its own ideas and cannot hand one to somebody else.
      access: { load, owner, creates: ({ body }) => ({ innovatorId: body.innovatorId }) },
      responses: {
        200: { description: 'The stored idea; ETag: its version', schema: storedIdeaSchema },
        409: { description: 'If-Match names another version than the stored one (or there is none)' },
      },
      handler: async (ctx) => {
        const precondition = parseIfMatch(ctx.req.get('if-match'));
        const result = await write(ctx, async (tx) => {
          await requireVersion(tx, store, 'ideas', ctx.params.id, precondition);
          const { innovatorId } = ctx.body;
          if (!(await store.existingIds(tx, 'innovators', [innovatorId])).has(innovatorId)) {
            throw badRequest('unknown innovator', [
              { path: 'body.innovatorId', message: `innovator ${innovatorId} does not exist` },
            ]);
          }
          return {
            status: 200,
            body: await writer.upsertOne(tx, 'ideas', { ...ctx.body, id: ctx.params.id }),
          };
        });
        return withEtag(result);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/ideas/{id}',
      summary: 'Read an idea',
      tags: ['ideas'],
      auth: ['admin', 'service', 'innovator'],
      params,
      access: { load, owner },
      responses: {
        200: { description: 'The idea; ETag: its version', schema: storedIdeaSchema },
        404: { description: 'No such idea' },
      },
      handler: async ({ resource }) => withEtag({ status: 200, body: resource }),
    }),
    storedAnswerFirst(
      defineRoute({
        method: 'delete',
        path: '/v1/ideas/{id}',
        summary: 'Delete an idea',
        tags: ['ideas'],
        auth: ['admin', 'service', 'innovator'],
        params,
        access: { load, owner },
        responses: { 204: { description: 'Deleted' }, 404: { description: 'No such idea' } },
        handler: async (ctx) =>
          write(ctx, async (tx) => {
            const removed = await store.remove(tx, 'ideas', ctx.params.id);
            if (removed) {
              await outbox.append(tx, 'idea.deleted', {
                eventId: randomUUID(),
                version: removed.version + 1,
                occurredAt: new Date().toISOString(),
                ideaId: removed.id,
                innovatorId: removed.innovatorId,
              });
            }
            return { status: 204 };
          }),
      }),
    ),
  ];
}
