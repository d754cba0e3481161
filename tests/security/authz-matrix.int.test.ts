import type { Role, Route } from '@suite/platform';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnsubscribeToken } from '../../services/notification/src/domain/unsubscribe-token';
import {
  challengeBody,
  ideaBody,
  innovatorBody,
  organisationBody,
  publishToMatching,
  publishToNotification,
  seedIds,
  seedIngest,
  waitUntil,
} from './seed';
import { type Caller, type ServiceName, startService, tokenSigner } from './service-under-test';

/** The seven callers of every route: anonymous, the two unbound roles, and an owner and a stranger of each bound role. */
const callers: { label: string; caller: Caller; foreign: boolean }[] = [
  { label: 'no token', caller: { role: 'none' }, foreign: false },
  { label: 'admin', caller: { role: 'admin' }, foreign: false },
  { label: 'service', caller: { role: 'service' }, foreign: false },
  {
    label: 'owner org',
    caller: { role: 'need_owner', organisationId: seedIds.organisation },
    foreign: false,
  },
  {
    label: 'other org',
    caller: { role: 'need_owner', organisationId: seedIds.otherOrganisation },
    foreign: true,
  },
  { label: 'innovator', caller: { role: 'innovator', innovatorId: seedIds.innovator }, foreign: false },
  {
    label: 'other innovator',
    caller: { role: 'innovator', innovatorId: seedIds.otherInnovator },
    foreign: true,
  },
];

/**
 * Routes whose `visible` rule hides what a stranger may not see behind a 404 (documented in
 * API.md: drafts only for their owner). Only there is a 404 accepted in place of a 403.
 */
const hidesWithNotFound = new Set(['get /v1/challenges/{id}']);

type Expected = 401 | 403 | 'allowed' | '403|404';
function expectedFor(route: Route, { caller, foreign }: (typeof callers)[number]): Expected {
  if (route.auth === 'public') return 'allowed';
  if (caller.role === 'none') return 401;
  if (!route.auth.includes(caller.role as Role)) return 403;
  if (route.access?.ownedBy.includes(caller.role as Role) && foreign) {
    return hidesWithNotFound.has(`${route.method} ${route.path}`) ? '403|404' : 403;
  }
  return 'allowed';
}

interface Fixture {
  query?: Record<string, string>;
  body?: unknown;
  form?: Record<string, string>;
  stream?: { contentType: string; text: string };
}

/** Path parameters resolve to the seeded resources, by the collection they sit under. */
function pathFor(route: Route, importId: string): string {
  return route.path.replace(/\{(\w+)\}/g, (_m, name: string, offset: number) => {
    const before = route.path.slice(0, offset);
    if (name === 'innovatorId') return seedIds.innovator;
    if (name === 'file') return 'app.js';
    if (before.endsWith('/organisations/')) return seedIds.organisation;
    if (before.endsWith('/challenges/') || before.endsWith('/challenge-pages/')) return seedIds.challenge;
    if (before.endsWith('/innovators/')) return seedIds.innovator;
    if (before.endsWith('/ideas/')) return seedIds.idea;
    if (before.endsWith('/imports/')) return importId;
    throw new Error(`no seeded value for {${name}} in ${route.path}: add it to the matrix`);
  });
}

/** Destructive routes run last (erasure very last), so every other route still finds its resource. */
const runOrder = (route: Route) =>
  route.path === '/v1/innovators/{id}' && route.method === 'delete'
    ? 3
    : route.method === 'delete' || route.path.endsWith('/close')
      ? 2
      : 0;

interface Cell {
  caller: string;
  expected: Expected | 404;
  status: number;
}
const matrix = new Map<string, Cell[]>();

function printMatrix(service: ServiceName) {
  const header = ['route', ...callers.map((c) => c.label)];
  const rows = [...matrix.entries()]
    .filter(([key]) => key.startsWith(`${service} `))
    .map(([key, cells]) => [
      key.slice(service.length + 1),
      ...cells.map((c) => `${c.status}${c.expected === 'allowed' ? '' : ` (${c.expected})`}`),
    ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(
    [
      `Authorisation matrix of ${service} (status answered, expected denial in brackets)`,
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
    ].join('\n'),
  );
}

type Started = Awaited<ReturnType<(typeof startService)[ServiceName]>>;

const fixtures: Record<ServiceName, (extra: Record<string, unknown>) => Record<string, Fixture>> = {
  ingest: () => ({
    'put /v1/organisations/{id}': { body: organisationBody() },
    'put /v1/challenges/{id}': { body: challengeBody() },
    'put /v1/innovators/{id}': { body: innovatorBody(seedIds.innovator) },
    'put /v1/ideas/{id}': { body: ideaBody() },
    'post /v1/imports': {
      query: { kind: 'organisations' },
      stream: {
        contentType: 'application/x-ndjson',
        text: `${JSON.stringify({ id: 'org-d', ...organisationBody('Kommun D') })}\n`,
      },
    },
  }),
  matching: ({ config }) => ({
    'post /v1/sdg/tags': { body: { text: 'clean water and sanitation for rural villages' } },
    'put /v1/admin/matching-config': { body: { ...(config as object), reason: 'authorisation matrix' } },
    'post /v1/admin/matching-config/preview': {
      body: { config, challengeId: seedIds.challenge },
    },
    'put /v1/challenges/{id}/decisions/{innovatorId}': { body: { stage: 'invited' } },
  }),
  notification: ({ link }) => ({
    'get /v1/unsubscribe': { query: { token: String(link) } },
    'post /v1/unsubscribe': {
      query: { token: String(link) },
      form: { 'List-Unsubscribe': 'One-Click' },
    },
    'get /v1/preferences': { query: { token: String(link) } },
    'put /v1/preferences': { query: { token: String(link) }, body: { digest: 'daily' } },
    'post /v1/preferences': { query: { token: String(link) }, form: { digest: 'daily' } },
  }),
};

/** Seeds the service with real data and returns what its fixtures need. */
const seeders: Record<ServiceName, (s: Started, admin: string) => Promise<Record<string, unknown>>> = {
  ingest: async (s, admin) => seedIngest(s.app, admin),
  matching: async (s, admin) => {
    await publishToMatching(s.deps.queue);
    await waitUntil('matching projected the challenge, both innovators and the idea', async () => {
      const res = await request(s.app)
        .get(`/v1/innovators/${seedIds.innovator}/recommendations`)
        .set('authorization', `Bearer ${admin}`);
      return res.status === 200 && res.body.entries?.length > 0;
    });
    const config = await request(s.app)
      .get('/v1/admin/matching-config')
      .set('authorization', `Bearer ${admin}`);
    const { weights, minScore, balance } = config.body;
    return { config: { weights, minScore, balance } };
  },
  notification: async (s) => {
    await publishToNotification(s.deps.queue);
    const { recipients, config } = s.deps as unknown as {
      recipients: { preferences(id: string): Promise<unknown> };
      config: { UNSUBSCRIBE_SECRET: string };
    };
    await waitUntil('notification stored both recipients', async () =>
      Boolean(
        (await recipients.preferences(seedIds.innovator)) &&
          (await recipients.preferences(seedIds.otherInnovator)),
      ),
    );
    return { link: createUnsubscribeToken(config.UNSUBSCRIBE_SECRET, seedIds.innovator) };
  },
};

for (const name of ['ingest', 'matching', 'notification'] as ServiceName[]) {
  describe(`${name}: the authorisation matrix from its route table`, () => {
    let service: Started;
    let routeFixtures: Record<string, Fixture> = {};
    let importId = '';
    let tokenFor: (caller: Caller) => Promise<string | undefined>;
    beforeAll(async () => {
      service = await startService[name]({ workers: name !== 'ingest' });
      tokenFor = tokenSigner(service.config);
      const extra = await seeders[name](service, (await tokenFor({ role: 'admin' })) as string);
      importId = String(extra.importId ?? '');
      routeFixtures = fixtures[name](extra);
    }, 180_000);
    afterAll(async () => {
      printMatrix(name);
      await service?.close();
    });

    // The route table is only known once the app is built; build one to declare the tests.
    it('has a route table, and a request fixture for every route with a body', () => {
      const routes = service.app.locals.routes as Route[];
      expect(routes.length).toBeGreaterThan(0);
      const missing = routes
        .filter((r) => r.bodyKind !== 'none' && !routeFixtures[`${r.method} ${r.path}`])
        .map((r) => `${r.method} ${r.path}`);
      expect(missing, 'routes with a body but no request fixture in the matrix').toEqual([]);
    });

    // What the route table cannot state: the `visible` rule of drafts (404, not 403), and the
    // preferences routes, public for the signed link, that take the innovator's own JWT instead.
    const extraCells: Record<string, { path: string; method: 'get' | 'put'; want: number[]; body?: object }> =
      name === 'ingest'
        ? {
            'no token': { method: 'get', path: '/v1/challenges/c-draft', want: [401] },
            admin: { method: 'get', path: '/v1/challenges/c-draft', want: [200] },
            service: { method: 'get', path: '/v1/challenges/c-draft', want: [200] },
            'owner org': { method: 'get', path: '/v1/challenges/c-draft', want: [200] },
            'other org': { method: 'get', path: '/v1/challenges/c-draft', want: [404] },
            innovator: { method: 'get', path: '/v1/challenges/c-draft', want: [404] },
            'other innovator': { method: 'get', path: '/v1/challenges/c-draft', want: [404] },
          }
        : name === 'notification'
          ? {
              'no token': { method: 'get', path: '/v1/preferences', want: [401] },
              admin: { method: 'put', path: '/v1/preferences', want: [403], body: { digest: 'never' } },
              service: { method: 'get', path: '/v1/preferences', want: [403] },
              'owner org': { method: 'get', path: '/v1/preferences', want: [403] },
              'other org': { method: 'put', path: '/v1/preferences', want: [403], body: { digest: 'never' } },
              innovator: { method: 'get', path: '/v1/preferences', want: [200] },
              'other innovator': {
                method: 'put',
                path: '/v1/preferences',
                want: [200],
                body: { locale: 'sv' },
              },
            }
          : {};
    if (Object.keys(extraCells).length > 0) {
      const label =
        name === 'ingest' ? 'a draft challenge' : 'preferences with a bearer token instead of the link';
      it(`${label}: hidden or refused per caller`, async () => {
        if (name === 'ingest') {
          const admin = (await tokenFor({ role: 'admin' })) as string;
          const draft = await request(service.app)
            .put('/v1/challenges/c-draft')
            .set('authorization', `Bearer ${admin}`)
            .send(challengeBody({ status: 'draft' }));
          expect(draft.status, draft.text).toBe(200);
        }
        const row: Cell[] = [];
        for (const { label: who, caller } of callers) {
          const cell = extraCells[who];
          if (!cell) continue;
          const token = await tokenFor(caller);
          let pending = request(service.app)[cell.method](cell.path);
          if (token) pending = pending.set('authorization', `Bearer ${token}`);
          const res = await (cell.body ? pending.send(cell.body) : pending);
          row.push({
            caller: who,
            expected: cell.want[0] === 200 ? 'allowed' : (cell.want[0] as 401 | 403 | 404),
            status: res.status,
          });
          expect
            .soft(cell.want, `${cell.method} ${cell.path} as ${who}: ${res.status} ${res.text.slice(0, 200)}`)
            .toContain(res.status);
        }
        matrix.set(`${name} ${label}`, row);
      });
    }

    it('every route x every caller answers as its declared roles and ownership say', async () => {
      const routes = [...(service.app.locals.routes as Route[])].sort((a, b) => runOrder(a) - runOrder(b));
      for (const route of routes) {
        const key = `${route.method} ${route.path}`;
        const fixture = routeFixtures[key] ?? {};
        const path = pathFor(route, importId);
        // Denials first: an allowed erasure or delete must not turn a later 403 into a 404.
        const cells = callers.map((c) => ({ ...c, expected: expectedFor(route, c) }));
        const ordered = [...cells].sort(
          (a, b) => Number(a.expected === 'allowed') - Number(b.expected === 'allowed'),
        );
        const answered = new Map<string, number>();
        for (const cell of ordered) {
          const token = await tokenFor(cell.caller);
          let pending = request(service.app)
            [route.method](path)
            .query(fixture.query ?? {});
          if (token) pending = pending.set('authorization', `Bearer ${token}`);
          if (fixture.body !== undefined) pending = pending.send(fixture.body as object);
          else if (fixture.form) pending = pending.type('form').send(fixture.form);
          else if (fixture.stream)
            pending = pending.set('content-type', fixture.stream.contentType).send(fixture.stream.text);
          const res = await pending;
          answered.set(cell.label, res.status);
          const what = `${key} as ${cell.label}: ${res.status} ${res.text.slice(0, 200)}`;
          if (cell.expected === 'allowed') {
            expect.soft([401, 403], what).not.toContain(res.status);
            // 503 only where documented: the console bundle is not built in this checkout.
            expect
              .soft(res.status === 503 && route.path.startsWith('/console') ? 200 : res.status, what)
              .toBeLessThan(500);
          } else if (cell.expected === '403|404') {
            expect.soft([403, 404], what).toContain(res.status);
          } else {
            expect.soft(res.status, what).toBe(cell.expected);
          }
        }
        matrix.set(
          `${name} ${key}`,
          cells.map((c) => ({ caller: c.label, expected: c.expected, status: answered.get(c.label) ?? 0 })),
        );
      }
    }, 300_000);
  });
}
