// Deletes the demo's queues from Redis (every key under one BullMQ prefix), for ./scripts/demo --reset.
//   pnpm exec tsx scripts/demo-data/reset-queues.ts --redis URL --prefix demo
import { parseArgs } from 'node:util';
import { createRedis } from '@suite/platform';

const { values } = parseArgs({ options: { redis: { type: 'string' }, prefix: { type: 'string' } } });
// The default BullMQ prefix is shared with anything else on the same Redis; refuse to empty it.
if (!values.redis || !values.prefix || values.prefix === 'bull') {
  console.error('usage: reset-queues.ts --redis URL --prefix PREFIX (not the shared default "bull")');
  process.exit(2);
}
const redis = createRedis(values.redis);
// Glob characters in a prefix (hash tags use braces) are escaped so the pattern matches them literally.
const pattern = `${values.prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`;
let deleted = 0;
let cursor = '0';
do {
  const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
  cursor = next;
  if (keys.length) deleted += await redis.unlink(...keys);
} while (cursor !== '0');
redis.disconnect();
console.log(`deleted ${deleted} queue keys under "${values.prefix}:"`);
