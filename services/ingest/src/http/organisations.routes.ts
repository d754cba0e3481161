import { idSchema, storedOrganisationSchema } from '@suite/contracts';
import { defineRoute, listOf, pageOf, pageQuerySchema, type Route } from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';
import { writeSchemas } from '../domain/entity-kinds';
import { afterCursor } from './list-cursor';
import { parseIfMatch, requireVersion, withEtag } from './version-precondition';

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
      responses: {
        200: { description: 'The stored organisation; ETag: its version', schema: storedOrganisationSchema },
        409: { description: 'If-Match names another version than the stored one (or there is none)' },
      },
      handler: async (ctx) => {
        const precondition = parseIfMatch(ctx.req.get('if-match'));
        const result = await write(ctx, async (tx) => {
          await requireVersion(tx, store, 'organisations', ctx.params.id, precondition);
          return {
            status: 200,
            body: await writer.upsertOne(tx, 'organisations', { ...ctx.body, id: ctx.params.id }),
          };
        });
        return withEtag(result);
      },
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
        200: { description: 'The organisation; ETag: its version', schema: storedOrganisationSchema },
        404: { description: 'No such organisation' },
      },
      handler: async ({ resource }) => withEtag({ status: 200, body: resource }),
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
