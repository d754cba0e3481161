import { idSchema, storedIdeaSchema, storedInnovatorSchema } from '@suite/contracts';
import { defineRoute, listOf, pageOf, pageQuerySchema, type Route } from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';
import { writeSchemas } from '../domain/entity-kinds';
import { afterCursor } from './list-cursor';

const params = z.object({ id: idSchema });

export function innovatorRoutes(deps: Pick<IngestDeps, 'store' | 'writer' | 'write'>): Route[] {
  const { store, writer, write } = deps;
  const load = ({ params }: { params: { id: string } }) => store.get('innovators', params.id);
  const self = (innovator: { id: string }) => ({ innovatorId: innovator.id });
  return [
    defineRoute({
      method: 'put',
      path: '/v1/innovators/{id}',
      summary: 'Create or replace an innovator: profile, self-declared gender, locale, consents, digest',
      tags: ['innovators'],
      auth: ['admin', 'service', 'innovator'],
      params,
      body: writeSchemas.innovators,
      access: { load, owner: self, creates: ({ params }) => ({ innovatorId: params.id }) },
      responses: {
        200: {
          description: 'The stored innovator, with when each consent was given or withdrawn',
          schema: storedInnovatorSchema,
        },
      },
      handler: async (ctx) =>
        write(ctx, async (tx) => ({
          status: 200,
          body: await writer.upsertOne(tx, 'innovators', { ...ctx.body, id: ctx.params.id }),
        })),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/innovators/{id}',
      summary: 'Read an innovator',
      tags: ['innovators'],
      auth: ['admin', 'innovator'],
      params,
      access: { load, owner: self },
      responses: {
        200: { description: 'The innovator', schema: storedInnovatorSchema },
        404: { description: 'No such innovator' },
      },
      handler: async ({ resource }) => ({ status: 200, body: resource }),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/innovators',
      summary: 'List innovators (personal data: admins only)',
      tags: ['innovators'],
      auth: ['admin'],
      query: pageQuerySchema,
      responses: { 200: { description: 'One page', schema: listOf(storedInnovatorSchema) } },
      handler: async ({ query }) => {
        const rows = await store.listInnovators({ limit: query.limit, after: afterCursor(query.cursor) });
        return { status: 200, body: pageOf(rows, query.limit, (i) => i.id) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/innovators/{id}/ideas',
      summary: "List an innovator's ideas",
      tags: ['innovators', 'ideas'],
      auth: ['admin', 'innovator'],
      params,
      query: pageQuerySchema,
      access: { load, owner: self },
      responses: {
        200: { description: 'One page', schema: listOf(storedIdeaSchema) },
        404: { description: 'No such innovator' },
      },
      handler: async ({ params, query }) => {
        const rows = await store.listIdeasOf(params.id, {
          limit: query.limit,
          after: afterCursor(query.cursor),
        });
        return { status: 200, body: pageOf(rows, query.limit, (idea) => idea.id) };
      },
    }),
  ];
}
