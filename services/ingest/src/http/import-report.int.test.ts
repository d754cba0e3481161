import { type ImportReport, importReportSchema } from '@suite/contracts';
import { signToken } from '@suite/platform';
import { startServiceForTest, testDbDrivers } from '@suite/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadIngestConfig } from '../config';
import { createDeps } from '../deps';
import { createPreferenceChangeApplier } from '../jobs/ingest-inbox.consumer';

const header = 'id,name,email,region,consents.matching,consents.emailRecommendations';

describe.each(testDbDrivers)('import reports: kept issues, truncation and consents on %s', (driver) => {
  const start = startServiceForTest(driver, {
    loadConfig: (env) => loadIngestConfig({ ...env, IMPORT_ERRORS_KEPT: '3', IMPORT_BATCH_SIZE: '2' }),
    createDeps,
    createApp,
  });
  let service: Awaited<ReturnType<typeof start>>;
  let admin: string;
  let innovatorToken: (id: string) => Promise<string>;
  beforeAll(async () => {
    service = await start();
    const { JWT_SECRET: secret, JWT_ISSUER: issuer } = service.config;
    admin = await signToken({ secret, issuer, role: 'admin' });
    innovatorToken = (innovatorId) => signToken({ secret, issuer, role: 'innovator', innovatorId });
  });
  afterAll(async () => {
    await service?.close();
  });

  const importFile = async (kind: string, body: string, type = 'text/csv'): Promise<ImportReport> => {
    const res = await request(service.app)
      .post(`/v1/imports?kind=${kind}`)
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', type)
      .send(body);
    expect(res.status, res.text).toBe(202);
    await service.deps.importRunner.settled(res.body.id);
    const report = await request(service.app)
      .get(`/v1/imports/${res.body.id}`)
      .set('authorization', `Bearer ${admin}`);
    return importReportSchema.parse(report.body);
  };
  const put = async (path: string, auth: string, body: object) =>
    request(service.app).put(path).set('authorization', `Bearer ${auth}`).send(body);

  it('counts every rejected row and says when row errors were left out of the report', async () => {
    const bad = Array.from({ length: 6 }, (_, i) => `org-bad-${i},Lund,tractor`);
    const cut = await importFile(
      'organisations',
      ['id,name,kind', 'org-ok,Lund,municipality', ...bad].join('\n'),
    );
    expect(cut).toMatchObject({
      status: 'completed',
      processed: 7,
      accepted: 1,
      rejected: 6,
      errorsTruncated: true,
    });
    expect(cut.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    const whole = await importFile('organisations', ['id,name,kind', ...bad.slice(0, 3)].join('\n'));
    expect(whole).toMatchObject({ rejected: 3, errors: [{ line: 2 }, { line: 3 }, { line: 4 }] });
    expect(whole).not.toHaveProperty('errorsTruncated');
    expect(whole).not.toHaveProperty('warningsTruncated');
  });

  it('keeps a consent the person withdrew, applies the rest of the row and warns per row', async () => {
    const rows = (region: string) =>
      [
        header,
        `inn-i1,Alva,alva@example.org,${region},yes,yes`,
        `inn-i2,Sam,sam@example.org,${region},yes,yes`,
        `inn-i3,Kim,kim@example.org,${region},yes,yes`,
      ].join('\n');
    expect(await importFile('innovators', rows('Skåne'))).toMatchObject({
      accepted: 3,
      warned: 0,
      warnings: [],
    });
    // Alva withdraws both with her own token; Sam unsubscribes from email at notification.
    const withdrawn = {
      name: 'Alva',
      email: 'alva@example.org',
      region: 'Skåne',
      consents: { matching: false, emailRecommendations: false },
    };
    expect((await put('/v1/innovators/inn-i1', await innovatorToken('inn-i1'), withdrawn)).status).toBe(200);
    const apply = createPreferenceChangeApplier({ ...service.deps, db: service.deps.database.db });
    const changedAt = new Date(Date.now() + 1_000).toISOString();
    await apply({ innovatorId: 'inn-i2', changedAt, preferences: { emailRecommendations: false } });

    const again = await importFile('innovators', rows('Halland'));
    expect(again).toMatchObject({ status: 'completed', accepted: 3, rejected: 0, warned: 2, errors: [] });
    expect(again.warnings).toEqual([
      {
        line: 2,
        path: 'consents.emailRecommendations',
        message: expect.stringMatching(/only they can give it again$/),
      },
      {
        line: 2,
        path: 'consents.matching',
        message: expect.stringMatching(/^the person withdrew this consent on /),
      },
      {
        line: 3,
        path: 'consents.emailRecommendations',
        message: `the person withdrew this consent on ${changedAt}; only they can give it again`,
      },
    ]);
    const stored = async (id: string) => service.deps.store.get('innovators', id);
    expect(await stored('inn-i1')).toMatchObject({
      region: 'Halland',
      consents: { matching: false, emailRecommendations: false },
      consentsChangedBy: { matching: 'person', emailRecommendations: 'person' },
    });
    expect(await stored('inn-i2')).toMatchObject({
      region: 'Halland',
      consents: { matching: true, emailRecommendations: false },
    });
    expect(await stored('inn-i3')).toMatchObject({
      region: 'Halland',
      consents: { matching: true, emailRecommendations: true },
    });

    // An import may still withdraw: then the programme withdrew it, and may give it again.
    const off = [header, 'inn-i3,Kim,kim@example.org,Halland,no,no'].join('\n');
    expect(await importFile('innovators', off)).toMatchObject({ accepted: 1, warned: 0 });
    const on = [header, 'inn-i3,Kim,kim@example.org,Halland,yes,yes'].join('\n');
    expect(await importFile('innovators', on)).toMatchObject({ accepted: 1, warned: 0 });
    expect(await stored('inn-i3')).toMatchObject({
      consents: { matching: true, emailRecommendations: true },
    });
  });

  it('says when warnings were left out of the report, counting every warned row', async () => {
    const ids = ['inn-w1', 'inn-w2', 'inn-w3', 'inn-w4'];
    const rows = (consent: string) =>
      [header, ...ids.map((id) => `${id},P ${id},${id}@example.org,Skåne,${consent},${consent}`)].join('\n');
    await importFile('innovators', rows('yes'));
    for (const id of ids) {
      const body = {
        name: `P ${id}`,
        email: `${id}@example.org`,
        region: 'Skåne',
        consents: { matching: true, emailRecommendations: false },
      };
      expect((await put(`/v1/innovators/${id}`, await innovatorToken(id), body)).status).toBe(200);
    }
    const report = await importFile('innovators', rows('yes'));
    expect(report).toMatchObject({ accepted: 4, warned: 4, warningsTruncated: true });
    expect(report.warnings).toHaveLength(3);
  });

  it('refuses a row naming an SDG target the UN does not define, as the single route does', async () => {
    expect(
      (await put('/v1/organisations/org-sdg', admin, { name: 'Lund', kind: 'municipality' })).status,
    ).toBe(200);
    const csv = [
      'id,organisationId,title,description,locale,sdgTargets',
      'c-sdg-1,org-sdg,Ensamhet,Äldre som bor ensamma,sv,3.4;16.b;17.19',
      'c-sdg-2,org-sdg,Ensamhet,Äldre som bor ensamma,sv,3.4;3.99',
    ].join('\n');
    const report = await importFile('challenges', csv);
    expect(report).toMatchObject({ accepted: 1, rejected: 1 });
    expect(report.errors).toEqual([
      { line: 3, path: 'sdgTargets.1', message: 'no such SDG target: goal 3 has targets 3.1-3.9, 3.a-3.d' },
    ]);
  });
});
