import { createRedis, type Redis } from '@suite/platform';
import { testConfig } from './config';
import { uniqueName } from './unique-name';

export interface TestRedis {
  redis: Redis;
  url: string;
  /** A BullMQ prefix no other test uses, so queues never see each other's jobs. */
  prefix: string;
  cleanup(): Promise<void>;
}

export async function openTestRedis(): Promise<TestRedis> {
  const redis = createRedis(testConfig.TEST_REDIS_URL);
  await redis.ping();
  const prefix = uniqueName('test');
  return {
    redis,
    url: testConfig.TEST_REDIS_URL,
    prefix,
    async cleanup() {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) await redis.del(...keys);
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}
