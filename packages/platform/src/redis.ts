import { Redis } from 'ioredis';

export type { Redis };

/** BullMQ workers need `maxRetriesPerRequest: null`; one client shape serves both queues and health checks. */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}
