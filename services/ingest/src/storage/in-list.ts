import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * `column in (values)` with the values as one JSON array parameter: a batch of an import looks up
 * a thousand keys, and a thousand bind parameters cost far more to send and plan (PGlite most).
 */
export function inJsonList(
  column: AnyColumn,
  values: readonly (string | number)[],
  type: 'text' | 'bigint',
): SQL {
  const elements =
    type === 'text'
      ? sql`select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)`
      : sql`select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::bigint`;
  return sql`${column} in (${elements})`;
}
