import { randomBytes } from 'node:crypto';

/** A short unique lowercase name, safe as a Postgres schema or a Redis key prefix. */
export const uniqueName = (stem: string) =>
  `${stem}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
