import { describe, expect, it } from 'vitest';
import { microBatch } from './micro-batch';

describe('microBatch', () => {
  it('answers calls made together from one run, each with its own output', async () => {
    const runs: number[][] = [];
    const double = microBatch(async (inputs: number[]) => {
      runs.push(inputs);
      return inputs.map((i) => i * 2);
    });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(runs).toEqual([[1, 2, 3]]);
  });

  it('collects calls made while a run is out into the next run, at most maxBatch at a time', async () => {
    const runs: number[][] = [];
    let finishFirst!: () => void;
    const firstRunHeld = new Promise<void>((done) => {
      finishFirst = done;
    });
    const echo = microBatch(async (inputs: number[]) => {
      runs.push(inputs);
      if (runs.length === 1) await firstRunHeld;
      return inputs;
    }, 2);
    const first = echo(1);
    await new Promise((r) => setImmediate(r));
    const later = [echo(2), echo(3), echo(4)];
    finishFirst();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(runs).toEqual([[1], [2, 3], [4]]);
  });

  it('hands a failed run to every caller in it, and the next run starts fresh', async () => {
    let fail = true;
    const flaky = microBatch(async (inputs: string[]) => {
      if (fail) throw new Error('database down');
      return inputs;
    });
    const results = await Promise.allSettled([flaky('a'), flaky('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await flaky('c')).toBe('c');
  });
});
