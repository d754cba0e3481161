import type { MatchingConfig } from '@suite/contracts';
import type { Redis } from '@suite/platform';

// Raises the shared version and never lowers it: two saves announcing out of order keep the higher.
const RAISE_VERSION = `
local known = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > known then redis.call('SET', KEYS[1], ARGV[1]) end
return redis.call('GET', KEYS[1])`;

/** Anything that reads the current config from the database and may cache it until told to forget. */
interface ConfigSource {
  current(): Promise<MatchingConfig>;
  forget(): void;
}

/**
 * The config in force, the same in every replica at once. Each read compares the version this
 * replica last used with the version announced in Redis (one GET); a save announces its version,
 * so the next read in any replica drops its cache and reads the database. Shortlist caches keyed on
 * the config version are thereby invalidated at once, with no pub/sub message to miss or race.
 */
// The Redis client queues commands while disconnected (BullMQ needs that), so a read could wait
// for as long as Redis is away; past this wait the database answers on its own.
const REDIS_WAIT_MS = 250;

/** Resolves to undefined when Redis fails or does not answer in time. */
async function withinWait<T>(command: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), REDIS_WAIT_MS);
  });
  try {
    return await Promise.race([command, late]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

export function createCurrentConfig(deps: { source: ConfigSource; redis: Redis; key: string }) {
  const { source, redis, key } = deps;
  let used = 0;

  const raise = (version: number) => withinWait(redis.eval(RAISE_VERSION, 1, key, String(version)));

  return {
    async current(): Promise<MatchingConfig> {
      const announced = await withinWait(redis.get(key));
      // Without an answer from Redis, nothing says the cache is current: read the database.
      if (announced === undefined || announced === null || Number(announced) > used) source.forget();
      const config = await source.current();
      used = config.version;
      // A fresh Redis (or one that lost the key) learns the version from the database.
      if (announced === null || (announced !== undefined && Number(announced) < config.version)) {
        await raise(config.version);
      }
      return config;
    },

    forget(): void {
      source.forget();
    },

    /**
     * Call after saving a version: every replica uses it from its next read. Should Redis be away,
     * the save still stands; replicas pick it up when their source's cache expires.
     */
    async announce(version: number): Promise<void> {
      await raise(version);
      source.forget();
    },
  };
}

export type CurrentConfig = ReturnType<typeof createCurrentConfig>;
