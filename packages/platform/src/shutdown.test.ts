import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createShutdownRegistry } from './shutdown';

describe('createShutdownRegistry', () => {
  it('closes http, then workers, then queues, then connections - once', async () => {
    const order: string[] = [];
    const registry = createShutdownRegistry(pino({ level: 'silent' }));
    registry.register('connections', 'db', async () => order.push('db'));
    registry.register('queues', 'queue', async () => order.push('queue'));
    registry.register('http', 'server', async () => order.push('http'));
    registry.register('workers', 'worker', async () => order.push('worker'));
    await Promise.all([registry.shutdown('a'), registry.shutdown('b')]);
    expect(order).toEqual(['http', 'worker', 'queue', 'db']);
  });

  it('keeps going when one step fails', async () => {
    const order: string[] = [];
    const registry = createShutdownRegistry(pino({ level: 'silent' }));
    registry.register('http', 'server', async () => {
      throw new Error('boom');
    });
    registry.register('connections', 'db', async () => order.push('db'));
    await registry.shutdown('test');
    expect(order).toEqual(['db']);
  });
});
