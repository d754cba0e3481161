import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DemoData, generateDemoData } from './generate-records';
import { readOpenIdeoIdeas } from './openideo-ideas';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export const demoDefaults = {
  innovators: 320,
  seed: 2030,
  /** The shared data folder beside the checkout; pass another with --openideo. */
  openIdeoDir: path.resolve(repoRoot, '../shared/data/openideo'),
};

/** The demo data for these options; tells on stderr when the OpenIDEO texts were not found. */
export function loadDemoData(options: { innovators: number; seed: number; openIdeoDir: string }): DemoData {
  if (!Number.isInteger(options.innovators) || options.innovators < 1) {
    throw new Error('--innovators must be a positive whole number');
  }
  const openIdeoIdeas = readOpenIdeoIdeas(options.openIdeoDir);
  if (!openIdeoIdeas) {
    console.error(
      `note: no OpenIDEO ideas at ${path.join(options.openIdeoDir, 'ideas.csv')}; English ideas use this project's templates`,
    );
  }
  return generateDemoData({ seed: options.seed, innovators: options.innovators, openIdeoIdeas });
}
