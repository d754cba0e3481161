import {
  configAuditEntrySchema,
  matchingConfigInputSchema,
  matchingConfigPreviewRequestSchema,
  matchingConfigPreviewSchema,
  matchingConfigSchema,
  type Shortlist,
  shortlistSchema,
} from '@suite/contracts';
import {
  badRequest,
  decodeCursor,
  defineRoute,
  listOf,
  pageOf,
  pageQuerySchema,
  type Route,
} from '@suite/platform';
import { z } from 'zod';
import { compareShortlists } from '../domain/tuning/shortlist-changes';
import type { BuildShortlist, OfflineEvaluator, ScoringConfig } from '../offline-evaluator';
import type { RecommendationReach } from '../shortlists';
import type { ConfigRepository } from '../storage/config.repository';
import type { CurrentConfig } from '../storage/current-config';

export interface AdminConfigDeps {
  matchingConfig: Pick<CurrentConfig, 'current' | 'announce'>;
  configRepository: ConfigRepository;
  offlineEvaluator: OfflineEvaluator;
  shortlists: { build: BuildShortlist; reach: RecommendationReach };
  index: { challenge(id: string): { id: string; status: string } | undefined };
}

const DEFAULT_PREVIEW_K = 20;
// A proposal is never saved; its shortlist says so with version 0.
const UNSAVED_VERSION = 0;

/**
 * The ETag of a config version, as GET and PUT answer it and If-Match names it. Set by the route so
 * Express does not add its own weak hash of the body, which If-Match would refuse.
 */
const versionTag = (version: number) => ({ etag: `"${version}"` });

/** A previewed list with the challenge's own status: the list builder calls anything not closed `open`. */
function withStatus(list: Shortlist, status: string): Shortlist {
  const known = shortlistSchema.shape.challengeStatus.safeParse(status);
  return { ...list, challengeStatus: known.success ? known.data : undefined };
}

const ranked = (shortlist: Shortlist) =>
  shortlist.entries.map((e) => ({ innovatorId: e.innovator.id, rank: e.rank }));

/** Offline figures of the current and the proposed config over every challenge with decisions. */
async function compareOffline(
  evaluator: OfflineEvaluator,
  current: ScoringConfig,
  proposed: ScoringConfig,
  k: number,
) {
  const judgements = await evaluator.judgements();
  const before = evaluator.evaluate(judgements, current, k);
  const after = evaluator.evaluate(judgements, proposed, k);
  let note: string | undefined;
  if (judgements.size === 0) note = 'no decisions yet: record invitations to evaluate configs offline';
  else if (after.challenges === 0) note = 'no invited-or-better decision on a known challenge yet';
  return {
    k,
    challenges: after.challenges,
    current: { ndcg: before.ndcg, recall: before.recall },
    proposed: { ndcg: after.ndcg, recall: after.recall },
    ...(note ? { note } : {}),
  };
}

const auditCursor = z.object({ v: z.number().int().min(1) });

/**
 * The version an `If-Match` header names (`"3"`, `W/"3"` or `3`, as the GET's ETag gives it): a save
 * based on it is refused with 409 once another version replaced it. Absent: saved unconditionally.
 */
function versionMatched(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) {
    throw badRequest('If-Match must name a config version, as the ETag of GET /v1/admin/matching-config', [
      { path: 'headers.if-match', message: 'expected a version such as "3"' },
    ]);
  }
  return Number(match[1]);
}

export function adminConfigRoutes(deps: AdminConfigDeps): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/admin/matching-config',
      summary: 'The matching config in force: weights, minimum score, default balance policy',
      tags: ['tuning'],
      auth: ['admin'],
      responses: { 200: { description: 'The current version', schema: matchingConfigSchema } },
      handler: async () => {
        const current = await deps.matchingConfig.current();
        return { status: 200, body: current, headers: versionTag(current.version) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/v1/admin/matching-config',
      summary:
        'Save a new version of the matching config (a reason is required); applies at once everywhere. ' +
        'A config equal to the current one (weights, minScore, balance) saves nothing',
      tags: ['tuning'],
      auth: ['admin'],
      body: matchingConfigInputSchema,
      responses: {
        200: {
          description:
            'The new version, its ETag ("4") ready for the next If-Match. When weights, minScore and ' +
            'balance equal the current version, no version and no audit entry are made and the reason ' +
            'is not recorded: the answer is the current version and its ETag, even under an older If-Match',
          schema: matchingConfigSchema,
        },
        409: { description: 'If-Match named a version another save has replaced' },
      },
      handler: async ({ body, principal, req }) => {
        const basedOn = versionMatched(req.headers['if-match']);
        const saved = await deps.configRepository.save(body, principal?.subject ?? 'unknown', basedOn);
        if (saved.created) await deps.matchingConfig.announce(saved.config.version);
        return { status: 200, body: saved.config, headers: versionTag(saved.config.version) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/admin/matching-config/preview',
      summary:
        'Compare a proposed config with the current one on a challenge and on past decisions; saves nothing',
      tags: ['tuning'],
      auth: ['admin'],
      body: matchingConfigPreviewRequestSchema,
      access: {
        load: async ({ body }) => deps.index.challenge(body.challengeId),
      },
      responses: {
        200: {
          description:
            "Both shortlists, what changed, offline figures of both. A list's challengeStatus is the " +
            "challenge's (draft, open, closed)",
          schema: matchingConfigPreviewSchema,
        },
        404: { description: 'No such challenge' },
      },
      handler: async ({ body, resource }) => {
        const k = body.k ?? DEFAULT_PREVIEW_K;
        const current = await deps.matchingConfig.current();
        const proposed: ScoringConfig = { ...body.config, version: UNSAVED_VERSION };
        const build = (config: ScoringConfig) =>
          withStatus(deps.shortlists.build({ challengeId: resource.id, k, config }), resource.status);
        const currentList = build(current);
        const proposedList = build(proposed);
        return {
          status: 200,
          body: {
            current: currentList,
            proposed: proposedList,
            changes: compareShortlists(ranked(currentList), ranked(proposedList)),
            evaluation: await compareOffline(deps.offlineEvaluator, current, proposed, k),
            recommendations: {
              current: deps.shortlists.reach({ challengeId: body.challengeId, config: current }),
              proposed: deps.shortlists.reach({ challengeId: body.challengeId, config: proposed }),
            },
          },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/admin/audit',
      summary: 'Who changed the matching config, when, why and what changed; newest first',
      tags: ['tuning'],
      auth: ['admin'],
      query: pageQuerySchema,
      responses: {
        200: { description: 'Saved versions, newest first', schema: listOf(configAuditEntrySchema) },
      },
      handler: async ({ query }) => {
        const before = query.cursor ? decodeCursor(query.cursor, auditCursor).v : undefined;
        const rows = await deps.configRepository.audit({ limit: query.limit + 1, beforeVersion: before });
        const page = pageOf(
          rows,
          query.limit,
          (row) => ({ v: row.version }),
          (row) => ({
            version: row.version,
            at: row.updatedAt,
            by: row.updatedBy,
            reason: row.reason,
            diff: row.diff,
          }),
        );
        return { status: 200, body: page };
      },
    }),
  ];
}
