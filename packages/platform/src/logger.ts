import pino, { type DestinationStream, type Logger } from 'pino';

/** Personal data and credentials never reach the logs, wherever they sit in a logged object. */
const redactPaths = [
  'name',
  'email',
  'token',
  'password',
  'contactEmail',
  '*.name',
  '*.email',
  '*.token',
  '*.password',
  '*.contactEmail',
  '*.*.name',
  '*.*.email',
  '*.*.contactEmail',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

export type { Logger };

export function createLogger(opts: {
  service: string;
  level: string;
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level: opts.level,
      redact: { paths: redactPaths, censor: '[redacted]' },
      base: { service: opts.service },
    },
    opts.destination,
  );
}
