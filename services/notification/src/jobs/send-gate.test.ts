import { describe, expect, it } from 'vitest';
import { createSendGate } from './send-gate';

describe('send gate', () => {
  it('lets one holder in at a time, in the order they asked', async () => {
    const gate = createSendGate();
    const log: string[] = [];
    const hold = async (name: string, steps: number) => {
      const release = await gate.acquire();
      log.push(`${name} in`);
      for (let i = 0; i < steps; i++) await Promise.resolve();
      log.push(`${name} out`);
      release();
    };
    await Promise.all([hold('a', 5), hold('b', 1), hold('c', 3)]);
    expect(log).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });
});
