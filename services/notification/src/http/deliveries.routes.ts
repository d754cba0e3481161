import { decodeCursor, defineRoute, listOf, pageOf, pageQuerySchema, type Route } from '@suite/platform';
import { z } from 'zod';
import { type DeliveriesRepository, type Delivery, deliveryStatuses } from '../storage/deliveries.repository';

const deliverySchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** Null once the recipient was erased. */
  recipientId: z.string().nullable(),
  status: z.enum(deliveryStatuses),
  messageId: z.string().nullable(),
  attempts: z.number().int(),
  smtpCode: z.number().int().nullable(),
  /** The mail server's answer for failures and retries. */
  reason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().nullable(),
});

const cursorSchema = z.object({ createdAt: z.iso.datetime(), key: z.string().min(1) });

const toItem = (r: Delivery) => ({
  id: r.idempotencyKey,
  kind: r.kind,
  recipientId: r.recipientId,
  status: r.status as (typeof deliveryStatuses)[number],
  messageId: r.messageId,
  attempts: r.attempts,
  smtpCode: r.smtpCode,
  reason: r.reason,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

export function deliveryRoutes(deliveries: DeliveriesRepository): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/admin/deliveries',
      summary: 'The delivery log, newest first: every email with its status, failures with the server reason',
      tags: ['admin'],
      auth: ['admin'],
      query: pageQuerySchema.extend({ status: z.enum(deliveryStatuses).optional() }),
      responses: { 200: { description: 'A page of deliveries', schema: listOf(deliverySchema) } },
      handler: async ({ query }) => {
        const after = query.cursor ? decodeCursor(query.cursor, cursorSchema) : undefined;
        const rows = await deliveries.list({ status: query.status, limit: query.limit, after });
        const page = pageOf(
          rows,
          query.limit,
          (r) => ({ createdAt: r.createdAt.toISOString(), key: r.idempotencyKey }),
          toItem,
        );
        return { status: 200, body: page };
      },
    }),
  ];
}
