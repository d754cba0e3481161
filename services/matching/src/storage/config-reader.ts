import type { MatchingConfig } from '@suite/contracts';

/**
 * Caches the current matching config read by `load` (the config repository) for `cacheMs`, so a
 * busy shortlist route does not read the database per request. `forget()` makes the next read fresh
 * (the current-config wrapper calls it when a save is announced).
 */
export function createConfigReader(load: () => Promise<MatchingConfig>, cacheMs: number) {
  let cached: { config: MatchingConfig; readAtMs: number } | undefined;
  return {
    async current(): Promise<MatchingConfig> {
      if (cached && Date.now() - cached.readAtMs < cacheMs) return cached.config;
      const config = await load();
      cached = { config, readAtMs: Date.now() };
      return config;
    },
    forget() {
      cached = undefined;
    },
  };
}
