import type { Redis } from '@suite/platform';
import type { TunableConfig } from '../domain/tuning/config-diff';
import type { ConfigRepository, StoredMatchingConfig } from './config.repository';

// Raises the shared version and never lowers it: two saves announcing out of order keep the higher.
const RAISE_VERSION = `
local known = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > known then redis.call('SET', KEYS[1], ARGV[1]) end
return redis.call('GET', KEYS[1])`;

/**
 * The config in force, the same in every replica of the service. Each replica keeps the current
 * version in memory and, on every read, compares it with the version announced in Redis (one GET);
 * a save announces its version, so the next read anywhere reloads from the database. Shortlist
 * caches keyed on the version are thereby invalidated at once, with no message to miss.
 */
export function createCurrentConfig(deps: { repository: ConfigRepository; redis: Redis; key: string }) {
  const { repository, redis, key } = deps;
  let cached: StoredMatchingConfig | undefined;

  const announce = (version: number) => redis.eval(RAISE_VERSION, 1, key, String(version));

  const announced = async (): Promise<number | undefined> => {
    try {
      const value = await redis.get(key);
      return value === null ? undefined : Number(value);
    } catch {
      // Without Redis, the database is still the truth: read it every time until Redis is back.
      return undefined;
    }
  };

  return {
    async get(): Promise<StoredMatchingConfig> {
      const version = await announced();
      if (cached && version !== undefined && version <= cached.version) return cached;
      const fresh = await repository.current();
      cached = fresh;
      if (version === undefined || version < fresh.version)
        await announce(fresh.version).catch(() => undefined);
      return fresh;
    },

    /** Saves a new version and announces it to every replica. */
    async save(input: TunableConfig & { reason: string }, by: string): Promise<StoredMatchingConfig> {
      const saved = await repository.save(input, by);
      await announce(saved.version);
      cached = saved;
      return saved;
    },
  };
}

export type CurrentConfig = ReturnType<typeof createCurrentConfig>;
