import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ImportReport, importReportSchema } from '@suite/contracts';
import { signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';

const innovatorsCsv = [
  'id,externalId,name,email,gender,sdgs,consents.matching,consents.emailRecommendations',
  'inn-1,crm-1,Alva Lind,alva@example.org,woman,5;10,yes,no',
  'inn-2,crm-2,"Berg, Sam",sam@example.org,man,,1,1',
  'inn-3,crm-3,Kim,not-an-email,non_binary,18,true,false',
  'inn-4,crm-4,Robin,robin@example.org,,3,maybe,0',
].join('\n');

describe.each(testDbDrivers)('bulk import on %s', (driver) => {
  const start = startServiceForTest(driver, {
    loadConfig: (env) => loadIngestConfig({ ...env, IMPORT_LIMIT: '64kb', IMPORT_BATCH_SIZE: '100' }),
    createDeps,
    createApp,
  });
  let service: Awaited<ReturnType<typeof start>>;
  let admin: string;
  beforeAll(async () => {
    service = await start();
    admin = await signToken({
      secret: service.config.JWT_SECRET,
      issuer: service.config.JWT_ISSUER,
      role: 'admin',
    });
  });
  afterAll(async () => {
    await service?.close();
  });

  const post = (kind: string, body: string | Buffer, type = 'text/csv', key?: string) => {
    const pending = request(service.app)
      .post(`/v1/imports?kind=${kind}`)
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', type);
    return (key ? pending.set('idempotency-key', key) : pending).send(body);
  };
  const put = (path: string, body: object) =>
    request(service.app).put(path).set('authorization', `Bearer ${admin}`).send(body);
  /** A chunked upload without a length, sent in pieces with pauses, as a real client streams a file. */
  const upload = async (kind: string, chunks: (string | Buffer)[]) => {
    const server = service.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await new Promise<{ status: number; body: { id: string } }>((resolve) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: `/v1/imports?kind=${kind}`,
            headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/csv' },
          },
          (res) => {
            let text = '';
            res.on('data', (d) => {
              text += d;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
          },
        );
        // The server drops an upload it no longer reads, after answering: that is expected here.
        req.on('error', () => undefined);
        const send = async () => {
          for (const chunk of chunks) {
            req.write(chunk);
            await new Promise((r) => setTimeout(r, 100));
          }
          req.end();
        };
        void send();
      });
    } finally {
      server.close();
    }
  };
  const report = async (id: string) =>
    importReportSchema.parse(
      (
        await request(service.app)
          .get(`/v1/imports/${id}`)
          .set('authorization', `Bearer ${admin}`)
          .expect(200)
      ).body,
    );
  const finished = async (id: string): Promise<ImportReport> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const r = await report(id);
      if (r.status !== 'running' || Date.now() > deadline) return r;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const importFile = async (kind: string, body: string | Buffer, type?: string) => {
    const res = await post(kind, body, type);
    expect(res.status, res.text).toBe(202);
    expect(res.headers.location).toBe(`/v1/imports/${res.body.id}`);
    return finished(res.body.id);
  };

  it('imports a CSV row by row: good rows stored with their events, bad rows reported by line and field', async () => {
    const result = await importFile('innovators', innovatorsCsv);
    expect(result).toMatchObject({
      kind: 'innovators',
      status: 'completed',
      processed: 4,
      accepted: 2,
      rejected: 2,
    });
    expect(result.finishedAt).not.toBeNull();
    expect(result.errors.map((e) => [e.line, e.path])).toEqual([
      [4, 'email'],
      [4, 'sdgs.0'],
      [5, 'consents.matching'],
    ]);
    const stored = await service.deps.store.get('innovators', 'inn-2');
    expect(stored).toMatchObject({
      name: 'Berg, Sam',
      consents: { matching: true, emailRecommendations: true },
    });
    expect(stored?.consentsChangedAt.matching).not.toBeNull();
    expect(await service.deps.outbox.unpublishedCount()).toBe(2);
  });

  it('updates by external id on a re-import instead of duplicating', async () => {
    const before = await service.deps.outbox.unpublishedCount();
    const again = await importFile('innovators', innovatorsCsv);
    expect(again).toMatchObject({ accepted: 2, rejected: 2 });
    // Unchanged rows: no new version, no event.
    expect(await service.deps.outbox.unpublishedCount()).toBe(before);
    const renamed = 'externalId,name,email\ncrm-1,Alva Lind-Berg,alva@example.org\n';
    expect(await importFile('innovators', renamed)).toMatchObject({ accepted: 1, rejected: 0 });
    expect(await service.deps.store.get('innovators', 'inn-1')).toMatchObject({
      name: 'Alva Lind-Berg',
      version: 2,
    });
  });

  it('refuses a row whose external id belongs to a record with another id, as PUT does (409), for every kind', async () => {
    expect(
      (await put('/v1/organisations/org-e1', { externalId: 'x-org', name: 'Ystad', kind: 'region' })).status,
    ).toBe(200);
    const challenge = { organisationId: 'org-e1', title: 'T', description: 'D', locale: 'sv' };
    expect((await put('/v1/challenges/c-e1', { ...challenge, externalId: 'x-ch' })).status).toBe(200);
    const person = { name: 'Kim', email: 'kim@example.org' };
    expect((await put('/v1/innovators/inn-e1', { ...person, externalId: 'x-inn' })).status).toBe(200);
    const idea = { innovatorId: 'inn-e1', title: 'T', description: 'D' };
    expect((await put('/v1/ideas/idea-e1', { ...idea, externalId: 'x-idea' })).status).toBe(200);
    const cases = [
      ['organisations', 'org-e1', { name: 'Ystad', kind: 'region' }, 'x-org', 'organisation'],
      ['challenges', 'c-e1', challenge, 'x-ch', 'challenge'],
      ['innovators', 'inn-e1', person, 'x-inn', 'innovator'],
      ['ideas', 'idea-e1', idea, 'x-idea', 'idea'],
    ] as const;
    for (const [kind, owner, fields, externalId, noun] of cases) {
      const rows = [
        {
          ...fields,
          id: `${owner}-other`,
          externalId,
          ...('name' in fields ? { name: 'Taken' } : { title: 'Taken' }),
        },
        { ...fields, id: `${owner}-free`, externalId: `${externalId}-free` },
      ];
      const result = await importFile(
        kind,
        rows.map((r) => JSON.stringify(r)).join('\n'),
        'application/x-ndjson',
      );
      expect(result, kind).toMatchObject({ status: 'completed', accepted: 1, rejected: 1 });
      expect(result.errors).toEqual([
        { line: 1, path: 'externalId', message: `${externalId} already belongs to ${noun} ${owner}` },
      ]);
      expect(await service.deps.store.get(kind, `${owner}-other`)).toBeUndefined();
      expect(await service.deps.store.get(kind, owner)).toMatchObject({ version: 1, externalId });
    }
  });

  it('gives a row with an unpaired surrogate the same clear error as the single route', async () => {
    const lines = [
      '{"id":"org-s1","name":"bad \\ud800 x","kind":"municipality"}',
      '{"id":"org-s2","name":"Lund","kind":"municipality"}',
    ].join('\n');
    const result = await importFile('organisations', lines, 'application/x-ndjson');
    expect(result).toMatchObject({ status: 'completed', accepted: 1, rejected: 1 });
    expect(result.errors).toEqual([
      { line: 1, path: 'name', message: 'must not contain unpaired surrogate characters' },
    ]);
  });

  it('reads numbers in CSV cells where the schema wants them, nested dotted columns included', async () => {
    expect((await put('/v1/organisations/org-bp', { name: 'Lund', kind: 'municipality' })).status).toBe(200);
    const csv = [
      'id,organisationId,title,description,locale,sdgs,balancePolicy.k,balancePolicy.mode,balancePolicy.groups.woman.min,balancePolicy.groups.man.max',
      'c-bp1,org-bp,Ensamhet,Äldre som bor ensamma,sv,3;10,10,strict,0.4,0.6',
      'c-bp2,org-bp,Ensamhet,Äldre som bor ensamma,sv,,ten,,0.4,',
      'c-bp3,org-bp,Ensamhet,Äldre som bor ensamma,sv,,,,-0.1,',
    ].join('\n');
    const result = await importFile('challenges', csv);
    expect(result).toMatchObject({ status: 'completed', accepted: 1, rejected: 2 });
    expect(result.errors).toEqual([
      { line: 3, path: 'balancePolicy.k', message: expect.stringMatching(/integer from 1 to 200/) },
      { line: 4, path: 'balancePolicy.groups.woman.min', message: 'must be a share between 0 and 1' },
    ]);
    expect(await service.deps.store.get('challenges', 'c-bp1')).toMatchObject({
      sdgs: [3, 10],
      balancePolicy: { k: 10, mode: 'strict', groups: { woman: { min: 0.4 }, man: { max: 0.6 } } },
    });
  });

  it('answers a repeated Idempotency-Key with the stored 202 and its import id, and another file with 422', async () => {
    const csv = 'id,name,kind\norg-k1,Malmö,municipality\n';
    const first = await post('organisations', csv, 'text/csv', 'imp-1');
    expect(first.status, first.text).toBe(202);
    await finished(first.body.id);
    const again = await post('organisations', csv, 'text/csv', 'imp-1');
    expect(again.status, again.text).toBe(202);
    expect(again.body).toEqual({ id: first.body.id });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.location).toBe(`/v1/imports/${first.body.id}`);
    const changed = `${csv}org-k2,Lund,municipality\n`;
    for (const [kind, body, type] of [
      ['organisations', changed, 'text/csv'],
      ['challenges', csv, 'text/csv'],
      ['organisations', '{"id":"org-k1","name":"Malmö","kind":"municipality"}', 'application/x-ndjson'],
    ] as const) {
      const other = await post(kind, body, type, 'imp-1');
      expect(other.status, other.text).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    }
    expect(await service.deps.store.get('organisations', 'org-k2')).toBeUndefined();
    // Another key is another import.
    const fresh = await post('organisations', csv, 'text/csv', 'imp-2');
    expect(fresh.status).toBe(202);
    expect(fresh.body.id).not.toBe(first.body.id);
    await finished(fresh.body.id);
  });

  it('imports NDJSON with the same schemas and refuses ideas of unknown innovators per row', async () => {
    const lines = [
      JSON.stringify({
        id: 'idea-1',
        innovatorId: 'inn-1',
        title: 'Cykelkök',
        description: 'Mat av överskott',
      }),
      '{"id": "idea-2", "innovatorId": ',
      '',
      JSON.stringify({ id: 'idea-3', innovatorId: 'inn-none', title: 'T', description: 'D' }),
      JSON.stringify({
        externalId: 'oi-4',
        innovatorId: 'inn-2',
        title: 'Lånecykel',
        description: 'D',
        sdgs: [11],
      }),
    ].join('\n');
    const result = await importFile('ideas', lines, 'application/x-ndjson');
    expect(result).toMatchObject({ status: 'completed', processed: 4, accepted: 2, rejected: 2 });
    expect(result.errors).toEqual([
      { line: 2, path: '(line)', message: 'not valid JSON' },
      { line: 4, path: 'innovatorId', message: 'innovator inn-none does not exist' },
    ]);
    const ideas = await service.deps.store.allIdeasOf(service.deps.database.db, 'inn-2');
    expect(ideas).toEqual([expect.objectContaining({ externalId: 'oi-4', sdgs: [11] })]);
  });

  it('reports a row with too few cells by its line and keeps reading', async () => {
    const csv = 'id,name,kind\norg-1,Malmö,municipality\norg-2,Lund\norg-3,Ystad,municipality\n';
    const result = await importFile('organisations', csv);
    expect(result).toMatchObject({ status: 'completed', accepted: 2, rejected: 1 });
    expect(result.errors).toEqual([
      { line: 3, path: '(row)', message: expect.stringMatching(/record length/i) },
    ]);
    expect(await service.deps.store.get('organisations', 'org-3')).toBeDefined();
  });

  it('fails an import on broken quoting, naming the line and keeping the rows before it', async () => {
    for (const broken of ['org-b,"Lund"x,municipality', 'org-b,"Lund,municipality']) {
      const csv = `id,name,kind\norg-a,Malmö,municipality\n${broken}\norg-c,Ystad,municipality\n`;
      const result = await importFile('organisations', csv);
      expect(result.status).toBe('failed');
      expect(result.reason).toMatch(/quote opened on line 3 is never closed/);
      expect(await service.deps.store.get('organisations', 'org-a')).toBeDefined();
      expect(await service.deps.store.get('organisations', 'org-c')).toBeUndefined();
    }
  });

  it('fails on bytes that are not UTF-8: 400 at the start, a failed import further in', async () => {
    const latin1 = Buffer.from('id,name,kind\norg-x,Malm\xf6,municipality\n', 'latin1');
    const early = await post('organisations', latin1);
    expect(early.status).toBe(400);
    // The offset of the bad byte itself (ö in Latin-1), not of the chunk it came in.
    expect(early.body.detail).toBe(`the file is not valid UTF-8 (at byte offset ${latin1.indexOf(0xf6)})`);
    const goodPart = 'id,name,kind\norg-u1,Malmö,municipality\norg-u2,Lund,municipality\n';
    const late = await upload('organisations', [goodPart, Buffer.from([0x6f, 0x72, 0x67, 0xc3, 0x28, 0x0a])]);
    expect(late.status).toBe(202);
    const result = await finished(late.body.id);
    // The bad sequence (C3 28) starts 3 bytes into the second chunk.
    const at = Buffer.byteLength(goodPart) + 3;
    expect(result).toMatchObject({
      status: 'failed',
      reason: `the file is not valid UTF-8 (at byte offset ${at})`,
    });
    expect(await service.deps.store.get('organisations', 'org-u1')).toBeDefined();
  });

  it('fails an upload that grows past the import limit while streaming', async () => {
    const rows = (from: number) =>
      Array.from({ length: 150 }, (_, i) => `org-big-${from + i},${'M'.repeat(150)},municipality\n`).join('');
    const res = await upload('organisations', ['id,name,kind\n', rows(0), rows(150), rows(300)]);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', importId: expect.any(String) });
    // Rows of the batches before the limit are stored: the report behind the id says so, and that
    // the import failed, as soon as the 413 is out.
    const result = await report((res.body as unknown as { importId: string }).importId);
    expect(result).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/over the limit of 64kb/),
    });
    expect(result.accepted).toBeGreaterThan(0);
    expect(await service.deps.store.get('organisations', 'org-big-0')).toBeDefined();
  });

  it('refuses an empty file, a header without a required column, an unknown kind and a wrong type', async () => {
    const empty = await post('ideas', '');
    expect([400]).toContain(empty.status);
    const headerOnly = await post('ideas', 'id,innovatorId,title,description\n');
    expect(headerOnly.status).toBe(400);
    const missing = await post('ideas', 'id,innovatorId,title\ni-1,inn-1,T\n');
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      { path: 'header.description', message: 'required column is missing' },
    ]);
    const unknownKind = await post('tractors', 'id\n1\n');
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.errors[0].path).toBe('query.kind');
    expect((await post('ideas', '{}', 'application/json')).status).toBe(415);
  });

  it('refuses a file over the import limit with 413', async () => {
    const big = `id,name,kind\n${'org-big,Malmö,municipality\n'.repeat(3_000)}`;
    const res = await post('organisations', big);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('marks an import a stop left running as failed at the next start', async () => {
    const id = await service.deps.imports.create('ideas');
    if (driver === 'postgres') {
      // A second service on the same schema is what a restart looks like to the database.
      const restarted = await createDeps(service.config);
      await restarted.shutdown.shutdown('test over');
    } else {
      await service.deps.imports.failAbandoned('the service stopped while this import was running');
    }
    expect(await report(id)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/stopped/) });
  });
});
