/**
 * Keeps personal data and credentials out of the logs by what a field means, at any depth.
 *
 * Two layers: `scrubLogObject` runs on every logged object before pino serialises it and redacts
 * fields by meaning (an `email`, a person's `name`, a token, a cookie...), turning errors into
 * `serializeError`'s safe shape; `maskSecretsInLine` runs on every finished line and masks email
 * addresses and JWTs wherever they appear, messages and serializer output included.
 */

const redacted = '[redacted]';
const maxDepth = 8;

const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

// Keys whose value is a credential or contact detail whatever their parent is (matched on the key's end:
// `contactEmail`, `accessToken`, `JWT_SECRET`, `set-cookie`).
const secretKey =
  /(email|emails|emailaddress|password|passwd|passphrase|secret|token|authorization|cookie|apikey|jwt|credentials|phone|phonenumber)$/;

// `<thing>Name` where the thing is not a person: job, queue, route, table... (`jobName` stays readable).
const impersonalThings = new Set([
  'job',
  'queue',
  'route',
  'event',
  'service',
  'step',
  'worker',
  'err',
  'error',
  'cause',
  'check',
  'metric',
  'table',
  'file',
  'path',
  'host',
  'schema',
  'index',
  'constraint',
  'column',
  'field',
  'key',
  'type',
  'policy',
  'challenge',
  'organisation',
  'organization',
  'org',
  'goal',
  'sdg',
  'tag',
  'template',
  'dataset',
  'model',
  'phase',
  'signal',
  'app',
  'application',
  'db',
  'database',
  'language',
  'country',
  'channel',
  'command',
  'test',
]);

// A bare `name` beside these keys names a job, not a person (`{ jobId, name, attemptsMade }`).
const jobSiblings = ['jobId', 'attemptsMade', 'queue', 'queueName'];

const singular = (key: string) => (key.endsWith('s') ? key.slice(0, -1) : key);

function isPersonName(key: string, parentKey: string | undefined, holder: Record<string, unknown>): boolean {
  const k = normalise(key);
  if (!k.endsWith('name')) return false;
  const thing = k.slice(0, -'name'.length);
  if (thing !== '') return !impersonalThings.has(thing);
  if (parentKey !== undefined && impersonalThings.has(singular(normalise(parentKey)))) return false;
  return !jobSiblings.some((sibling) => Object.hasOwn(holder, sibling));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Returns `value` itself when nothing needed redacting (the common, flat case allocates nothing). */
function scrubValue(value: unknown, key: string | undefined, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return serializeError(value);
  if (depth >= maxDepth) return '[too deep]';
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const scrubbed = scrubValue(value[i], key, depth + 1);
      if (scrubbed !== value[i]) {
        copy ??= value.slice();
        copy[i] = scrubbed;
      }
    }
    return copy ?? value;
  }
  // Class instances (requests, sockets, dates) are left to their serializers.
  if (!isPlainObject(value)) return value;
  return scrubObject(value, key, depth);
}

function scrubObject(
  obj: Record<string, unknown>,
  parentKey: string | undefined,
  depth: number,
): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    const value = obj[key];
    let scrubbed: unknown;
    if (value === undefined || value === null) continue;
    if (secretKey.test(normalise(key)) || isPersonName(key, parentKey, obj)) {
      scrubbed = redacted;
    } else {
      scrubbed = scrubValue(value, key, depth + 1);
    }
    if (scrubbed !== value) {
      copy ??= { ...obj };
      copy[key] = scrubbed;
    }
  }
  return copy ?? obj;
}

/** Redacts personal fields of a logged object at any depth; errors become their safe shape. */
export function scrubLogObject(obj: Record<string, unknown>): Record<string, unknown> {
  return scrubObject(obj, undefined, 0);
}

const emailPattern = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const jwtPattern = /\beyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}/g;
const bearerPattern = /\b(Bearer|Basic)\s+[^\s"\\]+/gi;

/** Masks email addresses, JWTs and bearer credentials anywhere in a string (a finished log line). */
export function maskSecretsInLine(line: string): string {
  let out = line;
  if (out.includes('@') || out.includes('%40')) out = out.replace(emailPattern, '[email]');
  if (out.includes('eyJ')) out = out.replace(jwtPattern, '[token]');
  if (/bearer|basic/i.test(out)) out = out.replace(bearerPattern, '$1 [token]');
  return out;
}

export interface SafeError {
  name: string;
  code?: string;
  status?: number;
  message: string;
  stack?: string;
  cause?: SafeError;
}

// drizzle's "Failed query: ...\nparams: a@b.org,Alva" carries the bound values; they never print.
const cutParameters = (message: string) => {
  const at = message.search(/\bparams:/);
  return (at === -1 ? message : message.slice(0, at)).trim().slice(0, 1_000);
};

// Only frames of our own code: library frames add noise, and the first stack line repeats the message.
const ownFrames = (stack: string | undefined) => {
  if (!stack) return undefined;
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !line.includes('node_modules') && !line.includes('node:'));
  return frames.length > 0 ? frames.join('\n') : undefined;
};

/**
 * What an error may say in a log: its name, code (SQLSTATE or ours), status, message without query
 * parameters, and our own stack frames. Never its other fields: drizzle's `params`/`query`, pg's
 * `detail` ("Key (email)=(...) already exists"), request bodies attached by body parsers.
 */
export function serializeError(err: unknown, depth = 0): SafeError {
  if (!err || typeof err !== 'object') return { name: 'Error', message: cutParameters(String(err)) };
  const e = err as { name?: unknown; code?: unknown; status?: unknown; message?: unknown; stack?: unknown };
  const cause = (err as { cause?: unknown }).cause;
  const safe: SafeError = {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? cutParameters(e.message) : '',
  };
  if (typeof e.code === 'string' || typeof e.code === 'number') safe.code = String(e.code);
  if (typeof e.status === 'number') safe.status = e.status;
  const stack = ownFrames(typeof e.stack === 'string' ? e.stack : undefined);
  if (stack) safe.stack = stack;
  if (cause && typeof cause === 'object' && depth < 3) {
    safe.cause = serializeError(cause, depth + 1);
    safe.code ??= safe.cause.code;
  }
  return safe;
}

/**
 * pino uses an error's raw message as the line's message when none is given (`logger.error(err)`);
 * give it the cut message instead, so query parameters never reach `msg`.
 */
export function safeErrorMessageArgs(args: unknown[]): unknown[] {
  const [first, second] = args;
  if (first instanceof Error) {
    return [
      { err: first },
      typeof second === 'string' ? second : serializeError(first).message,
      ...args.slice(2),
    ];
  }
  if (isPlainObject(first) && first.err instanceof Error && second === undefined) {
    return [first, serializeError(first.err).message];
  }
  return args;
}
