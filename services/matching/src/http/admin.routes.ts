import { challengeSummariesSchema } from '@suite/contracts';
import { defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import type { ProjectionRepository } from '../storage/projection.repository';

const countsSchema = z.record(z.string(), z.object({ live: z.number().int(), deleted: z.number().int() }));

export function adminRoutes(projection: ProjectionRepository): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/admin/projection',
      summary:
        'How many challenges, innovators and ideas the matching projection holds (deleted = closed, erased, deleted)',
      tags: ['admin'],
      auth: ['admin'],
      responses: { 200: { description: 'Counts per entity type', schema: countsSchema } },
      handler: async () => ({ status: 200, body: await projection.counts() }),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/admin/challenges',
      summary:
        'The challenges the matching projection holds (id, title, owner, status, language): open first, then by title',
      tags: ['admin'],
      auth: ['admin'],
      responses: { 200: { description: 'Challenge summaries', schema: challengeSummariesSchema } },
      handler: async () => ({ status: 200, body: { items: await projection.challengeSummaries() } }),
    }),
  ];
}
