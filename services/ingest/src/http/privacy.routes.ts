import { randomUUID } from 'node:crypto';
import { idSchema, isoDateTimeSchema, storedIdeaSchema, storedInnovatorSchema } from '@suite/contracts';
import { defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';

const params = z.object({ id: idSchema });

/** Everything ingest holds about a person (GDPR art. 15 and 20). */
const innovatorExportSchema = z.object({
  exportedAt: isoDateTimeSchema,
  /** The profile, the consents and when each was given or withdrawn. */
  innovator: storedInnovatorSchema,
  ideas: z.array(storedIdeaSchema),
});

export function privacyRoutes(
  deps: Pick<IngestDeps, 'store' | 'write' | 'storedAnswerFirst' | 'outbox' | 'idempotency' | 'database'>,
): Route[] {
  const { store, write, storedAnswerFirst, outbox, idempotency } = deps;
  const load = ({ params }: { params: { id: string } }) => store.get('innovators', params.id);
  const self = (innovator: { id: string }) => ({ innovatorId: innovator.id });
  return [
    defineRoute({
      method: 'get',
      path: '/v1/innovators/{id}/export',
      summary: 'Export everything held about an innovator: profile, consents with times, ideas',
      tags: ['innovators', 'privacy'],
      auth: ['admin', 'innovator'],
      params,
      access: { load, owner: self },
      responses: {
        200: { description: 'Everything held about the person', schema: innovatorExportSchema },
        404: { description: 'No such innovator' },
      },
      handler: async ({ resource, params }) => ({
        status: 200,
        body: {
          exportedAt: new Date().toISOString(),
          innovator: resource,
          ideas: await store.allIdeasOf(deps.database.db, params.id),
        },
        headers: { 'content-disposition': `attachment; filename="innovator-${params.id}.json"` },
      }),
    }),
    storedAnswerFirst(
      defineRoute({
        method: 'delete',
        path: '/v1/innovators/{id}',
        summary: 'Erase an innovator and their ideas (GDPR art. 17); emits innovator.erased',
        tags: ['innovators', 'privacy'],
        auth: ['admin', 'innovator'],
        params,
        access: { load, owner: self },
        responses: { 204: { description: 'Erased' }, 404: { description: 'No such innovator' } },
        handler: async (ctx) =>
          write(ctx, async (tx) => {
            const id = ctx.params.id;
            const ideas = await store.allIdeasOf(tx, id);
            const erased = await store.remove(tx, 'innovators', id);
            if (!erased) return { status: 204 };
            // Ideas go with the person (foreign key cascade); copies of their data in events not yet
            // published and in stored idempotent answers go too.
            await outbox.scrubInnovator(tx, id);
            await idempotency.forgetRoutes(tx, [
              `PUT /v1/innovators/${id}`,
              ...ideas.flatMap((idea) => [`PUT /v1/ideas/${idea.id}`, `DELETE /v1/ideas/${idea.id}`]),
            ]);
            await outbox.append(tx, 'innovator.erased', {
              eventId: randomUUID(),
              version: erased.version + 1,
              occurredAt: new Date().toISOString(),
              innovatorId: id,
            });
            return { status: 204 };
          }),
      }),
    ),
  ];
}
