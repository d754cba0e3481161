import { describeHttpConformance, startServiceForTest, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadIngestConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`ingest on ${driver}`, {
    start: startServiceForTest(driver, { loadConfig: loadIngestConfig, createDeps, createApp }),
    protectedRoute: {
      method: 'put',
      path: '/v1/organisations/org-conformance',
      allowed: 'admin',
      denied: 'innovator',
      body: { name: 'Region Skåne', kind: 'region' },
    },
    jsonRoute: { method: 'put', path: '/v1/organisations/org-1', role: 'admin' },
    bodyLimitBytes: 16 * 1024,
  });
}
