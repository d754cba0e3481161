import { recommendationsSchema } from '@suite/contracts';
import { appError } from '@suite/platform';
import type { z } from 'zod';
import type { MatchIndex } from './domain/match-index';
import { recommendChallenges } from './domain/recommendations-builder';
import { serialiseChecked } from './serialised-body';
import type { ConfigSource } from './shortlists';

type Recommendations = z.infer<typeof recommendationsSchema>;

const CACHE_ENTRIES = 10_000;

/** Open challenges for an innovator under the current config, cached until the index changes. */
export function createRecommendationService(deps: {
  index: MatchIndex;
  config: ConfigSource;
  clock?: () => number;
}) {
  const clock = deps.clock ?? Date.now;
  const cache = new Map<string, { generation: number; value: Recommendations; json?: string }>();
  const cached = async ({ innovatorId, k }: { innovatorId: string; k: number }) => {
    const innovator = deps.index.innovator(innovatorId);
    if (!innovator) throw appError('NOT_FOUND', `innovator ${innovatorId} does not exist`);
    const config = await deps.config.current();
    const key = `${innovatorId}:${k}:${config.version}`;
    const hit = cache.get(key);
    const generation = deps.index.generation;
    if (hit && hit.generation === generation) return hit;
    const found = recommendChallenges({
      index: deps.index,
      innovator,
      ideas: deps.index.ideasOf(innovatorId),
      k,
      config,
      nowMs: clock(),
    });
    const value: Recommendations = {
      innovatorId,
      entries: found.map((r) => ({
        challengeId: r.challengeId,
        title: r.title,
        ideaId: r.best.ideaId,
        score: r.best.score,
        components: r.best.components,
        explanation: r.best.explanation,
      })),
    };
    const entry: { generation: number; value: Recommendations; json?: string } = { generation, value };
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    return entry;
  };
  return {
    async current(request: { innovatorId: string; k: number }): Promise<Recommendations> {
      return (await cached(request)).value;
    },
    /** `current` as the JSON the route sends (contract-checked and serialised once per content). */
    async currentJson(request: { innovatorId: string; k: number }): Promise<string> {
      const entry = await cached(request);
      entry.json ??= serialiseChecked(recommendationsSchema, entry.value, 'recommendations');
      return entry.json;
    },
  };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
