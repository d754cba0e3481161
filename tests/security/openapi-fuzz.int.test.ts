import { testConfig } from '@suite/testing';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromSchema } from './schema-arbitrary';
import {
  type Caller,
  fingerprint,
  type ServiceName,
  servicesUnderTest,
  tokenSigner,
} from './service-under-test';

type JsonSchema = Record<string, unknown>;
interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  parameters: { name: string; in: 'path' | 'query'; schema: JsonSchema }[];
  body?: { type: string; schema?: JsonSchema };
}

// Cases per service; over 5,000 in all across the three.
const runs: Record<ServiceName, number> = { ingest: 2_200, matching: 1_600, notification: 1_300 };
const idPool = ['fuzz-1', 'fuzz-2', 'org-fuzz', 'inn-fuzz', 'c-fuzz'];

function operations(doc: { paths: Record<string, Record<string, JsonSchema>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
        ?.content;
      const [type, media] = Object.entries(content ?? {})[0] ?? [];
      ops.push({
        method: method as Operation['method'],
        path,
        parameters: (op.parameters as Operation['parameters'] | undefined) ?? [],
        body: type ? { type, schema: media?.schema } : undefined,
      });
    }
  }
  return ops;
}

const callers = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Caller>({ role: 'admin' }) },
  { weight: 1, arbitrary: fc.constant<Caller>({ role: 'service' }) },
  { weight: 1, arbitrary: fc.constant<Caller>({ role: 'need_owner', organisationId: 'org-fuzz' }) },
  { weight: 1, arbitrary: fc.constant<Caller>({ role: 'innovator', innovatorId: 'inn-fuzz' }) },
  { weight: 1, arbitrary: fc.constant<Caller>({ role: 'none' }) },
);
const pathValue = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...idPool) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('%00', '..', '%2F', 'x'.repeat(300), '<b>') },
);

function streamBody(type: string): fc.Arbitrary<string> {
  const line = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 60 }),
  );
  return type.includes('csv')
    ? fc
        .array(fc.string({ maxLength: 40 }), { maxLength: 6 })
        .map((lines) => `id,title,description\n${lines.join('\n')}`)
    : fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'));
}

for (const name of Object.keys(servicesUnderTest) as ServiceName[]) {
  describe(`${name}: every route of its OpenAPI document under fuzzed input`, () => {
    let service: Awaited<ReturnType<(typeof servicesUnderTest)[ServiceName]>>;
    let ops: Operation[] = [];
    beforeAll(async () => {
      service = await servicesUnderTest[name]();
      const doc = await request(service.app).get('/openapi.json');
      ops = operations(doc.body);
    });
    afterAll(async () => {
      await service?.close();
    });

    it('never answers 5xx, answers every error as problem+json, and a rejected write changes nothing', async () => {
      const tokenFor = tokenSigner(service.config);
      const database = service.deps.database;
      const cases = fc.record({
        op: fc.constantFrom(...ops),
        caller: callers,
        seed: fc.integer(),
      });
      let count = 0;
      await fc.assert(
        fc.asyncProperty(cases, async ({ op, caller, seed }) => {
          count++;
          const values = (arb: fc.Arbitrary<unknown>) => fc.sample(arb, { seed, numRuns: 1 })[0];
          const path = op.path.replace(/\{(\w+)\}/g, () => encodeURIComponent(String(values(pathValue))));
          const query: Record<string, string> = {};
          for (const p of op.parameters.filter((x) => x.in === 'query')) {
            const value = values(fromSchema(p.schema));
            // Past ~16 kB of URL, Node's HTTP parser answers 431 before any service code runs.
            if (value !== undefined && value !== null && typeof value !== 'object') {
              query[p.name] = String(value).slice(0, 2_000);
            }
          }
          const token = await tokenFor(caller);
          const isWrite = op.method !== 'get';
          const checkStore =
            isWrite && !op.body?.type.startsWith('text/') && !op.body?.type.includes('ndjson');
          const before = checkStore ? await fingerprint(database) : '';
          let pending = request(service.app)[op.method](path).query(query);
          if (token) pending = pending.set('authorization', `Bearer ${token}`);
          if (op.body?.type === 'application/json') {
            const value = values(fromSchema(op.body.schema));
            pending = pending.set('content-type', 'application/json').send(JSON.stringify(value ?? null));
          } else if (op.body?.type === 'application/x-www-form-urlencoded') {
            const value = values(fromSchema(op.body.schema));
            const form = value && typeof value === 'object' ? (value as Record<string, unknown>) : { value };
            pending = pending
              .type('form')
              .send(
                Object.fromEntries(
                  Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
                ),
              );
          } else if (op.body) {
            pending = pending
              .set('content-type', op.body.type)
              .send(values(streamBody(op.body.type)) as string);
          }
          const res = await pending;
          expect(res.status, `${op.method} ${path}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400) {
            const type = res.headers['content-type'] ?? `none (${res.status} ${res.text.slice(0, 200)})`;
            expect(type, `${op.method} ${path}`).toMatch(/application\/problem\+json/);
            expect(JSON.parse(res.text)).toMatchObject({ status: res.status });
            if (checkStore)
              expect(await fingerprint(database), `${op.method} ${path} changed the store`).toBe(before);
          }
        }),
        { numRuns: Math.ceil(runs[name] * testConfig.TEST_FUZZ_SCALE), seed: Date.now() % 2_147_483_647 },
      );
      expect(count).toBeGreaterThanOrEqual(Math.ceil(runs[name] * testConfig.TEST_FUZZ_SCALE));
    }, 600_000);
  });
}
