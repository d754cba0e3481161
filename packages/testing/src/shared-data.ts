import { existsSync } from 'node:fs';
import { testConfig } from './config';

/**
 * Whether a `../shared/data` path is here for a test that needs it. Locally a missing folder skips
 * the test with a message; under CI=true it fails, so a run never passes by silently testing less.
 */
export function sharedDataPresent(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (testConfig.CI) throw new Error(`${what} needs ${path}, which is missing (CI=true refuses to skip)`);
  console.warn(`skipping ${what}: ${path} not found`);
  return false;
}
