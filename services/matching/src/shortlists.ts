import { type MatchingConfig, type Shortlist, shortlistSchema } from '@suite/contracts';
import { appError, type Logger } from '@suite/platform';
import { contentHash } from './domain/content-hash';
import type { MatchIndex } from './domain/match-index';
import { openingAudience } from './domain/opening-audience';
import { buildShortlist, type ScoringConfig } from './domain/shortlist-builder';
import { serialiseChecked } from './serialised-body';
import type { ShownShortlistsRepository } from './storage/shown-shortlists.repository';

/** Where the current matching config comes from (cached by the source, announced across replicas). */
export type RecommendationReach = (request: { challengeId: string; config: ScoringConfig }) => number;

export interface ConfigSource {
  current(): Promise<MatchingConfig>;
}

/** Who a shortlist is served to: its need owner (page, API, email), an admin, or nobody yet. */
export type ShownTo = 'owner' | 'admin' | 'nobody';

interface ShortlistRequest {
  challengeId: string;
  k: number;
  shownTo: ShownTo;
}

// Enough for every challenge at a few list lengths; the oldest entry goes first beyond it.
const CACHE_ENTRIES = 5_000;

/**
 * Shortlists as the service serves them. STABLE API (the tuning side calls it):
 *
 * - `build({ challengeId, k, config })`: the shortlist of any known challenge (open or not) under
 *   the given config, computed now, neither cached nor recorded. Unknown challenge -> NOT_FOUND.
 * - `current({ challengeId, k, shownTo })`: the shortlist under the current config, cached per
 *   challenge, k and config version until an event changes the index; each new content shown to
 *   someone is recorded in `shown_shortlists`, marked when its need owner saw it (`shownTo: 'owner'`;
 *   `'nobody'` records nothing: the caller records with `recordShown` once it has shown it).
 *   Callers check the challenge is open first. `currentJson`: the same as the JSON the route sends.
 */
export function createShortlistService(deps: {
  index: MatchIndex;
  config: ConfigSource;
  shown: ShownShortlistsRepository;
  logger: Logger;
  clock?: () => number;
}) {
  const clock = deps.clock ?? Date.now;
  const cache = new Map<string, { generation: number; shortlist: Shortlist; json?: string }>();
  // Per content recorded: who it was recorded as shown to ('owner' wins over 'admin').
  const recorded = new Map<string, Exclude<ShownTo, 'nobody'>>();

  const build = ({ challengeId, k, config }: { challengeId: string; k: number; config: ScoringConfig }) => {
    const challenge = deps.index.challenge(challengeId);
    if (!challenge) throw appError('NOT_FOUND', `challenge ${challengeId} does not exist`);
    return buildShortlist({ index: deps.index, challenge, k, config, nowMs: clock() });
  };

  /** How many innovators the challenge's opening mail reaches under a config (see `openingAudience`). */
  const reach: RecommendationReach = ({ challengeId, config }) => {
    const challenge = deps.index.challenge(challengeId);
    if (!challenge) throw appError('NOT_FOUND', `challenge ${challengeId} does not exist`);
    return openingAudience({ index: deps.index, challenge, config, nowMs: clock() }).size;
  };

  const recordShown = (shortlist: Shortlist, shownTo: ShownTo) => {
    if (shownTo === 'nobody') return;
    const entries = shortlist.entries.map((e) => ({
      innovatorId: e.innovator.id,
      ideaId: e.idea.id,
      rank: e.rank,
      group: e.group,
      score: e.score,
    }));
    const hash = contentHash({ configVersion: shortlist.configVersion, k: shortlist.k, entries });
    const contentKey = `${shortlist.challengeId}:${hash}`;
    // An owner's view is recorded even after an admin's of the same content (it marks the row).
    if (recorded.get(contentKey) === 'owner' || recorded.get(contentKey) === shownTo) return;
    const before = recorded.get(contentKey);
    recorded.set(contentKey, shownTo);
    // Recording must not slow the response; a failed insert is logged and retried next time.
    deps.shown
      .record({
        challengeId: shortlist.challengeId,
        configVersion: shortlist.configVersion,
        k: shortlist.k,
        generatedAt: new Date(shortlist.generatedAt),
        contentHash: hash,
        entries,
        shownToOwner: shownTo === 'owner',
      })
      .catch((err: unknown) => {
        if (before === undefined) recorded.delete(contentKey);
        else recorded.set(contentKey, before);
        deps.logger.error({ err, challengeId: shortlist.challengeId }, 'recording a shown shortlist failed');
      });
  };

  const cached = async ({ challengeId, k, shownTo }: ShortlistRequest) => {
    const config = await deps.config.current();
    const key = `${challengeId}:${k}:${config.version}`;
    const generation = deps.index.generation;
    const hit = cache.get(key);
    if (hit && hit.generation === generation) {
      recordShown(hit.shortlist, shownTo);
      return hit;
    }
    const shortlist = build({ challengeId, k, config });
    const entry = { generation, shortlist } as { generation: number; shortlist: Shortlist; json?: string };
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    recordShown(shortlist, shownTo);
    return entry;
  };

  return {
    build,
    reach,
    recordShown,
    async current(request: ShortlistRequest): Promise<Shortlist> {
      return (await cached(request)).shortlist;
    },
    /** `current` as the JSON the route sends (contract-checked and serialised once per content). */
    async currentJson(request: ShortlistRequest): Promise<string> {
      const entry = await cached(request);
      entry.json ??= serialiseChecked(shortlistSchema, entry.shortlist, 'shortlist');
      return entry.json;
    },
  };
}

export type ShortlistService = ReturnType<typeof createShortlistService>;
