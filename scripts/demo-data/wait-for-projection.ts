import { SingleBar } from 'cli-progress';
import { type ApiClient, ApiError } from './api-client';

export interface ProjectionTargets {
  challenge: number;
  innovator: number;
  idea: number;
}
type Counts = Record<string, { live: number; deleted: number }>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** `ideas` and `idea` name the same thing, whichever the matching service chooses. */
const liveOf = (counts: Counts, type: string) => (counts[type] ?? counts[`${type}s`])?.live ?? 0;

/**
 * Waits until the matching projection holds at least the targets (the records matching should keep:
 * innovators who consented to matching, their ideas, the open challenges) and has stopped moving.
 * Shows a progress bar on a terminal. Answers false when the projection route does not exist.
 */
export async function waitForProjection(matching: ApiClient, targets: ProjectionTargets, timeoutMs: number) {
  const total = targets.challenge + targets.innovator + targets.idea;
  const interactive = process.stderr.isTTY === true;
  const bar = new SingleBar({
    format: '  matching projection [{bar}] {value}/{total} records',
    hideCursor: true,
  });
  if (interactive) bar.start(total, 0);
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let done = 0;
  try {
    for (;;) {
      let counts: Counts;
      try {
        counts = await matching.get<Counts>('/v1/admin/projection');
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return false;
        throw err;
      }
      const reached = (['challenge', 'innovator', 'idea'] as const).map((t) =>
        Math.min(liveOf(counts, t), targets[t]),
      );
      done = reached.reduce((a, b) => a + b, 0);
      const seen = ['challenge', 'innovator', 'idea'].reduce((sum, t) => sum + liveOf(counts, t), 0);
      if (interactive) bar.update(done);
      // Caught up: every target met and nothing arrived since the last look.
      if (done >= total && seen === last) break;
      last = seen;
      if (Date.now() > deadline) {
        console.log(
          `  the projection holds ${done} of ${total} records after ${timeoutMs / 1000} s; going on`,
        );
        return true;
      }
      await sleep(700);
    }
  } finally {
    if (interactive) bar.stop();
  }
  console.log(`  matching projection caught up: ${done} records`);
  return true;
}
