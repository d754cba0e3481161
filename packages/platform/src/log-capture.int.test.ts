import { Writable } from 'node:stream';
import { Queue, Worker } from 'bullmq';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connect } from './db/connect';
import { emptyMigrationsFolder, testDatabaseUrl, uniqueSchema } from './db/test-server';
import { signToken } from './http/auth';
import { createHttpApp } from './http/create-http-app';
import { defineRoute } from './http/route';
import { createLogger } from './logger';
import { createRedis } from './redis';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const auth = { secret: 'c'.repeat(40), issuer: 'test' };
const person = { name: 'Alva Ekström', email: 'alva.ekstrom@example.org' };

const drivers = [
  { driver: 'pglite', databaseUrl: undefined },
  { driver: 'postgres', databaseUrl: testDatabaseUrl },
] as const;

describe.each(drivers)(
  'the logs of a request and job run with personal data ($driver)',
  ({ databaseUrl }) => {
    it('carry no email address, person name or token, failures included', async () => {
      const lines: string[] = [];
      const logger = createLogger({
        service: 'capture',
        level: 'debug',
        destination: new Writable({
          write(chunk, _enc, done) {
            lines.push(String(chunk));
            done();
          },
        }),
      });
      const schema = uniqueSchema('capture');
      const database = await connect({
        databaseUrl,
        dataDir: 'memory://',
        schema,
        migrationsFolder: emptyMigrationsFolder(),
        poolSize: 2,
      });
      const redis = createRedis(redisUrl);
      const conn = { connection: redis, prefix: uniqueSchema('capture') };
      const queue = new Queue('people', conn);
      // A job handler that hits a database error whose message carries the bound email, and logs carelessly.
      const worker = new Worker(
        'people',
        async (job) => {
          logger.info({ job: { id: job.id, name: job.name }, data: job.data }, 'working');
          await database.db.execute(sql`select ${job.data.email}::int`);
        },
        conn,
      );
      worker.on('failed', (job, err) =>
        logger.warn({ job: { id: job?.id, name: job?.name }, err }, 'job failed'),
      );
      const failedOnce = new Promise((resolve) => worker.once('failed', resolve));

      const app = createHttpApp({
        service: 'capture',
        version: '1.0.0',
        logger,
        auth,
        bodyLimit: '64kb',
        rateLimitPerMinute: 0,
        readiness: {},
        routes: [
          defineRoute({
            method: 'post',
            path: '/v1/people',
            summary: 'Store a person (fails in the database)',
            auth: ['admin'],
            body: z.object({ name: z.string(), email: z.string() }),
            responses: { 201: { description: 'stored', schema: z.object({ id: z.string() }) } },
            handler: async ({ body, req }) => {
              req.log.info({ person: body }, 'storing person');
              await database.db.execute(sql`select ${body.email}::int, ${body.name}::int`);
              return { status: 201, body: { id: 'p-1' } };
            },
          }),
          defineRoute({
            method: 'get',
            path: '/v1/people',
            summary: 'List people',
            auth: ['admin'],
            query: z.object({ email: z.string().optional() }),
            responses: { 200: { description: 'list', schema: z.object({ count: z.number() }) } },
            handler: async () => ({ status: 200, body: { count: 0 } }),
          }),
        ],
      });
      const token = await signToken({ ...auth, role: 'admin' });

      try {
        const failed = await request(app)
          .post('/v1/people')
          .set('authorization', `Bearer ${token}`)
          .send(person);
        expect(failed.status).toBe(500);
        const nul = await request(app)
          .post('/v1/people')
          .set('authorization', `Bearer ${token}`)
          .send({ ...person, name: `${person.name}\u0000` });
        expect(nul.status).toBe(400);
        const listed = await request(app)
          .get(`/v1/people?email=${encodeURIComponent(person.email)}&token=${token}`)
          .set('authorization', `Bearer ${token}`);
        expect(listed.status).toBe(200);
        const forged = await request(app).get('/v1/people').set('authorization', `Bearer ${token}x`);
        expect(forged.status).toBe(401);
        await queue.add('person.upserted', person);
        await failedOnce;
      } finally {
        await worker.close();
        await queue.obliterate({ force: true });
        await queue.close();
        redis.disconnect();
        await database.close();
        if (databaseUrl) {
          const client = new pg.Client({ connectionString: databaseUrl });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await client.end();
        }
      }

      const out = lines.join('');
      // The run was logged: the 500 with its SQLSTATE, the careless handler lines, the failed job.
      const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const requestFailed = entries.find((e) => e.msg === 'request failed') as
        | { err: { code?: string } }
        | undefined;
      expect(requestFailed?.err.code).toBe('22P02');
      expect(entries.some((e) => e.msg === 'storing person')).toBe(true);
      const jobFailed = entries.find((e) => e.msg === 'job failed') as {
        job: { name: string };
        err: { code?: string };
      };
      expect(jobFailed.job.name).toBe('person.upserted');
      expect(jobFailed.err.code).toBe('22P02');
      // ...and none of it names the person or carries the token.
      for (const leak of [person.email, encodeURIComponent(person.email), 'Alva', 'Ekström', token, 'eyJ']) {
        expect(out, leak).not.toContain(leak);
      }
    });
  },
);
