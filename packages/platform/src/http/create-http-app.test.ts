import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signToken } from './auth';
import { createHttpApp } from './create-http-app';
import { defineRoute } from './route';

const auth = { secret: 'k'.repeat(40), issuer: 'test' };

const makeApp = (rateLimitPerMinute = 0, failingCheck = false) =>
  createHttpApp({
    service: 'kit',
    version: '1.0.0',
    logger: pino({ level: 'silent' }),
    auth,
    bodyLimit: '1kb',
    rateLimitPerMinute,
    readiness: {
      db: async () => {
        if (failingCheck) throw new Error('db down');
      },
    },
    routes: [
      defineRoute({
        method: 'post',
        path: '/v1/widgets/{id}',
        summary: 'Create a widget',
        auth: ['admin'],
        params: z.object({ id: z.string().regex(/^w-\d+$/) }),
        body: z.object({ name: z.string().min(2), tags: z.array(z.string().max(3)).default([]) }),
        responses: {
          201: {
            description: 'created',
            schema: z.object({ id: z.string(), name: z.string(), tags: z.array(z.string()) }),
          },
        },
        handler: async ({ params, body }) => ({ status: 201, body: { id: params.id, ...body } }),
      }),
      defineRoute({
        method: 'get',
        path: '/v1/boom',
        summary: 'Fails unexpectedly',
        auth: 'public',
        responses: { 200: { description: 'never' } },
        handler: async () => {
          throw new Error('secret internals at /srv/app.ts:12');
        },
      }),
    ],
  });

describe('createHttpApp', () => {
  it('validates body and params with field paths in a 400 problem', async () => {
    const token = await signToken({ ...auth, role: 'admin' });
    const res = await request(makeApp())
      .post('/v1/widgets/w-1')
      .set('authorization', `Bearer ${token}`)
      .send({ name: 'x', tags: ['toolong'] })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const body = JSON.parse(res.text);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.name', 'body.tags.0']);
    const badParam = await request(makeApp())
      .post('/v1/widgets/nope')
      .set('authorization', `Bearer ${token}`)
      .send({ name: 'ok' })
      .expect(400);
    expect(JSON.parse(badParam.text).errors[0].path).toBe('params.id');
  });

  it('accepts a valid request and echoes the request id', async () => {
    const token = await signToken({ ...auth, role: 'admin' });
    const res = await request(makeApp())
      .post('/v1/widgets/w-2')
      .set('authorization', `Bearer ${token}`)
      .set('x-request-id', 'req-123')
      .send({ name: 'Lamp' })
      .expect(201);
    expect(res.body).toEqual({ id: 'w-2', name: 'Lamp', tags: [] });
    expect(res.headers['x-request-id']).toBe('req-123');
  });

  it('refuses an unpaired surrogate anywhere in the body with its field path, as it does NUL', async () => {
    const token = await signToken({ ...auth, role: 'admin' });
    const send = (text: string) =>
      request(makeApp())
        .post('/v1/widgets/w-3')
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'application/json')
        .send(text);
    const res = await send('{"name":"Lamp","tags":["\\udc00"]}').expect(400);
    expect(JSON.parse(res.text).errors).toEqual([
      { path: 'body.tags.0', message: 'must not contain unpaired surrogate characters' },
    ]);
    await send('{"name":"ok \\ud83d\\ude00"}').expect(201);
  });

  it('says the path could not be decoded when its percent-encoding is broken', async () => {
    const token = await signToken({ ...auth, role: 'admin' });
    const res = await request(makeApp())
      .post('/v1/widgets/%')
      .set('authorization', `Bearer ${token}`)
      .send({ name: 'Lamp' })
      .expect(400);
    expect(JSON.parse(res.text)).toMatchObject({
      code: 'BAD_REQUEST',
      detail: 'the URL path could not be decoded (invalid percent-encoding)',
    });
  });

  it('says the body must be a JSON object when it is a JSON string, number, boolean or null', async () => {
    const token = await signToken({ ...auth, role: 'admin' });
    for (const body of ['"x"', '42', 'true', 'null']) {
      const res = await request(makeApp())
        .post('/v1/widgets/w-4')
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'application/json')
        .send(body)
        .expect(400);
      expect(JSON.parse(res.text), body).toMatchObject({
        code: 'VALIDATION_FAILED',
        detail: 'the request body must be a JSON object',
        errors: [{ path: 'body', message: 'must be a JSON object' }],
      });
    }
    const broken = await request(makeApp())
      .post('/v1/widgets/w-4')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json')
      .send('"x')
      .expect(400);
    expect(JSON.parse(broken.text).code).toBe('MALFORMED_JSON');
  });

  it('hides unexpected errors behind a 500 problem without internals', async () => {
    const res = await request(makeApp()).get('/v1/boom').expect(500);
    expect(JSON.parse(res.text)).toMatchObject({ code: 'INTERNAL', status: 500 });
    expect(res.text).not.toContain('/srv/app.ts');
  });

  it('reports not ready when a check fails', async () => {
    const res = await request(makeApp(0, true)).get('/readyz').expect(503);
    expect(res.body.checks.db).toMatch(/failed/);
  });

  it('rate-limits with a 429 problem', async () => {
    const app = makeApp(2);
    await request(app).get('/v1/nothing').expect(404);
    await request(app).get('/v1/nothing').expect(404);
    const res = await request(app).get('/v1/nothing').expect(429);
    expect(JSON.parse(res.text).code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('documents request bodies, parameters and auth in OpenAPI 3.1', async () => {
    const res = await request(makeApp()).get('/openapi.json').expect(200);
    const op = res.body.paths['/v1/widgets/{id}'].post;
    expect(op.requestBody.content['application/json'].schema.properties.name).toMatchObject({
      type: 'string',
    });
    expect(op.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(op.responses['401']).toBeDefined();
  });
});
