import {
  challengeOutcomesSchema,
  idSchema,
  isoDateTimeSchema,
  outcomesQuerySchema,
  outcomesSchema,
} from '@suite/contracts';
import { badRequest, defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import {
  outcomeEvents,
  summariseByChallenge,
  summariseByMonth,
  summariseStages,
} from '../domain/tuning/outcome-report';
import type { DecisionsRepository } from '../storage/decisions.repository';

export interface OutcomesDeps {
  decisions: Pick<DecisionsRepository, 'current' | 'history' | 'shownAppearances'>;
  index: {
    challenge(id: string): { id: string; organisationId: string } | undefined;
    innovator(id: string): { name: string } | undefined;
  };
}

const DAY_MS = 86_400_000;
const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

const RANGE_FORMATS =
  'expected a month (2026-12), a date (2026-12-31) or a date-time with an offset (2026-12-31T23:59:00Z)';
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const dateOrDateTime = z.union([z.iso.date(), isoDateTimeSchema]);

/** `2026-02` -> the date of its first day (`at: 'start'`) or its last (`at: 'end'`). */
function monthDay(value: string, at: 'start' | 'end'): string {
  const [, year, month] = monthPattern.exec(value) ?? [];
  // Day 0 of the next month is the last day of this one (28, 29, 30 or 31).
  const day = at === 'start' ? 1 : new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(day).padStart(2, '0')}`;
}

/**
 * One end of the window: a month as its first (`from`) or last (`to`) date, else a date or a
 * date-time as given. Anything else gets one message naming the three forms, where the union
 * alone would say only "Invalid input".
 */
const rangeEnd = (at: 'start' | 'end') =>
  z
    .string({ error: RANGE_FORMATS })
    .refine((value) => monthPattern.test(value) || dateOrDateTime.safeParse(value).success, {
      error: RANGE_FORMATS,
    })
    .transform((value) => (monthPattern.test(value) ? monthDay(value, at) : value))
    .describe(`A month (its ${at === 'start' ? 'first' : 'last'} day), a date or a date-time`)
    .optional();

// The contract's query, widened to take a month: `?from=2026-12` is the natural way to ask for one.
const outcomesRangeSchema = outcomesQuerySchema.extend({ from: rangeEnd('start'), to: rangeEnd('end') });

/** `[from, to)` in ms: a date-only `to` covers its whole day. */
function range(query: { from?: string; to?: string }) {
  const from = query.from ? Date.parse(query.from) : Number.NEGATIVE_INFINITY;
  const to = query.to ? Date.parse(query.to) + (isDateOnly(query.to) ? DAY_MS : 1) : Number.POSITIVE_INFINITY;
  if (from >= to)
    throw badRequest('invalid query', [{ path: 'query.to', message: 'must not be before from' }]);
  return { from, to };
}

export function outcomesRoutes(deps: OutcomesDeps): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/challenges/{id}/outcomes',
      summary:
        "A challenge's recruitment funnel per gender group: listed, invited, accepted, in a test environment",
      tags: ['tuning'],
      auth: ['admin', 'need_owner'],
      params: z.object({ id: idSchema }),
      access: {
        load: async ({ params }) => deps.index.challenge(params.id),
        owner: (challenge) => ({ organisationId: challenge.organisationId }),
      },
      responses: {
        200: { description: 'Per stage, per month, and the decisions', schema: challengeOutcomesSchema },
        404: { description: 'No such challenge' },
      },
      handler: async ({ resource }) => {
        const [shown, history, current] = await Promise.all([
          deps.decisions.shownAppearances(resource.id),
          deps.decisions.history(resource.id),
          deps.decisions.current(resource.id),
        ]);
        const events = outcomeEvents(shown, history);
        return {
          status: 200,
          body: {
            challengeId: resource.id,
            stages: summariseStages(events),
            months: summariseByMonth(events),
            // Names of the people the owner decided about (they saw them on the list), while known.
            decisions: current.map((d) => {
              const name = deps.index.innovator(d.innovatorId)?.name;
              return {
                innovatorId: d.innovatorId,
                ...(name === undefined ? {} : { innovatorName: name }),
                stage: d.stage,
                group: d.group,
                decidedAt: d.decidedAt.toISOString(),
                history: history
                  .filter((change) => change.innovatorId === d.innovatorId)
                  .map((change) => ({
                    stage: change.stage,
                    at: change.decidedAt.toISOString(),
                    by: change.by ?? 'unknown',
                  })),
              };
            }),
          },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/admin/outcomes',
      summary:
        'The recruitment funnel per gender group over all challenges, per month and per challenge; ' +
        'from and to (inclusive) take a month (2026-12), a date or a date-time',
      tags: ['tuning'],
      auth: ['admin'],
      query: outcomesRangeSchema,
      responses: {
        200: {
          description:
            'Totals, months and challenges; from and to as applied (a month as its first or last day)',
          schema: outcomesSchema,
        },
      },
      handler: async ({ query }) => {
        const { from, to } = range(query);
        const [shown, history] = await Promise.all([
          deps.decisions.shownAppearances(),
          deps.decisions.history(),
        ]);
        // Stages are dated when first reached, so the window applies after the funnel is built.
        const events = outcomeEvents(shown, history).filter(
          (e) => e.at.getTime() >= from && e.at.getTime() < to,
        );
        return {
          status: 200,
          body: {
            from: query.from ?? null,
            to: query.to ?? null,
            stages: summariseStages(events),
            months: summariseByMonth(events),
            challenges: summariseByChallenge(events),
          },
        };
      },
    }),
  ];
}
