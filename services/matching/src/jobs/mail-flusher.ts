import type { Logger } from '@suite/platform';
import type { MailPlanner } from './mail-planner';

/**
 * Runs the mail planner's flush every `everyMs`, one flush at a time (the next waits for the
 * previous to finish, so a slow flush during a big import cannot pile up). `stop()` runs a last
 * flush so marks collected before a graceful shutdown still go out.
 */
export function startMailFlusher(deps: { mail: MailPlanner; everyMs: number; logger: Logger }) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = deps.mail
      .flush()
      .catch((err: unknown) => deps.logger.error({ err }, 'mail flush failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, deps.everyMs);
      });
  };
  timer = setTimeout(tick, deps.everyMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await deps.mail.flush().catch((err: unknown) => deps.logger.error({ err }, 'final mail flush failed'));
    },
  };
}
