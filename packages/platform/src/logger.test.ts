import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

const capture = () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ service: 'test', level: 'info', destination });
  return { lines, logger, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
};

const jwt =
  'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4iLCJzdWIiOiJhZG1pbjpsb2NhbCJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('createLogger', () => {
  it('redacts names, emails and tokens in logged objects', () => {
    const { lines, logger } = capture();
    logger.info({ innovator: { name: 'Alva Ek', email: 'alva@example.org' }, token: 'opaque-123' }, 'stored');
    const out = lines.join('');
    expect(out).toContain('stored');
    expect(out).not.toContain('alva@example.org');
    expect(out).not.toContain('Alva Ek');
    expect(out).not.toContain('opaque-123');
  });

  it('redacts a top-level name and keeps the service label', () => {
    const { lines, logger, parsed } = capture();
    logger.info({ name: 'Alva Ek' }, 'hello');
    expect(lines.join('')).not.toContain('Alva Ek');
    expect(parsed()[0]?.service).toBe('test');
  });

  it('redacts personal fields at any depth, in arrays and in child bindings', () => {
    const { lines, logger } = capture();
    const child = logger.child({ recipient: { contactEmail: 'bo@example.org' } });
    child.info(
      {
        batch: { rows: [{ innovator: { profile: { email: 'deep@example.org', fullName: 'Bo Berg' } } }] },
        headers: { authorization: 'Bearer opaque-abc', cookie: 'session=s3cret' },
        auth: { accessToken: 'opaque-xyz', password: 'hunter2', unsubscribeSecret: 'u-secret' },
        person: { name: { first: 'Cai', last: 'Dahl' } },
      },
      'deep',
    );
    const out = lines.join('');
    for (const leak of [
      'bo@example.org',
      'deep@example.org',
      'Bo Berg',
      'opaque-abc',
      's3cret',
      'opaque-xyz',
      'hunter2',
      'u-secret',
      'Cai',
      'Dahl',
    ]) {
      expect(out, leak).not.toContain(leak);
    }
  });

  it('keeps the names of jobs, queues, routes and errors readable', () => {
    const { logger, parsed } = capture();
    logger.info(
      {
        job: { name: 'idea.upserted', id: '7' },
        jobName: 'idea.deleted',
        queueName: 'matching-inbox',
        route: { name: 'listChallenges' },
        jobs: [{ name: 'challenge.closed' }],
        failed: { jobId: '9', name: 'innovator.erased', attemptsMade: 2 },
      },
      'job done',
    );
    const line = parsed()[0] as Record<string, Record<string, unknown> & { name?: string }>;
    expect(line.job?.name).toBe('idea.upserted');
    expect(line.jobName).toBe('idea.deleted');
    expect(line.queueName).toBe('matching-inbox');
    expect(line.route?.name).toBe('listChallenges');
    expect((line.jobs as unknown as { name: string }[])[0]?.name).toBe('challenge.closed');
    expect(line.failed?.name).toBe('innovator.erased');
  });

  it('masks email addresses and JWTs inside any string, the message included', () => {
    const { lines, logger } = capture();
    logger.info(
      { note: 'sent to alva@example.org', url: `/v1/unsubscribe?token=${jwt}&to=bo%40example.org` },
      `delivered to cai@example.org with ${jwt}`,
    );
    const out = lines.join('');
    expect(out).not.toMatch(/@example\.org|%40example/);
    expect(out).not.toContain('eyJ');
    expect(out).toContain('[email]');
    expect(out).toContain('[token]');
  });

  it('logs an error by name, code and message without its query parameters, body or foreign fields', () => {
    const { lines, logger, parsed } = capture();
    const pgError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      detail: 'Key (email)=(alva@example.org) already exists.',
    });
    const drizzleError = Object.assign(
      new Error('Failed query: insert into "innovators" ("id", "name") values ($1, $2)\nparams: i-1,Alva Ek'),
      { name: 'DrizzleQueryError', query: 'insert ...', params: ['i-1', 'Alva Ek'], cause: pgError },
    );
    const bodyError = Object.assign(new Error('request entity too large'), { body: '{"name":"Bo Berg"}' });
    logger.error({ err: drizzleError, requestId: 'r-1' }, 'request failed');
    logger.error({ nested: { failure: bodyError } }, 'nested failure');
    logger.error(drizzleError);
    const out = lines.join('');
    expect(out).not.toContain('Alva Ek');
    expect(out).not.toContain('Bo Berg');
    expect(out).not.toContain('alva@example.org');
    expect(out).not.toContain('params');
    const first = parsed()[0] as { err: Record<string, unknown> };
    expect(first.err.name).toBe('DrizzleQueryError');
    expect(first.err.code).toBe('22021');
    expect(first.err.message).toBe('Failed query: insert into "innovators" ("id", "name") values ($1, $2)');
    expect(Object.keys(first.err).sort()).toEqual(['cause', 'code', 'message', 'name', 'stack']);
    expect(String(first.err.stack)).toContain('logger.test.ts');
    expect(String(first.err.stack)).not.toContain('node_modules');
  });

  it('passes a flat object without personal data through unchanged', () => {
    const { logger, parsed } = capture();
    logger.info({ port: 3001, host: '127.0.0.1', ok: true, items: [1, 2] }, 'listening');
    expect(parsed()[0]).toMatchObject({ port: 3001, host: '127.0.0.1', ok: true, items: [1, 2] });
  });
});
