import { defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import type { DeliveriesRepository } from '../storage/deliveries.repository';

const deliverySchema = z.object({
  idempotencyKey: z.string(),
  kind: z.string(),
  recipientId: z.string(),
  status: z.string(),
  createdAt: z.string(),
});

export function deliveryRoutes(deliveries: DeliveriesRepository): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/admin/deliveries',
      summary: 'Recent mail deliveries, newest first',
      tags: ['admin'],
      auth: ['admin'],
      query: z.object({
        status: z.enum(['queued', 'sent', 'failed']).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
      responses: { 200: { description: 'Deliveries', schema: z.array(deliverySchema) } },
      handler: async ({ query }) => {
        const rows = await deliveries.list(query);
        return {
          status: 200,
          body: rows.map((r) => ({
            idempotencyKey: r.idempotencyKey,
            kind: r.kind,
            recipientId: r.recipientId,
            status: r.status,
            createdAt: r.createdAt.toISOString(),
          })),
        };
      },
    }),
  ];
}
