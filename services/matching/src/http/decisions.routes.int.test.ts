import type { Role } from '@suite/platform';
import { testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchingDeps } from '../deps';
import { challengeEvent, ideaEvent, innovatorEvent } from '../testing/events';
import {
  type MatchingUnderTest,
  startMatchingUnderTest,
  type TokenScope,
  waitUntil,
  waterIdeas,
} from '../testing/matching-under-test';

describe.each(testDbDrivers)('recruitment decisions on %s', (driver) => {
  let app: MatchingUnderTest['app'];
  let deps: MatchingDeps;
  let close: () => Promise<void>;
  let token: MatchingUnderTest['token'];

  beforeAll(async () => {
    ({ app, deps, close, token } = await startMatchingUnderTest(driver));
    const p = deps.projector;
    await p.challengeUpserted(challengeEvent(1, { id: 'c-1', organisationId: 'org-1' }));
    await p.challengeUpserted(challengeEvent(1, { id: 'c-2', organisationId: 'org-1' }));
    for (const [i, [title, description]] of waterIdeas.entries()) {
      await p.innovatorUpserted(innovatorEvent(1, { id: `p-${i}`, gender: i % 2 === 0 ? 'woman' : 'man' }));
      await p.ideaUpserted(ideaEvent(1, { id: `i-${i}`, innovatorId: `p-${i}`, title, description }));
    }
    // Only c-1's list of two is shown to its need owner.
    const shown = await deps.shortlists.current({ challengeId: 'c-1', k: 2, shownTo: 'owner' });
    expect(shown.entries).toHaveLength(2);
    await waitUntil(
      async () => (await deps.decisions.shownAppearances('c-1')).length === 2,
      'the shown shortlist',
    );
    // Starting a service and indexing on PGlite takes a while on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await close?.();
  });

  const listed = async () => (await deps.decisions.shownAppearances('c-1')).map((a) => a.innovatorId);
  const decide = async (
    path: string,
    body: unknown,
    role: Role = 'need_owner',
    scope: TokenScope = { organisationId: 'org-1' },
  ) =>
    request(app)
      .put(path)
      .set('authorization', `Bearer ${await token(role, scope)}`)
      .send(body as object);

  it('records each change of stage with its time, by the owning need owner', async () => {
    const [innovatorId] = await listed();
    const owner = { organisationId: 'org-1', subject: 'owner-ann' };
    const invited = await decide(
      `/v1/challenges/c-1/decisions/${innovatorId}`,
      { stage: 'invited' },
      'need_owner',
      owner,
    );
    expect(invited.status, invited.text).toBe(200);
    expect(invited.body).toMatchObject({
      challengeId: 'c-1',
      innovatorId,
      stage: 'invited',
      decidedBy: 'owner-ann',
    });
    const accepted = await decide(
      `/v1/challenges/c-1/decisions/${innovatorId}`,
      { stage: 'accepted' },
      'need_owner',
      owner,
    );
    expect(accepted.body.stage).toBe('accepted');
    expect(accepted.body.history.map((h: { stage: string }) => h.stage)).toEqual(['invited', 'accepted']);
    const [first, second] = accepted.body.history as Array<{ at: string }>;
    expect(Date.parse(second!.at)).toBeGreaterThanOrEqual(Date.parse(first!.at));
    expect(['woman', 'man']).toContain(accepted.body.group);
    // The same stage again (a double click) changes nothing: no second history entry, same time.
    const again = await decide(
      `/v1/challenges/c-1/decisions/${innovatorId}`,
      { stage: 'accepted' },
      'need_owner',
      owner,
    );
    expect(again.status, again.text).toBe(200);
    expect(again.body.history).toEqual(accepted.body.history);
    expect(again.body.decidedAt).toBe(accepted.body.decidedAt);
  });

  it('lets an admin record a decision too', async () => {
    const [, innovatorId] = await listed();
    const res = await decide(
      `/v1/challenges/c-1/decisions/${innovatorId}`,
      { stage: 'in_test_environment' },
      'admin',
      {},
    );
    expect(res.status, res.text).toBe(200);
  });

  it('answers 409 NOT_SHORTLISTED for an innovator never shown for that challenge', async () => {
    const shownIds = await listed();
    const notShown = ['p-0', 'p-1', 'p-2', 'p-3'].find((id) => !shownIds.includes(id))!;
    const res = await decide(`/v1/challenges/c-1/decisions/${notShown}`, { stage: 'invited' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NOT_SHORTLISTED');
    expect(res.body.detail).toContain(notShown);
    // Shown for c-1 is not shown for c-2.
    const elsewhere = await decide(`/v1/challenges/c-2/decisions/${shownIds[0]}`, { stage: 'invited' });
    expect(elsewhere.status).toBe(409);
    // Someone who does not exist at all is not found, rather than "not shortlisted".
    const nobody = await decide('/v1/challenges/c-1/decisions/p-nobody', { stage: 'invited' });
    expect(nobody.status).toBe(404);
    expect(nobody.body.code).toBe('NOT_FOUND');
  });

  it("answers 403 to another organisation's need owner and to innovators, 401 without a token", async () => {
    const [innovatorId] = await listed();
    const path = `/v1/challenges/c-1/decisions/${innovatorId}`;
    expect((await decide(path, { stage: 'invited' }, 'need_owner', { organisationId: 'org-2' })).status).toBe(
      403,
    );
    expect(
      (await decide(path, { stage: 'invited' }, 'innovator', { innovatorId: innovatorId! })).status,
    ).toBe(403);
    expect((await request(app).put(path).send({ stage: 'invited' })).status).toBe(401);
  });

  it('answers 404 for an unknown challenge and 400 with the field path for a bad stage', async () => {
    expect((await decide('/v1/challenges/c-nope/decisions/p-0', { stage: 'invited' })).status).toBe(404);
    const [innovatorId] = await listed();
    for (const body of [{ stage: 'hired' }, {}, { stage: 'invited', extra: 1 }]) {
      const res = await decide(`/v1/challenges/c-1/decisions/${innovatorId}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors[0].path).toMatch(/^body/);
    }
    const bad = await decide(`/v1/challenges/c-1/decisions/${innovatorId}`, { stage: 'hired' });
    expect(bad.body.errors[0].path).toBe('body.stage');
  });
});
