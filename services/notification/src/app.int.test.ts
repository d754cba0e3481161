import { describeHttpConformance, startServiceForTest, testDbDrivers } from '@suite/testing';
import { createApp } from './app';
import { loadNotificationConfig } from './config';
import { createDeps } from './deps';

for (const driver of testDbDrivers) {
  describeHttpConformance(`notification on ${driver}`, {
    start: startServiceForTest(driver, { loadConfig: loadNotificationConfig, createDeps, createApp }),
    protectedRoute: { method: 'get', path: '/v1/admin/deliveries', allowed: 'admin', denied: 'innovator' },
    // No JSON route yet on notification; body parsing runs before routing, so any POST shows it.
    jsonRoute: { method: 'post', path: '/v1/admin/deliveries', role: 'admin' },
    bodyLimitBytes: 16 * 1024,
  });
}
