import { describeHttpConformance, serviceTestEnv, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadIngestConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`ingest on ${driver}`, {
    async start() {
      const testEnv = serviceTestEnv(driver);
      const deps = await createDeps(loadIngestConfig(testEnv.env));
      return {
        app: createApp(deps),
        auth: deps.http.auth,
        close: async () => {
          await deps.shutdown.shutdown('test over');
          await testEnv.cleanup();
        },
      };
    },
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
