import { idSchema, storedOrganisationSchema } from '@suite/contracts';
import { defineRoute, listOf, pageOf, pageQuerySchema, type Route } from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';
import { writeSchemas } from '../domain/entity-kinds';
import { afterCursor } from './list-cursor';

const params = z.object({ id: idSchema });

export function organisationRoutes(deps: Pick<IngestDeps, 'store' | 'writer' | 'write'>): Route[] {
  const { store, writer, write } = deps;
  return [
    defineRoute({
      method: 'put',
      path: '/v1/organisations/{id}',
      summary: 'Create or replace an organisation (need owner)',
      tags: ['organisations'],
      auth: ['admin', 'service'],
      params,
      body: writeSchemas.organisations,
      responses: { 200: { description: 'The stored organisation', schema: storedOrganisationSchema } },
      handler: async (ctx) =>
        write(ctx, async (tx) => ({
          status: 200,
          body: await writer.upsertOne(tx, 'organisations', { ...ctx.body, id: ctx.params.id }),
        })),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/organisations/{id}',
      summary: 'Read an organisation',
      tags: ['organisations'],
      auth: ['admin', 'service', 'need_owner'],
      params,
      access: {
        load: ({ params }) => store.get('organisations', params.id),
        owner: (org) => ({ organisationId: org.id }),
      },
      responses: {
        200: { description: 'The organisation', schema: storedOrganisationSchema },
        404: { description: 'No such organisation' },
      },
      handler: async ({ resource }) => ({ status: 200, body: resource }),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/organisations',
      summary: 'List organisations (a need owner sees its own)',
      tags: ['organisations'],
      auth: ['admin', 'service', 'need_owner'],
      query: pageQuerySchema,
      responses: { 200: { description: 'One page', schema: listOf(storedOrganisationSchema) } },
      handler: async ({ query, principal }) => {
        const onlyOwn = principal?.role === 'need_owner' ? (principal.organisationId ?? '') : undefined;
        const rows = await store.listOrganisations(
          { limit: query.limit, after: afterCursor(query.cursor) },
          onlyOwn,
        );
        return { status: 200, body: pageOf(rows, query.limit, (org) => org.id) };
      },
    }),
  ];
}
