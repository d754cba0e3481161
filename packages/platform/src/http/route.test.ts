import { text } from 'node:stream/consumers';
import { parseBalancePolicy } from '@suite/fairness';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors';
import { signToken } from './auth';
import { createHttpApp } from './create-http-app';
import { defineRoute, type Route } from './route';

const auth = { secret: 'k'.repeat(40), issuer: 'test' };
const token = (role: 'admin' | 'need_owner' | 'innovator', bound: { org?: string; inn?: string } = {}) =>
  signToken({ ...auth, role, organisationId: bound.org, innovatorId: bound.inn });

const things = new Map([
  ['t-1', { id: 't-1', organisationId: 'org-a', status: 'open', email: 'secret@example.org' }],
  ['t-2', { id: 't-2', organisationId: 'org-b', status: 'draft', email: 'hidden@example.org' }],
]);

const routes: Route[] = [
  defineRoute({
    method: 'get',
    path: '/v1/things/{id}',
    summary: 'Read a thing',
    auth: ['admin', 'need_owner', 'innovator'],
    params: z.object({ id: z.string() }),
    access: {
      load: async ({ params }) => things.get(params.id),
      owner: (thing) => ({ organisationId: thing.organisationId }),
      ownedBy: ['need_owner'],
      visible: (thing, principal) => thing.status !== 'draft' || principal?.role === 'admin',
    },
    responses: { 200: { description: 'The thing', schema: z.object({ id: z.string() }) } },
    handler: async ({ resource }) => ({ status: 200, body: resource }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/things/{id}',
    summary: 'Create or replace a thing',
    auth: ['admin', 'need_owner'],
    params: z.object({ id: z.string() }),
    body: z.object({ organisationId: z.string(), title: z.string().max(20) }),
    bodyLimit: '200b',
    access: {
      load: async ({ params }) => things.get(params.id),
      owner: (thing) => ({ organisationId: thing.organisationId }),
      creates: ({ body }) => ({ organisationId: body.organisationId }),
    },
    responses: { 200: { description: 'Stored', schema: z.object({ id: z.string(), title: z.string() }) } },
    handler: async ({ params, body }) => ({ status: 200, body: { id: params.id, ...body } }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/broken',
    summary: 'Answers a body that breaks its contract',
    auth: 'public',
    responses: { 200: { description: 'never', schema: z.object({ count: z.number() }) } },
    handler: async () => ({ status: 200, body: { count: 'many' } }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/imports',
    summary: 'Streams a CSV',
    auth: ['admin'],
    stream: { contentTypes: ['text/csv'], limit: '1kb' },
    responses: { 200: { description: 'Bytes read', schema: z.object({ bytes: z.number() }) } },
    handler: async ({ stream }) => ({ status: 200, body: { bytes: (await text(stream!)).length } }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/forms',
    summary: 'Takes a form post',
    auth: 'public',
    form: z.object({ choice: z.literal('yes') }),
    responses: { 200: { description: 'A page', contentType: 'text/html' } },
    handler: async ({ body }) => ({ status: 200, html: `<p>${body.choice}</p>` }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/policies',
    summary: 'Validates a balance policy in the domain',
    auth: 'public',
    body: z.unknown(),
    responses: { 204: { description: 'valid' } },
    handler: async ({ body }) => {
      parseBalancePolicy(body);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/extras',
    summary: 'Throws with extras that try to override the problem',
    auth: 'public',
    responses: { 200: { description: 'never' } },
    handler: async () => {
      throw new AppError('CONFLICT', 'taken', { status: 200, code: 'OK', type: 'x', hint: 'try another' });
    },
  }),
];

const app = createHttpApp({
  service: 'kit',
  version: '1.0.0',
  logger: pino({ level: 'silent' }),
  auth,
  bodyLimit: '1kb',
  rateLimitPerMinute: 0,
  readiness: {},
  routes,
});

const problem = (res: { headers: Record<string, string>; text: string }) => {
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  return JSON.parse(res.text);
};

describe('responses are contracts', () => {
  it('sends only the declared fields', async () => {
    const res = await request(app)
      .get('/v1/things/t-1')
      .set('authorization', `Bearer ${await token('admin')}`)
      .expect(200);
    expect(res.body).toEqual({ id: 't-1' });
    expect(res.text).not.toContain('secret@example.org');
  });

  it('answers a logged 500 for a body that breaks the contract, without its details', async () => {
    const res = await request(app).get('/v1/broken').expect(500);
    expect(problem(res)).toMatchObject({ code: 'RESPONSE_CONTRACT_VIOLATED' });
    expect(res.text).not.toContain('many');
  });
});

describe('resource authorisation in the route', () => {
  it('answers 401 without a token and 403 for a role the route does not allow', async () => {
    expect(problem(await request(app).put('/v1/things/t-1').send({})).code).toBe('UNAUTHENTICATED');
    const res = await request(app)
      .put('/v1/things/t-1')
      .set('authorization', `Bearer ${await token('innovator', { inn: 'i-1' })}`)
      .send({ organisationId: 'org-a', title: 't' })
      .expect(403);
    expect(problem(res).code).toBe('FORBIDDEN');
  });

  it("answers 403 for another organisation's resource and 404 for a missing one", async () => {
    const owner = await token('need_owner', { org: 'org-b' });
    await request(app).get('/v1/things/t-1').set('authorization', `Bearer ${owner}`).expect(403);
    await request(app).get('/v1/things/t-9').set('authorization', `Bearer ${owner}`).expect(404);
    const mine = await token('need_owner', { org: 'org-a' });
    await request(app).get('/v1/things/t-1').set('authorization', `Bearer ${mine}`).expect(200);
  });

  it('hides what `visible` refuses behind a 404, and lets roles outside `ownedBy` read', async () => {
    const innovator = await token('innovator', { inn: 'i-1' });
    await request(app).get('/v1/things/t-1').set('authorization', `Bearer ${innovator}`).expect(200);
    await request(app).get('/v1/things/t-2').set('authorization', `Bearer ${innovator}`).expect(404);
    await request(app)
      .get('/v1/things/t-2')
      .set('authorization', `Bearer ${await token('admin')}`)
      .expect(200);
  });

  it('lets a need owner create for its own organisation only, and never take over another', async () => {
    const owner = await token('need_owner', { org: 'org-a' });
    const put = (id: string, organisationId: string) =>
      request(app)
        .put(`/v1/things/${id}`)
        .set('authorization', `Bearer ${owner}`)
        .send({ organisationId, title: 'Ny' });
    await put('t-new', 'org-a').expect(200);
    await put('t-new', 'org-b').expect(403);
    await put('t-2', 'org-a').expect(403);
  });
});

describe('bodies per route', () => {
  it('validates JSON with field paths and refuses NUL characters', async () => {
    const admin = await token('admin');
    const bad = await request(app)
      .put('/v1/things/t-1')
      .set('authorization', `Bearer ${admin}`)
      .send({ organisationId: 'org-a', title: 'x'.repeat(21) })
      .expect(400);
    expect(problem(bad).errors.map((e: { path: string }) => e.path)).toEqual(['body.title']);
    const nul = await request(app)
      .put('/v1/things/t-1')
      .set('authorization', `Bearer ${admin}`)
      .send({ organisationId: 'org-a', title: 'a\u0000b' })
      .expect(400);
    expect(problem(nul).errors).toEqual([{ path: 'body.title', message: 'must not contain NUL characters' }]);
  });

  it('applies the route limit (413) and refuses other content types (415)', async () => {
    const admin = await token('admin');
    const big = await request(app)
      .put('/v1/things/t-1')
      .set('authorization', `Bearer ${admin}`)
      .send({ organisationId: 'org-a', title: 'x'.repeat(300) })
      .expect(413);
    expect(problem(big).code).toBe('PAYLOAD_TOO_LARGE');
    const plain = await request(app)
      .put('/v1/things/t-1')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', 'text/plain')
      .send('organisationId=org-a')
      .expect(415);
    expect(problem(plain).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('streams a body of a declared type and caps it while reading', async () => {
    const admin = await token('admin');
    const ok = await request(app)
      .post('/v1/imports')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', 'text/csv')
      .send('id,title\n1,a\n')
      .expect(200);
    expect(ok.body).toEqual({ bytes: 13 });
    await request(app)
      .post('/v1/imports')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', 'text/csv')
      .send('x'.repeat(2_000))
      .expect(413);
    await request(app)
      .post('/v1/imports')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', 'application/json')
      .send('{}')
      .expect(415);
  });

  it('takes form posts and answers HTML', async () => {
    const res = await request(app).post('/v1/forms').type('form').send({ choice: 'yes' }).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toBe('<p>yes</p>');
  });
});

describe('one error vocabulary', () => {
  it('maps an invalid fairness policy to 400 with field paths', async () => {
    const res = await request(app)
      .post('/v1/policies')
      .send({ k: 10, groups: { woman: { min: 0.7 }, man: { min: 0.7 }, robot: {} } })
      .expect(400);
    const body = problem(res);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['groups', 'groups.robot']);
  });

  it('keeps type, status and code out of reach of extras', async () => {
    const body = problem(await request(app).get('/v1/extras').expect(409));
    expect(body).toMatchObject({ status: 409, code: 'CONFLICT', hint: 'try another' });
    expect(body.type).toMatch(/conflict$/);
  });

  it('answers 405 with Allow for a known path and a wrong method', async () => {
    const res = await request(app).delete('/v1/things/t-1').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD, PUT');
    expect(problem(res).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('lists the route table for matrix tests', () => {
    expect((app.locals.routes as Route[]).map((r) => `${r.method} ${r.path}`)).toContain(
      'get /v1/things/{id}',
    );
  });
});
