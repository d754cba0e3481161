import { decodeCursor } from '@suite/platform';
import { z } from 'zod';

/** Lists are ordered by id; a cursor is the last id of the previous page. */
export const afterCursor = (cursor: string | undefined) =>
  cursor === undefined ? undefined : decodeCursor(cursor, z.string().min(1));
