import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** The matching service's own copy of the entities it needs, last version wins. */
export const projection = pgTable(
  'projection',
  {
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    version: integer('version').notNull(),
    deleted: boolean('deleted').notNull().default(false),
    payload: jsonb('payload'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entityType, t.entityId] }), index('projection_type_idx').on(t.entityType)],
);
