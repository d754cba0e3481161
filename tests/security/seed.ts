import { randomUUID } from 'node:crypto';
import { matchingInbox, notificationInbox } from '@suite/contracts';
import type { QueueConnection } from '@suite/contracts/queues';
import { createProducer } from '@suite/contracts/queues';
import request from 'supertest';
import type { App } from 'supertest/types';

/** The people and things every security test acts on: "a" is the caller's own, "b" someone else's. */
export const seedIds = {
  organisation: 'org-a',
  otherOrganisation: 'org-b',
  challenge: 'c-a',
  innovator: 'inn-a',
  otherInnovator: 'inn-b',
  idea: 'idea-a',
} as const;

export const organisationBody = (name = 'Kommun A') => ({ name, kind: 'municipality', locale: 'sv' });
export const challengeBody = (over: Record<string, unknown> = {}) => ({
  organisationId: seedIds.organisation,
  title: 'Clean drinking water in rural villages',
  description: 'We need affordable water filters and wells so children stay healthy.',
  locale: 'en',
  sdgs: [6],
  status: 'open',
  ...over,
});
export const innovatorBody = (id: string, over: Record<string, unknown> = {}) => ({
  name: `Person ${id}`,
  email: `${id}@example.org`,
  gender: 'woman',
  locale: 'en',
  digest: 'weekly',
  consents: { matching: true, emailRecommendations: true },
  ...over,
});
export const ideaBody = (over: Record<string, unknown> = {}) => ({
  innovatorId: seedIds.innovator,
  title: 'Solar water purifier',
  description: 'A cheap solar powered filter that makes river water safe to drink for rural families.',
  stage: 'idea',
  sdgs: [6],
  ...over,
});

/** Writes through ingest's public routes as the admin; fails loudly when a write is refused. */
export async function seedIngest(app: App, adminToken: string): Promise<{ importId: string }> {
  const put = async (path: string, body: object) => {
    const res = await request(app).put(path).set('authorization', `Bearer ${adminToken}`).send(body);
    if (res.status !== 200) throw new Error(`seeding PUT ${path} answered ${res.status}: ${res.text}`);
  };
  await put(`/v1/organisations/${seedIds.organisation}`, organisationBody());
  await put(`/v1/organisations/${seedIds.otherOrganisation}`, organisationBody('Kommun B'));
  await put(`/v1/challenges/${seedIds.challenge}`, challengeBody());
  await put(`/v1/innovators/${seedIds.innovator}`, innovatorBody(seedIds.innovator));
  await put(`/v1/innovators/${seedIds.otherInnovator}`, innovatorBody(seedIds.otherInnovator));
  await put(`/v1/ideas/${seedIds.idea}`, ideaBody());
  const imported = await request(app)
    .post('/v1/imports?kind=organisations')
    .set('authorization', `Bearer ${adminToken}`)
    .set('content-type', 'application/x-ndjson')
    .send(`${JSON.stringify({ id: 'org-c', ...organisationBody('Kommun C') })}\n`);
  if (imported.status !== 202)
    throw new Error(`seeding import answered ${imported.status}: ${imported.text}`);
  return { importId: imported.body.id };
}

const envelope = (version = 1) => ({ eventId: randomUUID(), version, occurredAt: new Date().toISOString() });
const innovatorEntity = (id: string) => ({
  id,
  ...innovatorBody(id),
  sdgs: [6],
});

/** Publishes what ingest would onto matching's inbox: the challenge, both innovators, the idea. */
export async function publishToMatching(conn: QueueConnection): Promise<void> {
  const producer = createProducer(matchingInbox, conn);
  try {
    await producer.add('challenge.upserted', {
      ...envelope(),
      challenge: { id: seedIds.challenge, ...challengeBody(), sdgTargets: [] },
    } as never);
    for (const id of [seedIds.innovator, seedIds.otherInnovator]) {
      await producer.add('innovator.upserted', { ...envelope(), innovator: innovatorEntity(id) } as never);
    }
    await producer.add('idea.upserted', {
      ...envelope(),
      idea: { id: seedIds.idea, ...ideaBody(), sdgTargets: [] },
    } as never);
  } finally {
    await producer.close();
  }
}

/** Publishes what ingest would onto notification's inbox: the organisation, challenge and recipients. */
export async function publishToNotification(conn: QueueConnection): Promise<void> {
  const producer = createProducer(notificationInbox, conn);
  try {
    await producer.add('organisation.upserted', {
      ...envelope(),
      organisation: { id: seedIds.organisation, ...organisationBody() },
    } as never);
    await producer.add('challenge.upserted', {
      ...envelope(),
      challenge: { id: seedIds.challenge, ...challengeBody(), sdgTargets: [] },
    } as never);
    for (const id of [seedIds.innovator, seedIds.otherInnovator]) {
      await producer.add('innovator.upserted', { ...envelope(), innovator: innovatorEntity(id) } as never);
    }
  } finally {
    await producer.close();
  }
}

/** Polls `check` until it is true, or fails after `timeoutMs` naming what never happened. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting until ${what}`);
}
