import type { Logger } from 'pino';

/** Shutdown order: HTTP first, then workers (running jobs finish), then queues, then connections. */
export const shutdownPhases = ['http', 'workers', 'queues', 'connections'] as const;
export type ShutdownPhase = (typeof shutdownPhases)[number];

export interface ShutdownRegistry {
  register(phase: ShutdownPhase, name: string, close: () => Promise<unknown>): void;
  shutdown(reason: string): Promise<void>;
  /** SIGTERM and SIGINT run shutdown once, then exit. */
  listen(): void;
}

export function createShutdownRegistry(logger: Logger): ShutdownRegistry {
  const steps: { phase: ShutdownPhase; name: string; close: () => Promise<unknown> }[] = [];
  let running: Promise<void> | undefined;

  const shutdown = (reason: string) => {
    running ??= (async () => {
      logger.info({ reason }, 'shutting down');
      for (const phase of shutdownPhases) {
        const inPhase = steps.filter((s) => s.phase === phase);
        await Promise.all(
          inPhase.map(async (s) => {
            try {
              await s.close();
            } catch (err) {
              logger.warn({ err, step: s.name }, 'shutdown step failed');
            }
          }),
        );
      }
      logger.info('shut down');
    })();
    return running;
  };

  return {
    register: (phase, name, close) => steps.push({ phase, name, close }),
    shutdown,
    listen() {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          void shutdown(signal).then(() => process.exit(0));
        });
      }
    },
  };
}
