import type { EventPayload } from '@suite/contracts';
import type { AnalyzedDocument } from '@suite/text';
import type { MatchIndex } from '../domain/match-index';
import {
  challengeFacts,
  challengeRow,
  ideaFacts,
  ideaRow,
  ideaTombstone,
  innovatorFacts,
  innovatorRow,
} from '../domain/projection-rows';
import type { ProjectionRepository } from '../storage/projection.repository';

/** What the projector tells the mail side about changes worth a mail. */
export interface ChangeListener {
  challengeOpened(challengeId: string): void;
  /** An idea was added or changed (its innovator may get recommendations). */
  ideaChanged(innovatorId: string): void;
  /** Something that can change shortlists of open challenges happened. */
  shortlistsMayChange(challengeId?: string): void;
}

/** One promise chain per key: events about the same entity apply in arrival order, others in parallel. */
function createKeyedLock() {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

/**
 * Applies matching-inbox events to the tables, then to the in-memory index. A version that is not
 * newer than the stored one is skipped before any analysis; the database write is guarded by the
 * version too. Returns whether the event changed anything.
 */
export function createProjector(deps: {
  projection: ProjectionRepository;
  index: MatchIndex;
  listener: ChangeListener;
}) {
  const { projection, index, listener } = deps;
  const locked = createKeyedLock();

  return {
    challengeUpserted: (e: EventPayload<'challenge.upserted'>) =>
      locked(`challenge:${e.challenge.id}`, async () => {
        const stored = await projection.challenge(e.challenge.id);
        if (stored && stored.version >= e.version) return false;
        const at = new Date(e.occurredAt);
        const opens = e.challenge.status === 'open' && stored?.status !== 'open';
        const openedAt = opens ? at : (stored?.openedAt ?? null);
        const row = challengeRow(e.challenge, e.version, at, openedAt);
        if (!(await projection.putChallenge(row))) return false;
        index.putChallenge(challengeFacts(row));
        if (opens) listener.challengeOpened(row.id);
        listener.shortlistsMayChange(row.id);
        return true;
      }),

    challengeClosed: (e: EventPayload<'challenge.closed'>) =>
      locked(`challenge:${e.challengeId}`, async () => {
        const stored = await projection.challenge(e.challengeId);
        // A close for a challenge never seen has nothing to close; its upsert will carry the status.
        if (!stored || stored.version >= e.version) return false;
        const row = { ...stored, version: e.version, status: 'closed', updatedAt: new Date(e.occurredAt) };
        if (!(await projection.putChallenge(row))) return false;
        index.putChallenge(challengeFacts(row));
        return true;
      }),

    innovatorUpserted: (e: EventPayload<'innovator.upserted'>) =>
      locked(`innovator:${e.innovator.id}`, async () => {
        const stored = await projection.innovator(e.innovator.id);
        if (stored && stored.version >= e.version) return false;
        const row = innovatorRow(e.innovator, e.version, new Date(e.occurredAt));
        if (!(await projection.putInnovator(row))) return false;
        index.putInnovator(innovatorFacts(row));
        // Ideas that arrived before their innovator count from now on.
        if (index.ideasOf(row.id).length > 0) {
          listener.ideaChanged(row.id);
          listener.shortlistsMayChange();
        }
        return true;
      }),

    innovatorErased: (e: EventPayload<'innovator.erased'>) =>
      locked(`innovator:${e.innovatorId}`, async () => {
        const erased = await projection.eraseInnovator(e.innovatorId, e.version, new Date(e.occurredAt));
        if (erased === undefined) return false;
        index.eraseInnovator(e.innovatorId);
        for (const ideaId of erased) index.removeIdea(ideaId);
        listener.shortlistsMayChange();
        return true;
      }),

    ideaUpserted: (e: EventPayload<'idea.upserted'>) =>
      locked(`idea:${e.idea.id}`, async () => {
        const stored = await projection.idea(e.idea.id);
        if (stored && stored.version >= e.version) return false;
        const at = new Date(e.occurredAt);
        // An erased person's ideas stay erased, whatever arrives late.
        const owner = await projection.innovator(e.idea.innovatorId);
        const row = owner?.erased
          ? ideaTombstone(e.idea.id, e.idea.innovatorId, e.version, at)
          : ideaRow(e.idea, e.version, at);
        if (!(await projection.putIdea(row))) return false;
        if (row.deleted || !row.analysis) {
          index.removeIdea(row.id);
          return true;
        }
        index.putIdea(ideaFacts(row), row.analysis as AnalyzedDocument);
        listener.ideaChanged(row.innovatorId);
        listener.shortlistsMayChange();
        return true;
      }),

    ideaDeleted: (e: EventPayload<'idea.deleted'>) =>
      locked(`idea:${e.ideaId}`, async () => {
        const stored = await projection.idea(e.ideaId);
        if (stored && stored.version >= e.version) return false;
        const row = ideaTombstone(e.ideaId, e.innovatorId, e.version, new Date(e.occurredAt));
        if (!(await projection.putIdea(row))) return false;
        if (index.removeIdea(e.ideaId)) listener.shortlistsMayChange();
        return true;
      }),
  };
}

export type Projector = ReturnType<typeof createProjector>;
