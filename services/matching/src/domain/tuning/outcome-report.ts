import { type DecisionStage, type Gender, genders } from '@suite/contracts';

/** The recruitment funnel, listed first; `declined` is where people fell out. */
export const outcomeStages = ['listed', 'invited', 'accepted', 'in_test_environment', 'declined'] as const;
export type OutcomeStage = (typeof outcomeStages)[number];

/** An innovator on a shortlist a need owner was shown. */
export interface ShownAppearance {
  challengeId: string;
  innovatorId: string;
  group: Gender;
  shownAt: Date;
}

/** One recorded decision, as kept in the history. */
export interface DecisionChange {
  challengeId: string;
  innovatorId: string;
  stage: DecisionStage;
  group: Gender;
  decidedAt: Date;
  /** Who recorded it (a token's subject), where the caller has it. */
  by?: string;
}

/** A pair (challenge, innovator) reaching a stage, dated when it first did. */
export interface StageEvent {
  challengeId: string;
  innovatorId: string;
  stage: OutcomeStage;
  group: Gender;
  at: Date;
}

export interface StageSummary {
  stage: OutcomeStage;
  total: number;
  counts: Record<Gender, number>;
  shares: Record<Gender, number>;
}

// Reaching a later stage implies the earlier ones: someone accepted was invited, even when the
// need owner recorded `accepted` straight away.
const funnelLevel: Record<DecisionStage, number> = {
  declined: 0,
  invited: 1,
  accepted: 2,
  in_test_environment: 3,
};
const funnel: Array<[Exclude<OutcomeStage, 'listed' | 'declined'>, number]> = [
  ['invited', 1],
  ['accepted', 2],
  ['in_test_environment', 3],
];

const pairKey = (challengeId: string, innovatorId: string) => `${challengeId}\u0000${innovatorId}`;

/**
 * Turns what was shown and decided into dated stage events: listed when first shown, each funnel
 * stage when first reached (from the history, so a later decline does not erase an invitation),
 * and declined when that is the latest decision.
 */
export function outcomeEvents(
  shown: readonly ShownAppearance[],
  history: readonly DecisionChange[],
): StageEvent[] {
  const events: StageEvent[] = [];
  const firstShown = new Map<string, ShownAppearance>();
  for (const s of shown) {
    const key = pairKey(s.challengeId, s.innovatorId);
    const seen = firstShown.get(key);
    if (!seen || s.shownAt < seen.shownAt) firstShown.set(key, s);
  }
  for (const s of firstShown.values()) {
    events.push({
      challengeId: s.challengeId,
      innovatorId: s.innovatorId,
      stage: 'listed',
      group: s.group,
      at: s.shownAt,
    });
  }
  const byPair = new Map<string, DecisionChange[]>();
  for (const change of history) {
    const key = pairKey(change.challengeId, change.innovatorId);
    const changes = byPair.get(key) ?? [];
    changes.push(change);
    byPair.set(key, changes);
  }
  for (const changes of byPair.values()) {
    const ordered = [...changes].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
    for (const [stage, level] of funnel) {
      const reached = ordered.find((c) => funnelLevel[c.stage] >= level);
      if (reached) events.push(eventOf(reached, stage));
    }
    const latest = ordered[ordered.length - 1]!;
    if (latest.stage === 'declined') events.push(eventOf(latest, 'declined'));
  }
  return events;
}

const eventOf = (change: DecisionChange, stage: OutcomeStage): StageEvent => ({
  challengeId: change.challengeId,
  innovatorId: change.innovatorId,
  stage,
  group: change.group,
  at: change.decidedAt,
});

const zeroCounts = (): Record<Gender, number> =>
  Object.fromEntries(genders.map((g) => [g, 0])) as Record<Gender, number>;

/** Per stage, in funnel order: how many per gender group and their shares of that stage. */
export function summariseStages(events: readonly StageEvent[]): StageSummary[] {
  return outcomeStages.map((stage) => {
    const counts = zeroCounts();
    let total = 0;
    for (const e of events) {
      if (e.stage !== stage) continue;
      counts[e.group] += 1;
      total += 1;
    }
    const shares = zeroCounts();
    if (total > 0) for (const g of genders) shares[g] = counts[g] / total;
    return { stage, total, counts, shares };
  });
}

/** `YYYY-MM` of a time, in UTC. */
export const monthOf = (at: Date) => at.toISOString().slice(0, 7);

/** Stage summaries per month an event happened in, oldest month first. */
export function summariseByMonth(
  events: readonly StageEvent[],
): Array<{ month: string; stages: StageSummary[] }> {
  return partition(events, (e) => monthOf(e.at)).map(([month, inMonth]) => ({
    month,
    stages: summariseStages(inMonth),
  }));
}

/** Stage summaries per challenge, by challenge id. */
export function summariseByChallenge(
  events: readonly StageEvent[],
): Array<{ challengeId: string; stages: StageSummary[] }> {
  return partition(events, (e) => e.challengeId).map(([challengeId, ofChallenge]) => ({
    challengeId,
    stages: summariseStages(ofChallenge),
  }));
}

function partition(
  events: readonly StageEvent[],
  keyOf: (e: StageEvent) => string,
): Array<[string, StageEvent[]]> {
  const groups = new Map<string, StageEvent[]>();
  for (const e of events) {
    const key = keyOf(e);
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
