import { randomUUID } from 'node:crypto';
import type { Challenge, EventPayload, Idea, Innovator } from '@suite/contracts';

/** Event builders for tests: what ingest publishes, with defaults a test can override. */
const envelope = (version: number) => ({
  eventId: randomUUID(),
  version,
  occurredAt: '2026-01-10T10:00:00.000Z',
});

export const challengeEvent = (
  version: number,
  challenge: Partial<Challenge> & { id: string },
): EventPayload<'challenge.upserted'> => ({
  ...envelope(version),
  challenge: {
    organisationId: 'org-1',
    title: 'Clean drinking water in rural villages',
    description: 'We need affordable water filters and wells so children stay healthy.',
    locale: 'en',
    sdgs: [6],
    sdgTargets: [],
    status: 'open',
    ...challenge,
  },
});

export const innovatorEvent = (
  version: number,
  innovator: Partial<Innovator> & { id: string },
): EventPayload<'innovator.upserted'> => ({
  ...envelope(version),
  innovator: {
    name: `Name of ${innovator.id}`,
    email: `${innovator.id}@example.org`,
    gender: 'woman',
    locale: 'en',
    sdgs: [],
    digest: 'weekly',
    consents: { matching: true, emailRecommendations: true },
    ...innovator,
  },
});

export const ideaEvent = (
  version: number,
  idea: Partial<Idea> & { id: string; innovatorId: string },
): EventPayload<'idea.upserted'> => ({
  ...envelope(version),
  idea: {
    title: 'Solar water purifier',
    description: 'A cheap solar powered filter that makes river water safe to drink for rural families.',
    stage: 'idea',
    sdgs: [],
    sdgTargets: [],
    ...idea,
  },
});

export const ideaDeletedEvent = (
  version: number,
  ideaId: string,
  innovatorId: string,
): EventPayload<'idea.deleted'> => ({
  ...envelope(version),
  ideaId,
  innovatorId,
});

export const innovatorErasedEvent = (
  version: number,
  innovatorId: string,
): EventPayload<'innovator.erased'> => ({
  ...envelope(version),
  innovatorId,
});

export const challengeClosedEvent = (
  version: number,
  challengeId: string,
): EventPayload<'challenge.closed'> => ({
  ...envelope(version),
  challengeId,
});
