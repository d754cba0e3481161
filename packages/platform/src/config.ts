import { z } from 'zod';

/** The development signing secret; production refuses to start with it. */
export const developmentJwtSecret = 'dev-only-secret-change-me-0123456789abcdef';

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid configuration: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Settings every service shares; services extend this with their own. */
export const baseConfigShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).default('bull'),
  JWT_SECRET: z.string().min(32).default(developmentJwtSecret),
  JWT_ISSUER: z.string().min(1).default('social-match-suite'),
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

/** Parses `env` once and returns a frozen, typed config; the only way services read the environment. */
export function loadConfig<S extends z.ZodRawShape>(
  shape: S,
  env: Record<string, string | undefined> = process.env,
): Readonly<z.infer<z.ZodObject<S>>> {
  const schema = z.object(shape);
  // Empty strings mean "unset" so `FOO= node main.ts` falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  const config = parsed.data as z.infer<z.ZodObject<S>> & { NODE_ENV?: string; JWT_SECRET?: string };
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === developmentJwtSecret) {
    throw new ConfigError([
      { path: 'JWT_SECRET', message: 'production needs a real secret, not the development one' },
    ]);
  }
  return Object.freeze(config);
}
