import { stableHash } from './ranking-metrics';

/** The half of a dev set a record belongs to: calibration reads `calibrate`, reports use `heldout`. */
export type DevSplit = 'calibrate' | 'heldout';

/**
 * Assigns a record to a half by a hash of its id, so the split is stable across runs and files and
 * every row of one text (binary files repeat a text once per goal) falls in the same half.
 */
export function devSplit(id: string): DevSplit {
  return stableHash(id) % 2 === 0 ? 'calibrate' : 'heldout';
}
