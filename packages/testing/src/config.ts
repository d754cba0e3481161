import { loadConfig } from '@suite/platform';
import { z } from 'zod';

/** Where the real services for tests live; scripts/test starts them when they are missing. */
export const testConfig = loadConfig({
  TEST_REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  TEST_DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/test'),
  // CI sets CI=true: tests that need shared data fail instead of skipping there.
  CI: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // Scales property-test case counts (fuzzing); 1 in CI, lower for a quick local look.
  TEST_FUZZ_SCALE: z.coerce.number().positive().max(10).default(1),
  TEST_DB_DRIVERS: z
    .string()
    .default('pglite,postgres')
    .transform((v) => v.split(',').map((d) => z.enum(['pglite', 'postgres']).parse(d.trim()))),
});

/**
 * The environment for a process a test or benchmark starts: everything this one runs with (PATH,
 * HOME, NODE_OPTIONS, a developer's settings) under the child's own settings, which win.
 */
export const childProcessEnv = (own: Record<string, string | undefined>): NodeJS.ProcessEnv => ({
  ...process.env,
  ...own,
});
