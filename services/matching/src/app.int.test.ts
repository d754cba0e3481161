import { describeHttpConformance, startServiceForTest, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadMatchingConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`matching on ${driver}`, {
    start: startServiceForTest(driver, { loadConfig: loadMatchingConfig, createDeps, createApp }),
    protectedRoute: { method: 'get', path: '/v1/admin/projection', allowed: 'admin', denied: 'need_owner' },
    // No JSON route yet on matching; body parsing runs before routing, so any POST shows it.
    jsonRoute: { method: 'post', path: '/v1/admin/projection', role: 'admin' },
    bodyLimitBytes: 16 * 1024,
  });
}
