import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@suite/platform';
import { type SmtpSink, startSmtpSink, uniqueName } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnsubscribeToken } from '../../services/notification/src/domain/unsubscribe-token';
import { challengeBody, ideaBody, innovatorBody, organisationBody, waitUntil } from './seed';
import { type ServiceName, startService, tokenSigner } from './service-under-test';

/** The people of this run: every name and address below must stay out of every log line. */
const people = [
  { id: 'log-alva', name: 'Alva Ekström', email: 'alva.ekstrom@example.org' },
  { id: 'log-sven', name: 'Sven Karlsson', email: 'sven.karlsson@example.net' },
  { id: 'log-lisa', name: 'Lisa Lindqvist', email: 'lisa.lindqvist@example.com' },
];
const contactEmail = 'kontakt.person@kommun-a.example.se';
const emailPattern = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const jwtPattern = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/;

function capture(service: ServiceName): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  const logger = createLogger({
    service,
    level: 'debug',
    destination: new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  });
  return { lines, logger };
}

describe('the logs of a whole run of the three services', () => {
  const logs = {
    ingest: capture('ingest'),
    matching: capture('matching'),
    notification: capture('notification'),
  };
  let ingest: Awaited<ReturnType<typeof startService.ingest>>;
  let matching: Awaited<ReturnType<typeof startService.matching>>;
  let notification: Awaited<ReturnType<typeof startService.notification>>;
  let sink: SmtpSink;
  const secrets: string[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    // One queue prefix for all three, so ingest's events reach the others as in production.
    const prefix = uniqueName('q');
    [ingest, matching, notification] = await Promise.all([
      startService.ingest({
        env: { QUEUE_PREFIX: prefix, OUTBOX_POLL_MS: '200' },
        logger: logs.ingest.logger,
        workers: true,
      }),
      startService.matching({
        env: { QUEUE_PREFIX: prefix, MAIL_FLUSH_MS: '500' },
        logger: logs.matching.logger,
        workers: true,
      }),
      startService.notification({
        env: { QUEUE_PREFIX: prefix, SMTP_URL: `smtp://${sink.host}:${sink.port}` },
        logger: logs.notification.logger,
        workers: true,
      }),
    ]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([ingest?.close(), matching?.close(), notification?.close()]);
    await sink?.close();
  });

  it('carry no email address, person name or token: writes, events, email, failures and erasure included', async () => {
    const sign = tokenSigner(ingest.config);
    const admin = (await sign({ role: 'admin' })) as string;
    const alva = (await sign({ role: 'innovator', innovatorId: 'log-alva' })) as string;
    secrets.push(admin, alva);
    const as = (token: string) => ({ authorization: `Bearer ${token}` });

    // Writes with personal data.
    const put = async (path: string, body: object, token = admin) => {
      const res = await request(ingest.app).put(path).set(as(token)).send(body);
      expect(res.status, `${path}: ${res.text}`).toBe(200);
    };
    await put('/v1/organisations/log-org', { ...organisationBody(), contactEmail });
    await put('/v1/challenges/log-c', challengeBody({ organisationId: 'log-org' }));
    for (const p of people.slice(0, 2)) {
      await put(
        `/v1/innovators/${p.id}`,
        innovatorBody(p.id, { name: p.name, email: p.email, digest: 'immediate' }),
      );
      await put(`/v1/ideas/${p.id}-idea`, ideaBody({ innovatorId: p.id }));
    }
    // A bulk import with a good row and a rejected row that carries an address in a bad field.
    const lisa = people[2] as (typeof people)[number];
    const imported = await request(ingest.app)
      .post('/v1/imports?kind=innovators')
      .set(as(admin))
      .set('content-type', 'application/x-ndjson')
      .send(
        [
          JSON.stringify({ id: lisa.id, ...innovatorBody(lisa.id, { name: lisa.name, email: lisa.email }) }),
          JSON.stringify({
            id: 'log-bad',
            name: lisa.name,
            email: `not an address ${lisa.email} x`,
            gender: 1,
          }),
        ].join('\n'),
      );
    expect(imported.status, imported.text).toBe(202);
    await waitUntil('the import finished', async () => {
      const res = await request(ingest.app).get(`/v1/imports/${imported.body.id}`).set(as(admin));
      return res.body.status !== 'running';
    });

    // Failing requests: a NUL byte, a bad token, tokens in query strings, an unknown person.
    const failures = [
      request(ingest.app)
        .put('/v1/innovators/log-nul')
        .set(as(admin))
        .send(innovatorBody('log-nul', { name: `${lisa.name}\u0000`, email: lisa.email })),
      request(ingest.app).get('/v1/innovators/log-alva').set('authorization', `Bearer ${alva}x`),
      request(ingest.app).get(
        `/v1/innovators/log-alva?token=${alva}&email=${encodeURIComponent(lisa.email)}`,
      ),
      request(ingest.app).put('/v1/innovators/log-alva').set(as(alva)).send({ name: lisa.name, email: 'x' }),
      request(ingest.app)
        .get(`/v1/innovators/${encodeURIComponent(lisa.email)}`)
        .set(as(admin)),
      request(ingest.app)
        .put('/v1/ideas/log-broken')
        .set(as(admin))
        .set('content-type', 'application/json')
        .send(`{"title": "${lisa.name}", "email": "${lisa.email}"`),
    ];
    for (const res of await Promise.all(failures)) expect(res.status).toBeGreaterThanOrEqual(400);
    const exported = await request(ingest.app).get('/v1/innovators/log-alva/export').set(as(alva));
    expect(exported.status, exported.text).toBe(200);

    // Matching: the projection, a recommendation, a shortlist and free text with personal data.
    await waitUntil(
      'matching recommends the challenge to Alva',
      async () => {
        const res = await request(matching.app).get('/v1/innovators/log-alva/recommendations').set(as(admin));
        return res.status === 200 && res.body.entries.length > 0;
      },
      120_000,
    );
    const shortlist = await request(matching.app).get('/v1/challenges/log-c/shortlist').set(as(admin));
    expect(shortlist.status, shortlist.text).toBe(200);
    const tags = await request(matching.app)
      .post('/v1/sdg/tags')
      .set(as(alva))
      .send({ text: `${people[0]?.name} (${people[0]?.email}) wants clean water for rural villages` });
    expect(tags.status, tags.text).toBe(200);

    // Notification: the recommendation email, its links, and a forged link.
    await sink.waitFor(1, 120_000);
    const link = createUnsubscribeToken(notification.config.UNSUBSCRIBE_SECRET, 'log-alva');
    secrets.push(link);
    expect((await request(notification.app).get(`/v1/unsubscribe?token=${link}`)).status).toBe(200);
    const unsubscribed = await request(notification.app)
      .post(`/v1/unsubscribe?token=${link}`)
      .type('form')
      .send({ 'List-Unsubscribe': 'One-Click' });
    expect(unsubscribed.status).toBe(200);
    expect((await request(notification.app).get(`/v1/preferences?token=${link}x`)).status).toBe(400);
    expect(
      (await request(notification.app).get('/v1/preferences').set('authorization', `Bearer ${alva}x`)).status,
    ).toBe(401);

    // Erasure, as it flows through all three.
    const erased = await request(ingest.app).delete('/v1/innovators/log-sven').set(as(admin));
    expect(erased.status, erased.text).toBe(204);
    await waitUntil('matching forgot Sven', async () => {
      const res = await request(matching.app).get('/v1/innovators/log-sven/recommendations').set(as(admin));
      return res.status === 404;
    });

    await Promise.all([ingest.close(), matching.close(), notification.close()]);
    const forbidden = [
      ...people.flatMap((p) => [p.name, p.email, p.name.split(' ')[1] as string]),
      contactEmail,
      ...secrets,
      ...secrets.map((s) => s.slice(-20)),
    ];
    for (const [service, { lines }] of Object.entries(logs)) {
      // The capture works: every service logged its requests and jobs at debug level.
      expect(lines.length, `${service} logged nothing`).toBeGreaterThan(5);
      for (const line of lines) {
        for (const value of forbidden) expect(line, `${service} logged ${value}`).not.toContain(value);
        expect(line, `${service} logged an email address`).not.toMatch(emailPattern);
        expect(line, `${service} logged a JWT`).not.toMatch(jwtPattern);
      }
    }
    console.log(
      `log lines captured: ${Object.entries(logs)
        .map(([s, { lines }]) => `${s} ${lines.length}`)
        .join(', ')}; emails received ${sink.messages.length}`,
    );
  }, 480_000);
});
