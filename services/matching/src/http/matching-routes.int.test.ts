import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '@suite/platform';
import { testDbDrivers } from '@suite/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchingDeps } from '../deps';
import { shownShortlists } from '../storage/schema';
import { challengeEvent, ideaEvent, innovatorEvent } from '../testing/events';
import {
  type MatchingUnderTest,
  waterIdeas as sharedWaterIdeas,
  startMatchingUnderTest,
  type TokenScope,
} from '../testing/matching-under-test';

// The shared water ideas, with two more on the same subject so the pool has three women and three men.
const waterIdeas = [
  ...sharedWaterIdeas.slice(0, 3),
  [
    'Water quality sensors',
    'Low cost sensors test well water for bacteria and alert the village health worker.',
  ],
  ...sharedWaterIdeas.slice(3),
  ['Handwashing at schools', 'Handwashing stations and clean water at schools keep children healthy.'],
] as const;
// Off-topic ideas keep the water words rare enough to count (BM25 prunes terms in most documents).
const otherIdeas = [
  'Phone buddies for lonely seniors',
  'Intergenerational gardening club',
  'Tablet lessons for the elderly',
  'Leftover meals app for restaurants',
  'Compost for school gardens',
  'Community fridge for surplus food',
  'Bike repair workshops for teenagers',
  'Coding club for girls',
  'Shared electric cargo bikes',
  'Reading buddies in libraries',
  'Second hand school uniforms',
  'Job coaching for newcomers',
  'Repair cafe for broken toasters',
  'Street football league',
];

describe.each(testDbDrivers)('matching routes on %s', (driver) => {
  let server: Server;
  let base: string;
  let deps: MatchingDeps;
  let close: () => Promise<void>;
  let token: MatchingUnderTest['token'];

  beforeAll(async () => {
    let app: MatchingUnderTest['app'];
    ({ app, deps, close, token } = await startMatchingUnderTest(driver));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const p = deps.projector;
    await p.challengeUpserted(challengeEvent(1, { id: 'c-open', organisationId: 'org-1' }));
    await p.challengeUpserted(challengeEvent(1, { id: 'c-draft', organisationId: 'org-1', status: 'draft' }));
    await p.challengeUpserted(
      challengeEvent(1, { id: 'c-closed', organisationId: 'org-1', status: 'closed' }),
    );
    for (const [i, [title, description]] of waterIdeas.entries()) {
      await p.innovatorUpserted(innovatorEvent(1, { id: `p-${i}`, gender: i % 2 === 0 ? 'woman' : 'man' }));
      await p.ideaUpserted(ideaEvent(1, { id: `i-${i}`, innovatorId: `p-${i}`, title, description }));
    }
    for (const [i, title] of otherIdeas.entries()) {
      await p.ideaUpserted(
        ideaEvent(1, {
          id: `o-${i}`,
          innovatorId: `q-${i}`,
          title,
          description: `${title}: a local project by neighbours.`,
        }),
      );
    }
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await close?.();
  });

  /** A real HTTP call; `body` is the parsed JSON answer. */
  const call = async (
    path: string,
    role: Role,
    scope?: { organisationId?: string; innovatorId?: string },
    json?: unknown,
  ) => {
    const res = await fetch(`${base}${path}`, {
      method: json === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${await token(role, scope)}`, 'content-type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await res.text();
    return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
  };
  const get = (path: string, role: Role, scope?: TokenScope) => call(path, role, scope);

  it('serves the balanced, explained shortlist to the owning need owner', async () => {
    const res = await get('/v1/challenges/c-open/shortlist?k=4', 'need_owner', { organisationId: 'org-1' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      challengeId: 'c-open',
      challengeTitle: 'Clean drinking water in rural villages',
      k: 4,
      configVersion: 1,
      relaxed: false,
    });
    expect(res.body.entries).toHaveLength(4);
    expect(res.body.entries[0].innovator.name).toMatch(/^Name of p-/);
    expect(res.body.entries[0].explanation.terms.length).toBeGreaterThan(0);
    // Explanations name words the texts used ("villages", "filters"), not index stems ("villag").
    const event = challengeEvent(1, { id: 'c-open' }).challenge;
    const written = new Set(
      [event.title, event.description, ...waterIdeas.flat()]
        .join(' ')
        .toLowerCase()
        .split(/[^a-zåäö]+/),
    );
    const terms: string[] = res.body.entries.flatMap(
      (e: { explanation: { terms: string[] } }) => e.explanation.terms,
    );
    expect(terms.filter((term) => !written.has(term) && !term.includes(' '))).toEqual([]);
    expect(res.body.balance.list).toEqual({ woman: 2, man: 2 });
    expect(res.body.balance.pool).toEqual({ woman: 3, man: 3 });
  });

  it('lists the challenges it holds to admins, open ones first, and to no one else', async () => {
    const res = await get('/v1/admin/challenges', 'admin');
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual(['c-open', 'c-closed', 'c-draft']);
    expect(res.body.items[0]).toEqual({
      id: 'c-open',
      title: 'Clean drinking water in rural villages',
      organisationId: 'org-1',
      status: 'open',
      language: 'en',
    });
    expect((await get('/v1/admin/challenges', 'need_owner', { organisationId: 'org-1' })).status).toBe(403);
  });

  it('records a served shortlist once per distinct content', async () => {
    await get('/v1/challenges/c-open/shortlist?k=3', 'admin');
    await get('/v1/challenges/c-open/shortlist?k=3', 'admin');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const rows = await deps.database.db
      .select()
      .from(shownShortlists)
      .where(and(eq(shownShortlists.challengeId, 'c-open'), eq(shownShortlists.k, 3)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.entries).toHaveLength(3);
  });

  it('answers 404 for an unknown challenge or innovator', async () => {
    expect((await get('/v1/challenges/c-nope/shortlist', 'admin')).status).toBe(404);
    expect((await get('/v1/innovators/p-nope/recommendations', 'admin')).status).toBe(404);
  });

  it('answers 400 with the field path for k outside 1..200', async () => {
    for (const k of ['0', '201', 'abc', '1.5', '2e1', '0x10', '%205', '-1', '99999999999']) {
      const res = await get(`/v1/challenges/c-open/shortlist?k=${k}`, 'admin');
      expect(res.status, k).toBe(400);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].path).toBe('query.k');
    }
    expect((await get('/v1/challenges/c-open/shortlist?k=007', 'admin')).body.k).toBe(7);
    // No k: the list length the challenge's own balance policy names, else 20.
    expect((await get('/v1/challenges/c-open/shortlist', 'admin')).body.k).toBe(20);
    await deps.projector.challengeUpserted(
      challengeEvent(1, {
        id: 'c-policy-k',
        organisationId: 'org-1',
        balancePolicy: { k: 3, mode: 'relax', groups: { woman: { min: 0.4 }, man: { min: 0.4 } } },
      }),
    );
    const own = await get('/v1/challenges/c-policy-k/shortlist', 'admin');
    expect(own.status, own.text).toBe(200);
    expect(own.body.k).toBe(3);
    expect(own.body.entries.length).toBeLessThanOrEqual(3);
    await deps.projector.challengeUpserted(
      challengeEvent(2, { id: 'c-policy-k', organisationId: 'org-1', status: 'closed' }),
    );
    expect((await get('/v1/innovators/p-0/recommendations?k=0', 'admin')).status).toBe(400);
  });

  it("answers 403 to a need owner for another organisation's challenge and to an innovator for another's recommendations", async () => {
    expect(
      (await get('/v1/challenges/c-open/shortlist', 'need_owner', { organisationId: 'org-2' })).status,
    ).toBe(403);
    expect(
      (await get('/v1/innovators/p-0/recommendations', 'innovator', { innovatorId: 'p-1' })).status,
    ).toBe(403);
    expect(
      (await get('/v1/innovators/p-0/recommendations', 'innovator', { innovatorId: 'p-0' })).status,
    ).toBe(200);
  });

  it('answers 409 CHALLENGE_NOT_OPEN for a draft; a closed challenge keeps its shortlist for decisions', async () => {
    const draft = await get('/v1/challenges/c-draft/shortlist', 'admin');
    expect(draft.status).toBe(409);
    expect(draft.body.code).toBe('CHALLENGE_NOT_OPEN');
    expect(draft.body.detail).toContain('c-draft');
    const closed = await get('/v1/challenges/c-closed/shortlist', 'need_owner', { organisationId: 'org-1' });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body.entries.length).toBeGreaterThan(0);
    expect(closed.body.challengeStatus).toBe('closed');
    expect((await get('/v1/challenges/c-open/shortlist', 'admin')).body.challengeStatus).toBe('open');
  });

  it('answers 304 to a shortlist request naming the ETag of the unchanged list (If-None-Match)', async () => {
    // Express's ETag of the cached JSON: a browser's cache revalidates instead of refetching. (Not
    // fetch(): with If-None-Match set by hand it also sends Cache-Control: no-cache, which forbids a 304.)
    const authorization = `Bearer ${await token('admin')}`;
    const path = '/v1/challenges/c-open/shortlist?k=4';
    const first = await request(base).get(path).set('authorization', authorization);
    expect(first.headers.etag).toMatch(/^W\//);
    const again = await request(base)
      .get(path)
      .set('authorization', authorization)
      .set('if-none-match', first.headers.etag as string);
    expect(again.status).toBe(304);
  });

  it('recommends the open challenge to an innovator with a matching idea, explained', async () => {
    const res = await get('/v1/innovators/p-0/recommendations', 'innovator', { innovatorId: 'p-0' });
    expect(res.body.entries.map((e: { challengeId: string }) => e.challengeId)).toEqual(['c-open']);
    expect(res.body.entries[0]).toMatchObject({
      ideaId: 'i-0',
      title: 'Clean drinking water in rural villages',
    });
    expect(res.body.entries[0].score).toBeGreaterThanOrEqual(0.25);
  });

  it('tags SDGs in English and Swedish, answers empty text and refuses a body over 1 MB with 413', async () => {
    const tag = (text: string) => call('/v1/sdg/tags', 'innovator', { innovatorId: 'p-0' }, { text });
    const en = await tag('Clean drinking water and sanitation for every village, safe wells and toilets.');
    expect(en.status).toBe(200);
    expect(en.body.language).toBe('en');
    expect(en.body.goals[0].goal).toBe(6);
    expect(en.body.goals[0].evidence.length).toBeGreaterThan(0);
    // Evidence is what the text wrote, not the lexicon's forms.
    const written = new Set(
      en.body.goals.flatMap((g: { evidence: string[] }) => g.evidence.flatMap((e) => e.split(' '))),
    );
    for (const word of written)
      expect('clean drinking water and sanitation for every village, safe wells and toilets').toContain(word);
    const single = await tag('fattigdom');
    expect(single.body).toMatchObject({ language: 'sv', goals: [{ goal: 1, evidence: ['fattigdom'] }] });
    const sv = await tag('Rent dricksvatten och sanitet i varje by, säkra brunnar och toaletter för alla.');
    expect(sv.body.goals.map((g: { goal: number }) => g.goal)).toContain(6);
    expect((await tag('')).body).toEqual({ language: 'unknown', goals: [] });
    expect((await tag('x'.repeat(1_100_000))).status).toBe(413);
  });
});
