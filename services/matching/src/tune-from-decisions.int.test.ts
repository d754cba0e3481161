import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { childProcessEnv, serviceTestEnv, testDbDrivers } from '@suite/testing';
import { describe, expect, it } from 'vitest';
import { loadMatchingConfig } from './config';
import { createDeps } from './deps';
import { seedTextVersusSdgCorpus as seed } from './testing/text-versus-sdg-corpus';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const sdgShare = (w: Record<string, number>) => w.sdg! / Object.values(w).reduce((a, b) => a + b, 0);

describe.each(testDbDrivers)('pnpm tune --from-decisions on %s', (driver) => {
  it('finds more SDG weight when owners invited SDG-similar innovators, and saves nothing', async () => {
    // The script is another process: PGlite must live in a folder, released before the script opens it.
    const dataDir = driver === 'pglite' ? await mkdtemp(join(tmpdir(), 'tune-')) : undefined;
    const testEnv = serviceTestEnv(driver, dataDir ? { DATA_DIR: dataDir } : {});
    try {
      const deps = await createDeps(loadMatchingConfig(testEnv.env));
      try {
        await seed(deps);
        for (const challengeId of ['c-1', 'c-2']) {
          await deps.shortlists.current({ challengeId, k: 5, shownTo: 'owner' });
        }
        await expect
          .poll(async () => (await deps.decisions.shownAppearances()).length, { timeout: 10_000 })
          .toBeGreaterThanOrEqual(10);
        for (const challengeId of ['c-1', 'c-2']) {
          for (const [innovatorId, stage] of [
            ['p-3', 'invited'],
            ['p-4', 'accepted'],
            ['p-0', 'declined'],
          ] as const) {
            const listedGroup = await deps.decisions.shortlistedGroup(challengeId, innovatorId);
            expect(listedGroup).toBeDefined();
            await deps.decisions.record({
              challengeId,
              innovatorId,
              stage,
              listedGroup: listedGroup!,
              by: 'owner',
            });
          }
        }
      } finally {
        await deps.shutdown.shutdown('seeded');
      }

      const { stdout } = await run('pnpm', ['-s', 'tune', '--from-decisions', '--k', '5', '--json'], {
        cwd: repoRoot,
        env: childProcessEnv(testEnv.env),
        timeout: 180_000,
      });
      const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(result.current).toMatchObject({ version: 1, challenges: 2 });
      const best = result.top[0];
      expect(best.ndcg).toBeGreaterThan(result.current.ndcg);
      expect(sdgShare(best.weights)).toBeGreaterThan(sdgShare(result.current.weights));

      const reopened = await createDeps(loadMatchingConfig(testEnv.env));
      try {
        expect((await reopened.configRepository.current()).version).toBe(1);
      } finally {
        await reopened.shutdown.shutdown('checked');
      }
    } finally {
      await testEnv.cleanup();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
