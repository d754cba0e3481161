import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the contracts entry point', () => {
  it('bundles for a browser without Node built-ins or BullMQ', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('bullmq') || path.includes('ioredis'))).toBe(false);
    expect(inputs.some((path) => path.endsWith('queue-client.ts'))).toBe(false);
  });
});
