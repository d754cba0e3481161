import { describeHttpConformance, startServiceForTest, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadIngestConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`ingest on ${driver}`, {
    start: startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp }),
    async seed(call) {
      for (const id of ['org-conformance', 'org-other']) {
        const res = await call({
          method: 'put',
          path: `/v1/organisations/${id}`,
          role: 'admin',
          body: { name: 'Region Skåne', kind: 'region' },
        });
        if (res.status !== 200) throw new Error(`seeding ${id} failed: ${res.status} ${res.text}`);
      }
    },
    missingResource: { method: 'get', path: '/v1/challenges/c-missing', role: 'need_owner' },
    foreignResource: { method: 'get', path: '/v1/organisations/org-other', role: 'need_owner' },
    bodyLimitBytes: 16 * 1024,
  });
}
