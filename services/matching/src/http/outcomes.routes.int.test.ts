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

interface Stage {
  stage: string;
  total: number;
  counts: Record<string, number>;
  shares: Record<string, number>;
}
const byStage = (stages: Stage[]) => Object.fromEntries(stages.map((s) => [s.stage, s]));

describe.each(testDbDrivers)('recruitment outcomes on %s', (driver) => {
  let app: MatchingUnderTest['app'];
  let deps: MatchingDeps;
  let close: () => Promise<void>;
  let token: MatchingUnderTest['token'];
  const month = new Date().toISOString().slice(0, 7);

  beforeAll(async () => {
    ({ app, deps, close, token } = await startMatchingUnderTest(driver));
    const p = deps.projector;
    await p.challengeUpserted(challengeEvent(1, { id: 'c-1', organisationId: 'org-1' }));
    await p.challengeUpserted(challengeEvent(1, { id: 'c-2', organisationId: 'org-2' }));
    // Two women (p-0, p-2) and two men (p-1, p-3).
    for (const [i, [title, description]] of waterIdeas.entries()) {
      await p.innovatorUpserted(innovatorEvent(1, { id: `p-${i}`, gender: i % 2 === 0 ? 'woman' : 'man' }));
      await p.ideaUpserted(ideaEvent(1, { id: `i-${i}`, innovatorId: `p-${i}`, title, description }));
    }
    await deps.shortlists.current({ challengeId: 'c-1', k: 4, shownTo: 'owner' });
    await deps.shortlists.current({ challengeId: 'c-2', k: 4, shownTo: 'owner' });
    await waitUntil(
      async () => (await deps.decisions.shownAppearances()).length === 8,
      'the shown shortlists',
    );
    const owner1 = `Bearer ${await token('need_owner', { organisationId: 'org-1' })}`;
    const decide = (challengeId: string, innovatorId: string, stage: string, auth: string) =>
      request(app)
        .put(`/v1/challenges/${challengeId}/decisions/${innovatorId}`)
        .set('authorization', auth)
        .send({ stage });
    // c-1: both men invited, one woman invited then declined; one man accepted.
    for (const [innovatorId, stage] of [
      ['p-1', 'invited'],
      ['p-3', 'invited'],
      ['p-0', 'invited'],
      ['p-0', 'declined'],
      ['p-3', 'accepted'],
    ] as const) {
      expect((await decide('c-1', innovatorId, stage, owner1)).status).toBe(200);
    }
    const owner2 = `Bearer ${await token('need_owner', { organisationId: 'org-2' })}`;
    expect((await decide('c-2', 'p-2', 'in_test_environment', owner2)).status).toBe(200);
    // Starting a service and indexing on PGlite takes a while on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await close?.();
  });

  const get = async (path: string, role: Role, scope?: TokenScope) =>
    request(app)
      .get(path)
      .set('authorization', `Bearer ${await token(role, scope)}`);

  it("shows the owning need owner where balance is lost in their challenge's funnel", async () => {
    const res = await get('/v1/challenges/c-1/outcomes', 'need_owner', { organisationId: 'org-1' });
    expect(res.status, res.text).toBe(200);
    const stages = byStage(res.body.stages);
    expect(stages.listed).toMatchObject({
      total: 4,
      counts: { woman: 2, man: 2 },
      shares: { woman: 0.5, man: 0.5 },
    });
    expect(stages.invited).toMatchObject({ total: 3, counts: { woman: 1, man: 2 } });
    expect(stages.accepted).toMatchObject({
      total: 1,
      counts: { woman: 0, man: 1 },
      shares: { woman: 0, man: 1 },
    });
    expect(stages.declined).toMatchObject({ total: 1, counts: { woman: 1 } });
    expect(res.body.months.map((m: { month: string }) => m.month)).toEqual([month]);
    expect(res.body.decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ innovatorId: 'p-0', stage: 'declined', group: 'woman' }),
        expect.objectContaining({ innovatorId: 'p-3', stage: 'accepted', group: 'man' }),
      ]),
    );
    // Each decision names the person and carries its changes, as the decision route answers them.
    const p0 = res.body.decisions.find((d: { innovatorId: string }) => d.innovatorId === 'p-0');
    expect(p0.innovatorName).toEqual(expect.any(String));
    expect(p0.history.map((h: { stage: string }) => h.stage)).toEqual(['invited', 'declined']);
    expect(p0.history[0].by).toMatch(/org-1/);
  });

  it('answers 403 to another need owner and to innovators, 404 for an unknown challenge', async () => {
    expect((await get('/v1/challenges/c-1/outcomes', 'need_owner', { organisationId: 'org-2' })).status).toBe(
      403,
    );
    expect((await get('/v1/challenges/c-1/outcomes', 'innovator', { innovatorId: 'p-0' })).status).toBe(403);
    expect((await get('/v1/challenges/c-nope/outcomes', 'admin')).status).toBe(404);
  });

  it('reports all challenges to an admin per month and per challenge, within from and to', async () => {
    const res = await get('/v1/admin/outcomes', 'admin');
    expect(res.status, res.text).toBe(200);
    const stages = byStage(res.body.stages);
    expect(stages.listed?.total).toBe(8);
    expect(stages.invited).toMatchObject({ total: 4, counts: { woman: 2, man: 2 } });
    expect(stages.in_test_environment).toMatchObject({ total: 1, counts: { woman: 1 } });
    expect(res.body.months).toHaveLength(1);
    expect(res.body.months[0].month).toBe(month);
    expect(res.body.challenges.map((c: { challengeId: string }) => c.challengeId)).toEqual(['c-1', 'c-2']);

    const today = new Date().toISOString().slice(0, 10);
    const inRange = await get(`/v1/admin/outcomes?from=${today}&to=${today}`, 'admin');
    expect(byStage(inRange.body.stages).listed?.total).toBe(8);
    const past = await get('/v1/admin/outcomes?from=2020-01-01&to=2020-12-31', 'admin');
    expect(past.body).toMatchObject({ from: '2020-01-01', to: '2020-12-31', months: [], challenges: [] });
    expect(past.body.stages.every((s: Stage) => s.total === 0)).toBe(true);
  });

  it('answers 400 for a malformed or reversed range, 403 to need owners and innovators', async () => {
    const bad = await get('/v1/admin/outcomes?from=last-week', 'admin');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.from');
    const reversed = await get('/v1/admin/outcomes?from=2026-03-01&to=2026-02-01', 'admin');
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0].path).toBe('query.to');
    expect((await get('/v1/admin/outcomes', 'need_owner', { organisationId: 'org-1' })).status).toBe(403);
    expect((await get('/v1/admin/outcomes', 'innovator', { innovatorId: 'p-0' })).status).toBe(403);
  });

  it('takes a month for from and to: its first day to its last', async () => {
    const thisMonth = await get(`/v1/admin/outcomes?from=${month}&to=${month}`, 'admin');
    expect(thisMonth.status, thisMonth.text).toBe(200);
    expect(byStage(thisMonth.body.stages).listed?.total).toBe(8);
    const [year, mm] = month.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, mm, 0)).getUTCDate();
    expect(thisMonth.body).toMatchObject({ from: `${month}-01`, to: `${month}-${lastDay}` });
    const december = await get('/v1/admin/outcomes?from=2020-12&to=2020-12', 'admin');
    expect(december.body).toMatchObject({ from: '2020-12-01', to: '2020-12-31', months: [] });
    // February of a leap year ends on the 29th; a month and a date mix.
    const leap = await get('/v1/admin/outcomes?from=2024-02&to=2024-03-01', 'admin');
    expect(leap.body).toMatchObject({ from: '2024-02-01', to: '2024-03-01' });
    expect((await get('/v1/admin/outcomes?to=2024-02', 'admin')).body.to).toBe('2024-02-29');
  });

  it('names the accepted formats and the field when from or to is neither a month, a date nor a time', async () => {
    for (const [query, path] of [
      ['from=2026-13', 'query.from'],
      ['from=last-week', 'query.from'],
      ['to=2026-12-32', 'query.to'],
      ['to=12%2F2026', 'query.to'],
    ]) {
      const res = await get(`/v1/admin/outcomes?${query}`, 'admin');
      expect(res.status, query).toBe(400);
      expect(res.body.errors).toEqual([{ path, message: expect.stringMatching(/month.*date/) }]);
      expect(res.body.errors[0].message).toContain('2026-12');
    }
  });

  it('counts a shortlist as listed when its need owner saw it, not when an admin looked', async () => {
    const shownRows = async () => (await deps.decisions.shownAppearances('c-1')).length;
    expect(await shownRows()).toBe(4);
    // An admin's look at a list of three (new content) is not a listing.
    expect((await get('/v1/challenges/c-1/shortlist?k=3', 'admin')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await shownRows()).toBe(4);
    // The owner opening the same list marks it shown to them.
    const owner = await get('/v1/challenges/c-1/shortlist?k=3', 'need_owner', { organisationId: 'org-1' });
    expect(owner.status).toBe(200);
    await waitUntil(async () => (await shownRows()) === 7, 'the owner-shown list of three');
    const listed = byStage((await get('/v1/challenges/c-1/outcomes', 'admin')).body.stages).listed;
    expect(listed?.total).toBe(4);
  });
});
