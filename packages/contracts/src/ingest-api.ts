import { z } from 'zod';
import { isoDateTimeSchema } from './common';

/** What a bulk import (`POST /v1/imports?kind=`) can hold. */
export const importKinds = ['organisations', 'challenges', 'innovators', 'ideas'] as const;
export const importKindSchema = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKindSchema>;

/** A problem with one row (or a part of it that was not applied): its line in the file, field and why. */
const rowIssueSchema = z.object({ line: z.number().int().min(1), path: z.string(), message: z.string() });

/** `GET /v1/imports/{id}`: progress while an import runs, the result after. */
export const importReportSchema = z.object({
  id: z.uuid(),
  kind: importKindSchema,
  status: z.enum(['running', 'completed', 'failed']),
  /** Rows read so far; `accepted + rejected`. */
  processed: z.number().int().min(0),
  accepted: z.number().int().min(0),
  rejected: z.number().int().min(0),
  /** Why a failed import stopped (the file as a whole, not a row). */
  reason: z.string().optional(),
  /** Row errors by line; only the first ones are kept, `rejected` counts all. */
  errors: z.array(rowIssueSchema),
  /** True when row errors were left out of `errors` (more than the service keeps); absent otherwise. */
  errorsTruncated: z.boolean().optional(),
  /** Accepted rows of which a part was not applied, so `accepted` counts them too. */
  warned: z.number().int().min(0).optional(),
  /**
   * What was not applied to accepted rows, by line (a consent the person withdrew stays withdrawn);
   * only the first ones are kept, `warned` counts the rows.
   */
  warnings: z.array(rowIssueSchema).optional(),
  /** True when warnings were left out of `warnings`; absent otherwise. */
  warningsTruncated: z.boolean().optional(),
  startedAt: isoDateTimeSchema,
  finishedAt: isoDateTimeSchema.nullable(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** `202` answer of `POST /v1/imports`: where to follow the import. */
export const importAcceptedSchema = z.object({ id: z.uuid() });
