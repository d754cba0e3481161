import pino, { type DestinationStream, type Logger } from 'pino';
import { maskSecretsInLine, safeErrorMessageArgs, scrubLogObject, serializeError } from './log-scrubber';

export type { Logger };

/**
 * The service logger. Personal data is removed by meaning, not by path: fields are redacted at any
 * depth before serialising, errors keep only their safe parts, and every finished line has email
 * addresses and tokens masked (messages and serializer output included).
 */
export function createLogger(opts: {
  service: string;
  level: string;
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: opts.service },
      serializers: { err: serializeError },
      formatters: {
        log: scrubLogObject,
        bindings: scrubLogObject,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, safeErrorMessageArgs(args) as Parameters<typeof method>);
        },
        streamWrite: maskSecretsInLine,
      },
    },
    opts.destination,
  );
}
