import { type Consents, idSchema, storedIdeaSchema, storedInnovatorSchema } from '@suite/contracts';
import {
  appError,
  defineRoute,
  listOf,
  type Principal,
  pageOf,
  pageQuerySchema,
  type Route,
} from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';
import { consentsToStore, keptWithdrawalMessage } from '../domain/consent-authority';
import { writeSchemas } from '../domain/entity-kinds';
import type { EntityStore, Executor } from '../storage/entity-store';
import { afterCursor } from './list-cursor';
import { parseIfMatch, requireVersion, withEtag } from './version-precondition';

const params = z.object({ id: idSchema });

/** An innovator's own token writes as the person; admins and services write as the programme. */
const actorOf = (principal: Principal | undefined) =>
  principal?.role === 'innovator' ? ('person' as const) : ('programme' as const);

/**
 * A programme write may not give again a consent the person withdrew: 409, naming each such field,
 * and nothing is written (an import keeps it withdrawn and warns instead).
 */
async function refuseRegivenWithdrawals(tx: Executor, store: EntityStore, id: string, wanted: Consents) {
  const stored = (await store.lockedConsents(tx, [id])).get(id);
  const { kept } = consentsToStore('programme', stored, wanted);
  if (kept.length === 0) return;
  throw appError('CONFLICT', 'only the person can give again a consent they withdrew', {
    reason: 'CONSENT_WITHDRAWN_BY_PERSON',
    errors: kept.map((k) => ({ path: `body.consents.${k.field}`, message: keptWithdrawalMessage(k) })),
  });
}

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
          description:
            'The stored innovator, with when and by whom each consent was given or withdrawn; ETag: its version',
          schema: storedInnovatorSchema,
        },
        409: {
          description:
            'If-Match names another version than the stored one, or an admin or service gives again a ' +
            'consent the person withdrew (only the person can)',
        },
      },
      handler: async (ctx) => {
        const precondition = parseIfMatch(ctx.req.get('if-match'));
        const actor = actorOf(ctx.principal);
        const result = await write(ctx, async (tx) => {
          await requireVersion(tx, store, 'innovators', ctx.params.id, precondition);
          if (actor === 'programme')
            await refuseRegivenWithdrawals(tx, store, ctx.params.id, ctx.body.consents);
          const innovator = { ...ctx.body, id: ctx.params.id };
          return { status: 200, body: await writer.upsertOne(tx, 'innovators', innovator, { actor }) };
        });
        return withEtag(result);
      },
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
        200: { description: 'The innovator; ETag: its version', schema: storedInnovatorSchema },
        404: { description: 'No such innovator' },
      },
      handler: async ({ resource }) => withEtag({ status: 200, body: resource }),
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
