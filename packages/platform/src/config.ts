import { z } from 'zod';

/** The development signing secret. It is public (it is in this file): production refuses to start with it,
 * and outside production the services listen on 127.0.0.1 only, so nobody else can use it against them. */
export const developmentJwtSecret = 'dev-only-secret-change-me-0123456789abcdef';

export interface ConfigIssue {
  path: string;
  message: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly issues: ConfigIssue[]) {
    super(`invalid configuration: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Settings every service shares; services extend this with their own. */
export const baseConfigShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Loopback unless NODE_ENV=production (then every interface): see `hostDefault`. */
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).default('bull'),
  JWT_SECRET: z.string().min(32).default(developmentJwtSecret),
  JWT_ISSUER: z.string().min(1).default('social-match-suite'),
  /** The longest lifetime a bearer token may have (exp - iat); longer-lived tokens are refused. */
  JWT_MAX_TTL: z
    .string()
    .regex(/^\d+(s|m|h|d)$/, 'a duration such as 30m, 24h or 7d')
    .default('24h'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/)
    .default('1mb'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(6_000),
  DISABLE_WORKERS: booleanFlag.default(false),
};

/** The settings of one service: the base ones plus its port, PGlite folder and Postgres schema. */
export function serviceConfigShape(opts: { service: string; port: number; dataDir: string }) {
  return {
    ...baseConfigShape,
    PORT: z.coerce.number().int().min(0).max(65_535).default(opts.port),
    DATA_DIR: z.string().min(1).default(opts.dataDir),
    DB_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/)
      .default(opts.service),
  };
}

/** A rule across fields, checked after every field parsed; returns what is wrong (nothing when fine). */
export type ConfigRule<C> = (config: C) => ConfigIssue[];

type Settings = Record<string, unknown>;
const inProduction = (config: Settings) => config.NODE_ENV === 'production';

/** In production each of `keys` must be set (a service's own rule: `productionRequires('SMTP_URL')`). */
export function productionRequires(...keys: string[]): ConfigRule<Settings> {
  return (config) =>
    inProduction(config)
      ? keys
          .filter((key) => config[key] === undefined)
          .map((key) => ({ path: key, message: 'production needs this setting' }))
      : [];
}

/** In production `key` must not keep its public development value (secrets shipped in the source). */
export function productionRefuses(key: string, developmentValue: string): ConfigRule<Settings> {
  return (config) =>
    inProduction(config) && config[key] === developmentValue
      ? [{ path: key, message: 'production needs a real secret, not the development one' }]
      : [];
}

/** Rules every service gets: production runs on the Postgres server with a secret of its own. */
const baseRules = (shape: z.ZodRawShape): ConfigRule<Settings>[] => [
  (config) =>
    inProduction(config) && 'DATABASE_URL' in shape && config.DATABASE_URL === undefined
      ? [
          {
            path: 'DATABASE_URL',
            message: 'production needs the Postgres server (embedded PGlite is for development)',
          },
        ]
      : [],
  productionRefuses('JWT_SECRET', developmentJwtSecret),
  // Anyone can sign tokens with the public development secret: a service holding it serves this machine only.
  (config) =>
    !inProduction(config) && // production refuses the secret itself
    config.JWT_SECRET === developmentJwtSecret &&
    typeof config.HOST === 'string' &&
    !loopbackHosts.has(config.HOST)
      ? [
          {
            path: 'HOST',
            message: 'with the public development JWT_SECRET, listen on 127.0.0.1 only; set a real secret',
          },
        ]
      : [],
  (config) =>
    inProduction(config) && typeof config.JWT_SECRET === 'string' && config.JWT_SECRET.length < 32
      ? [{ path: 'JWT_SECRET', message: 'production needs a secret of at least 32 characters' }]
      : [],
];

/** Development secrets are public, so outside production a service listens on loopback only. */
const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);
const hostDefault = (env: Settings) => (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');

/**
 * Parses `env` once and returns a frozen, typed config; the only way services read the environment.
 * `rules` add checks across fields to the base ones; every failed field and rule is reported at once.
 */
export function loadConfig<S extends z.ZodRawShape>(
  shape: S,
  env: Record<string, string | undefined> = process.env,
  rules: ConfigRule<z.infer<z.ZodObject<S>>>[] = [],
): Readonly<z.infer<z.ZodObject<S>>> {
  const schema = z.object(shape);
  // Empty strings mean "unset" so `FOO= node main.ts` falls back to the default.
  const cleaned: Settings = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  if ('HOST' in shape && cleaned.HOST === undefined) cleaned.HOST = hostDefault(cleaned);
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  const config = parsed.data as z.infer<z.ZodObject<S>>;
  const issues = [
    ...baseRules(shape).flatMap((rule) => rule(config as Settings)),
    ...rules.flatMap((rule) => rule(config)),
  ];
  if (issues.length > 0) throw new ConfigError(issues);
  return Object.freeze(config);
}
